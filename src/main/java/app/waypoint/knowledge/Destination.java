package app.waypoint.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One country a person might go to, with everything the bot says about it.
 *
 * @param id        ISO 3166-1 alpha-2 code, lower case
 * @param flag      the flag emoji
 * @param name      the name in both languages
 * @param aliases   more words that find it in search
 * @param region    where it is
 * @param csto      member of the CSTO
 * @param verified  when the whole entry was last reviewed
 * @param entry     entry for Russian citizens
 * @param belarus   entry for Belarusian citizens: unknown, as for Russians, or its own
 * @param residency long-term routes
 * @param banking   accounts and cards
 * @param life      language and cost
 * @param safety    risks and asylum
 * @param help      ids of help organisations
 * @param line      the line of the entry in its file, for maintainers' messages
 */
public record Destination(
        String id,
        String flag,
        Text name,
        List<String> aliases,
        Region region,
        boolean csto,
        PartialDate verified,
        Entry entry,
        Belarus belarus,
        Residency residency,
        Banking banking,
        Life life,
        Safety safety,
        List<String> help,
        int line) {
    public Destination {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(verified, "verified");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(belarus, "belarus");
        Objects.requireNonNull(residency, "residency");
        Objects.requireNonNull(banking, "banking");
        Objects.requireNonNull(life, "life");
        Objects.requireNonNull(safety, "safety");
        help = List.copyOf(help);
    }

    /**
     * The entry that applies to citizens of Belarus: their own, or the Russian regime under the Belarus block's
     * evidence and facts; empty when unknown.
     */
    public Optional<Entry> belarusEntry() {
        return switch (belarus) {
            case Belarus.Unknown u -> Optional.empty();
            case Belarus.Own own -> Optional.of(own.entry());
            case Belarus.SameAsRussians same ->
                Optional.of(new Entry(
                        Set.of(),
                        Optional.empty(),
                        entry.visa(),
                        entry.stay(),
                        entry.until(),
                        same.evidence(),
                        same.facts()));
        };
    }

    /**
     * True when deserters and people wanted by Russia risk extradition or abduction there: a CSTO member or a
     * country with a high extradition risk. Cards, lists and the ranking warn about these.
     */
    public boolean dangerousForWanted() {
        return csto || safety.extraditionRisk() == Safety.Risk.HIGH;
    }

    /** Regions, for browsing; {@code WESTERN_EUROPE} is Europe outside the EU (the UK, Switzerland...). */
    public enum Region {
        CAUCASUS,
        CENTRAL_ASIA,
        EASTERN_EUROPE,
        BALKANS,
        EUROPEAN_UNION,
        WESTERN_EUROPE,
        MIDDLE_EAST,
        ASIA,
        LATIN_AMERICA,
        NORTH_AMERICA
    }
}
