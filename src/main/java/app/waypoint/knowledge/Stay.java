package app.waypoint.knowledge;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How long a person may stay without further papers, said both ways, because travellers plan by both: the
 * longest single visit, and the cap over a window. Either may be unknown; neither is derived from the other.
 *
 * @param visit the longest single visit in days, empty when unknown
 * @param cap   the most days over a window, none, or unknown
 */
public record Stay(OptionalInt visit, Cap cap) {
    /** Nothing known about either figure. */
    public static final Stay UNKNOWN = new Stay(OptionalInt.empty(), new Cap.Unknown());

    public Stay {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(cap, "cap");
    }

    /**
     * What one person can stay in one go: the visit when known, else the cap's days (no visit can be longer
     * than the cap allows), else empty.
     */
    public OptionalInt singleVisit() {
        if (visit.isPresent()) return visit;
        return switch (cap) {
            case Cap.Within w -> OptionalInt.of(w.days());
            case Cap.CalendarYear y -> OptionalInt.of(y.days());
            case Cap.None n -> OptionalInt.empty();
            case Cap.Unknown u -> OptionalInt.empty();
        };
    }

    /** The cap over a window of days or a calendar year, or its absence. */
    public sealed interface Cap {
        /** At most {@code days} in any {@code window} days (90 in any 180). */
        record Within(int days, int window) implements Cap {
            public Within {
                if (days < 1 || window < days) throw new IllegalArgumentException("need 1 <= days <= window");
            }
        }

        /** At most {@code days} per calendar year. */
        record CalendarYear(int days) implements Cap {
            public CalendarYear {
                if (days < 1 || days > 366) throw new IllegalArgumentException("days out of range: " + days);
            }
        }

        /** No cap beyond the single visit: leaving and coming back starts a new visit. */
        record None() implements Cap {}

        /** Not known. */
        record Unknown() implements Cap {}
    }
}
