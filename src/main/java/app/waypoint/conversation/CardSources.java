package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Sources section: every source a card relies on, once, as a link with the date the source states, grouped by
 * kind, strongest first (official, media, NGO, community, commercial), so a weak source does not pass for a strong one.
 */
final class CardSources {
    private static final int GROUP = 1200;

    private CardSources() {}

    static List<String> paragraphs(Destination d, Msg msg) {
        Map<String, Source> unique = new LinkedHashMap<>();
        Evidences.sources(d).forEach(s -> unique.putIfAbsent(s.url().toString(), s));
        List<String> out = new ArrayList<>();
        out.add(msg.t("card.sources.intro"));
        if (unique.isEmpty()) out.add(msg.t("card.unknown"));
        for (Source.Kind kind : Source.Kind.values()) {
            List<String> lines = new ArrayList<>();
            for (Source s : unique.values()) {
                if (s.kind() != kind) continue;
                String url = s.url().toString();
                lines.add("• " + Html.link(url, Links.host(url)).markup()
                        + s.dated()
                                .map(date -> " · " + Html.escape(Dates.format(date)))
                                .orElse(""));
            }
            if (lines.isEmpty()) continue;
            lines.addFirst("<b>" + msg.t("sources.kind." + kind.name()) + "</b>");
            out.addAll(groups(lines));
        }
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
}
