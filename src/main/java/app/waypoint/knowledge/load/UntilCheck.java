package app.waypoint.knowledge.load;

import app.waypoint.knowledge.PartialDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Warns when a temporary rule's {@code until} is near (within {@link #AHEAD_DAYS} days) or past. Never an error:
 * a date passing must not turn a file that loaded yesterday into one refused today. Past the date the bot says
 * the rule was due to end; the warning asks the maintainer to find out whether it was extended.
 */
final class UntilCheck implements KnowledgeWalk.Visitor {
    /** How many days before its end a temporary rule is reported. */
    static final int AHEAD_DAYS = 30;

    private final Findings findings;
    private final LocalDate today;

    UntilCheck(Findings findings, LocalDate today) {
        this.findings = findings;
        this.today = today;
    }

    @Override
    public void until(String path, PartialDate until) {
        LocalDate end = until.latestDay();
        long left = ChronoUnit.DAYS.between(today, end);
        if (left < 0) {
            findings.warning(
                    path,
                    "until " + until + " has passed: find out whether the rule was extended, then "
                            + "update until (or the fact); meanwhile the bot says it was due to end on that date");
        } else if (left <= AHEAD_DAYS) {
            findings.warning(
                    path,
                    "until " + until + " is in " + left + " days: find out whether the rule will be "
                            + "extended and update until");
        }
    }
}
