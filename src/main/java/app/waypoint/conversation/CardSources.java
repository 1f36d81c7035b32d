package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Evidence;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.Residency;
import app.waypoint.knowledge.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The Sources section: every source a card relies on, once, as a link with the date the source states. */
final class CardSources {
    private static final int GROUP = 1200;

    private CardSources() {
    }

    static List<String> paragraphs(Destination d, Msg msg) {
        Map<String, Source> unique = new LinkedHashMap<>();
        sources(d).forEach(s -> unique.putIfAbsent(s.url().toString(), s));
        List<String> out = new ArrayList<>();
        out.add(msg.t("card.sources.intro"));
        if (unique.isEmpty()) out.add(msg.t("card.unknown"));
        List<String> lines = new ArrayList<>();
        for (Source s : unique.values()) {
            String url = s.url().toString();
            String line = "• " + Html.link(url, Links.host(url)).markup()
                    + s.dated().map(date -> " · " + Html.escape(Dates.format(date))).orElse("");
            lines.add(line);
        }
        out.addAll(groups(lines));
        return out;
    }

    /** Source lines kept together, one line apart, in groups small enough to page well. */
    private static List<String> groups(List<String> lines) {
        List<String> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        for (String line : lines) {
            if (!group.isEmpty() && group.length() + line.length() + 1 > GROUP) {
                groups.add(group.toString());
                group.setLength(0);
            }
            if (!group.isEmpty()) group.append('\n');
            group.append(line);
        }
        if (!group.isEmpty()) groups.add(group.toString());
        return groups;
    }

    private static Stream<Source> sources(Destination d) {
        List<Evidence> evidence = new ArrayList<>(List.of(d.entry().evidence(), d.banking().evidence(),
                d.life().evidence(), d.safety().evidence()));
        d.belarus().map(Entry::evidence).ifPresent(evidence::add);
        List<Fact> facts = new ArrayList<>(d.entry().facts());
        d.belarus().ifPresent(b -> facts.addAll(b.facts()));
        d.residency().routes().stream().map(Residency.Route::fact).forEach(facts::add);
        facts.addAll(d.banking().facts());
        facts.addAll(d.life().facts());
        facts.addAll(d.safety().facts());
        return Stream.concat(evidence.stream().flatMap(e -> e.sources().stream()),
                facts.stream().flatMap(f -> f.sources().stream()));
    }
}
