package app.waypoint.knowledge.load;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.Lang;
import app.waypoint.knowledge.Residency;
import java.util.List;
import java.util.stream.Stream;

/** The default {@link CardMeasure}: each section of the card is assumed to be one message. */
final class ConservativeCardMeasure {
    static final int PER_FACT = 200;

    private ConservativeCardMeasure() {}

    static int longestMessage(Destination d, Lang lang) {
        List<Fact> routes =
                d.residency().routes().stream().map(Residency.Route::fact).toList();
        List<Fact> belarus = d.belarusEntry().map(Entry::facts).orElse(List.of());
        return Stream.of(
                        d.entry().facts(),
                        belarus,
                        routes,
                        d.banking().facts(),
                        d.life().facts(),
                        d.safety().facts())
                .mapToInt(section -> length(section, lang))
                .max()
                .orElse(0);
    }

    private static int length(List<Fact> facts, Lang lang) {
        return facts.stream()
                .mapToInt(f -> f.text().in(lang).length() + PER_FACT)
                .sum();
    }
}
