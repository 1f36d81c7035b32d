package app.waypoint.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * Entry for citizens of Belarus, decided for every destination: unknown (a real search found nothing), the same
 * as for Russians, or a regime of its own. A missing block is an error, so silence never passes for a decision.
 */
public sealed interface Belarus {
    /** A search found nothing: the bot says "unknown". */
    record Unknown() implements Belarus {}

    /**
     * The Russian entry's visa and stay apply to Belarusians too.
     *
     * @param evidence the sources saying so, and when it was checked
     * @param facts    statements for the card
     */
    record SameAsRussians(Evidence evidence, List<Fact> facts) implements Belarus {
        public SameAsRussians {
            Objects.requireNonNull(evidence, "evidence");
            facts = List.copyOf(facts);
        }
    }

    /**
     * A regime of its own.
     *
     * @param entry the regime; its documents are empty
     */
    record Own(Entry entry) implements Belarus {
        public Own {
            Objects.requireNonNull(entry, "entry");
        }
    }
}
