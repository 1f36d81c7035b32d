package app.waypoint.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * Risks and protection.
 *
 * @param extraditionRisk risk of extradition or abduction for deserters and wanted people
 * @param asylum          asylum prospects for Russians
 * @param refusesCritics  whether refusals of entry or deportations of Russian critics are documented
 * @param evidence        sources and check date of the values above
 * @param facts           statements for the card
 */
public record Safety(
        Risk extraditionRisk, Asylum asylum, Refusals refusesCritics, Evidence evidence, List<Fact> facts) {
    public Safety {
        Objects.requireNonNull(extraditionRisk, "extraditionRisk");
        Objects.requireNonNull(asylum, "asylum");
        Objects.requireNonNull(refusesCritics, "refusesCritics");
        Objects.requireNonNull(evidence, "evidence");
        facts = List.copyOf(facts);
    }

    /** Extradition or abduction risk. */
    public enum Risk {
        HIGH,
        MEDIUM,
        LOW,
        UNKNOWN
    }

    /** Asylum prospects. */
    public enum Asylum {
        GOOD,
        MIXED,
        POOR,
        UNKNOWN
    }

    /** Refusals of entry or deportations of Russian critics and journalists. */
    public enum Refusals {
        DOCUMENTED,
        NONE_KNOWN,
        UNKNOWN
    }
}
