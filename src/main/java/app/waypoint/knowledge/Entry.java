package app.waypoint.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a citizen gets in and how long they may stay without papers.
 *
 * @param documents          documents accepted at the border (Russian citizens; empty for the Belarus block)
 * @param internalPassportBy how the internal passport is accepted, present only when it is
 * @param visa               the visa regime
 * @param stay               how long one may stay: {@link Stay#UNKNOWN} when not said (and when a visa is required)
 * @param until              the day a temporary regime ends or must be renewed, if it is temporary
 * @param evidence           sources and check date of the values above
 * @param facts              statements for the card
 */
public record Entry(
        Set<Document> documents,
        Optional<InternalPassportBy> internalPassportBy,
        Visa visa,
        Stay stay,
        Optional<PartialDate> until,
        Evidence evidence,
        List<Fact> facts) {
    public Entry {
        documents = Set.copyOf(documents);
        Objects.requireNonNull(internalPassportBy, "internalPassportBy");
        Objects.requireNonNull(visa, "visa");
        Objects.requireNonNull(stay, "stay");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(evidence, "evidence");
        facts = List.copyOf(facts);
    }

    /** True when this travel document gets a person in. */
    public boolean accepts(Document document) {
        return documents.contains(document);
    }

    /** Travel documents. */
    public enum Document {
        INTERNATIONAL_PASSPORT,
        INTERNAL_PASSPORT
    }

    /** How the Russian internal passport is accepted. */
    public enum InternalPassportBy {
        ANY,
        AIR
    }

    /** Visa regimes, from easiest to hardest. */
    public enum Visa {
        VISA_FREE,
        E_VISA,
        VISA_ON_ARRIVAL,
        VISA_REQUIRED
    }
}
