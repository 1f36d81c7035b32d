package app.waypoint.conversation;

import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Stay;
import java.util.ArrayList;
import java.util.List;

/**
 * Score parts for getting in: a visa costs a little (the stay priority already rewards visa-free days), the
 * internal passport's limits are said.
 */
final class EntryScoring {
    private EntryScoring() {
    }

    static List<Part> parts(Answers answers, Entry entry) {
        List<Part> parts = new ArrayList<>();
        switch (entry.visa()) {
            case VISA_FREE -> { }
            case VISA_ON_ARRIVAL -> parts.add(Part.warning(-0.1, "warn.visaOnArrival"));
            case E_VISA -> parts.add(Part.warning(-0.3, "warn.eVisa"));
            case VISA_REQUIRED -> parts.add(Part.warning(-1, "warn.visaRequired"));
        }
        boolean byAirOnly = entry.internalPassportBy().orElse(Entry.InternalPassportBy.ANY) == Entry.InternalPassportBy.AIR;
        if (answers.is(Documents.INTERNAL_ONLY) && byAirOnly) parts.add(Part.warning(0, "warn.internalByAir"));
        return parts;
    }

    /**
     * How long one may stay without a visa, both ways when both are known ("60 days a visit, at most 90 in any
     * 180 without a visa"), or unknown.
     */
    static Words stay(Entry entry) {
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
            case Stay.Cap.Within w -> Words.of("stay.visitWithin", "amount", days(visit), "cap", w.days(),
                    "window", w.window());
            case Stay.Cap.CalendarYear y -> Words.of("stay.visitYear", "amount", days(visit), "cap", y.days());
            case Stay.Cap.None n -> visit >= 365 ? Words.of("stay.year") : Words.of("stay.visitNoCap", "amount", days(visit));
            case Stay.Cap.Unknown u -> Words.of("stay.visit", "amount", days(visit));
        };
    }

    private static Words.Count days(int n) {
        return new Words.Count("unit.days", n);
    }
}
