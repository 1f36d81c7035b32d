package app.waypoint.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Everyday life.
 *
 * @param russian   how widely Russian is spoken
 * @param cost      cost of living
 * @param costIndex Numbeo Cost of Living Index (NYC = 100), when given
 * @param evidence  sources and check date of the values above
 * @param facts     statements for the card
 */
public record Life(Russian russian, Cost cost, OptionalDouble costIndex, Evidence evidence, List<Fact> facts) {
    public Life {
        Objects.requireNonNull(russian, "russian");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(costIndex, "costIndex");
        Objects.requireNonNull(evidence, "evidence");
        facts = List.copyOf(facts);
    }

    /** How widely Russian is spoken. */
    public enum Russian {
        WIDELY,
        PARTLY,
        RARELY,
        UNKNOWN
    }

    /** Cost of living. */
    public enum Cost {
        LOW,
        MEDIUM,
        HIGH,
        UNKNOWN
    }
}
