package app.waypoint.knowledge.load;

import app.waypoint.knowledge.PartialDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Warns about facts and blocks not checked for too long, and about check dates in the future. A date known to
 * the month counts from the month's last day, so {@code 2026-03} is not stale before its time.
 */
final class FreshnessCheck implements KnowledgeWalk.Visitor {
    private final Findings findings;
    private final LocalDate today;
    private final int staleDays;

    FreshnessCheck(Findings findings, LocalDate today, int staleDays) {
        this.findings = findings;
        this.today = today;
        this.staleDays = staleDays;
    }

    @Override
    public void date(String path, PartialDate date) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        if (date.earliestDay().isAfter(today)) {
            findings.warning(path, key + " " + date + " is in the future: give the date it was actually confirmed");
            return;
        }
        long age = ChronoUnit.DAYS.between(date.latestDay(), today);
        if (age > staleDays) {
            findings.warning(
                    path,
                    key + " " + date + " is " + age + " days old, more than " + staleDays
                            + ": confirm it against its sources and update the date");
        }
    }
}
