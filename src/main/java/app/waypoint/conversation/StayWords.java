package app.waypoint.conversation;

import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Stay;

/** The words for a visa-free stay, used by cards, list reasons and the comparison. */
final class StayWords {
    private StayWords() {}

    /**
     * How long one may stay without a visa, both ways when both are known ("60 days a visit, at most 90 in any
     * 180 without a visa"), or unknown.
     */
    static Words of(Entry entry) {
        if (entry.visa() != Entry.Visa.VISA_FREE) return Words.of("stay.none");
        Stay stay = entry.stay();
        if (stay.visit().isEmpty()) {
            return switch (stay.cap()) {
                case Stay.Cap.Within w -> Words.of("stay.within", "amount", days(w.days()), "window", w.window());
                case Stay.Cap.CalendarYear y -> Words.of("stay.calendarYear", "amount", days(y.days()));
                case Stay.Cap.None n -> Words.of("stay.unknownDays");
                case Stay.Cap.Unknown u -> Words.of("stay.unknownDays");
            };
        }
        int visit = stay.visit().getAsInt();
        return switch (stay.cap()) {
            case Stay.Cap.Within w ->
                Words.of("stay.visitWithin", "amount", days(visit), "cap", w.days(), "window", w.window());
            case Stay.Cap.CalendarYear y -> Words.of("stay.visitYear", "amount", days(visit), "cap", y.days());
            case Stay.Cap.None n ->
                visit >= 365 ? Words.of("stay.year") : Words.of("stay.visitNoCap", "amount", days(visit));
            case Stay.Cap.Unknown u -> Words.of("stay.visit", "amount", days(visit));
        };
    }

    private static Words.Count days(int n) {
        return new Words.Count("unit.days", n);
    }
}
