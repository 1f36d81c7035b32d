package app.waypoint.conversation;

import app.waypoint.knowledge.PartialDate;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Today and the review age, so a running bot judges dates when it renders: a fact becomes "not re-checked" and a
 * temporary rule "was due to end" without anyone editing the data. A month-precise check date counts from its
 * last day; a month-precise end date ends on its last day.
 *
 * @param today today
 * @param days  how many days after its check date a fact is marked as not re-checked; at least 1
 */
record Review(LocalDate today, int days) {
    Review {
        Objects.requireNonNull(today, "today");
        if (days < 1) throw new IllegalArgumentException("days must be at least 1, was " + days);
    }

    /** For a date of today with the default review age. */
    static Review of(LocalDate today) {
        return new Review(today, Ctx.DEFAULT_REVIEW_DAYS);
    }

    /** True when the check date is older than the review age. */
    boolean stale(PartialDate checked) {
        return checked.latestDay().plusDays(days).isBefore(today);
    }

    /** True when the end date is behind us. */
    boolean ended(PartialDate until) {
        return until.latestDay().isBefore(today);
    }
}
