package app.waypoint.conversation;

import app.waypoint.knowledge.Entry;
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

    /** How long one may stay without a visa, in words ("1 year without a visa"), or unknown. */
    static Words stay(Entry entry) {
        if (entry.visa() != Entry.Visa.VISA_FREE) return Words.of("stay.none");
        if (entry.stayDays().isEmpty()) return Words.of("stay.unknownDays");
        int days = entry.stayDays().getAsInt();
        if (days >= 365) return Words.of("stay.year");
        return Words.of("stay." + entry.stayRule().name(), "amount", new Words.Count("unit.days", days));
    }
}
