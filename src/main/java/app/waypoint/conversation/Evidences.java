package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Evidence;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.PartialDate;
import app.waypoint.knowledge.Residency;
import app.waypoint.knowledge.Rule;
import app.waypoint.knowledge.Source;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Everything in the knowledge base that carries sources and a check date, in card order. */
final class Evidences {
    private Evidences() {}

    /** The evidence of a destination's structured values: entry, Belarus, banking, life, safety. */
    static Stream<Evidence> of(Destination d) {
        return Stream.of(
                        Stream.of(d.entry().evidence()),
                        d.belarusEntry().map(Entry::evidence).stream(),
                        Stream.of(
                                d.banking().evidence(),
                                d.life().evidence(),
                                d.safety().evidence()))
                .flatMap(s -> s);
    }

    /** A destination's facts, section by section. */
    static Stream<Fact> facts(Destination d) {
        return Stream.of(
                        d.entry().facts().stream(),
                        d.belarusEntry().map(Entry::facts).orElse(List.of()).stream(),
                        d.residency().routes().stream().map(Residency.Route::fact),
                        d.banking().facts().stream(),
                        d.life().facts().stream(),
                        d.safety().facts().stream())
                .flatMap(s -> s);
    }

    /** Every source of a destination, repeats included. */
    static Stream<Source> sources(Destination d) {
        return Stream.concat(of(d).flatMap(e -> e.sources().stream()), facts(d).flatMap(f -> f.sources().stream()));
    }

    /** Every check date in the knowledge base: destinations, rules and help organisations. */
    static Stream<PartialDate> checked(KnowledgeBase kb) {
        Stream<PartialDate> destinations = kb.destinations().stream()
                .flatMap(d -> Stream.concat(of(d).map(Evidence::checked), facts(d).map(Fact::checked)));
        Stream<PartialDate> rules =
                kb.rules().stream().flatMap(r -> r.facts().stream()).map(Fact::checked);
        Stream<PartialDate> help = kb.help().stream().map(h -> h.evidence().checked());
        return Stream.of(destinations, rules, help).flatMap(s -> s);
    }

    /** How many different pages the knowledge base cites, by kind; a page cited with two kinds counts once, as the first. */
    static Map<Source.Kind, Long> distinctSourcesByKind(KnowledgeBase kb) {
        Map<String, Source.Kind> byUrl = new LinkedHashMap<>();
        allSources(kb).forEach(s -> byUrl.putIfAbsent(s.url().toString(), s.kind()));
        Map<Source.Kind, Long> counts = new EnumMap<>(Source.Kind.class);
        byUrl.values().forEach(k -> counts.merge(k, 1L, Long::sum));
        return counts;
    }

    private static Stream<Source> allSources(KnowledgeBase kb) {
        Stream<Source> destinations = kb.destinations().stream().flatMap(Evidences::sources);
        Stream<Source> rules =
                kb.rules().stream().map(Rule::facts).flatMap(List::stream).flatMap(f -> f.sources().stream());
        Stream<Source> help = kb.help().stream().flatMap(h -> h.evidence().sources().stream());
        return Stream.of(destinations, rules, help).flatMap(s -> s);
    }

    /** How many different pages the knowledge base cites. */
    static long distinctSources(KnowledgeBase kb) {
        Stream<Source> destinations = kb.destinations().stream().flatMap(Evidences::sources);
        Stream<Source> rules =
                kb.rules().stream().map(Rule::facts).flatMap(List::stream).flatMap(f -> f.sources().stream());
        Stream<Source> help = kb.help().stream().flatMap(h -> h.evidence().sources().stream());
        return Stream.of(destinations, rules, help)
                .flatMap(s -> s)
                .map(s -> s.url().toString())
                .distinct()
                .count();
    }
}
