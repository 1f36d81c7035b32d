package app.waypoint.watch;

import app.waypoint.knowledge.Lang;
import app.waypoint.knowledge.load.Citations.Citation;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the source watch, sorted by what a maintainer should do, with the facts that cite each source.
 *
 * @param groups  the sources of each group, in file order
 * @param record  what to keep for the next run
 */
public record Report(Map<Group, List<Item>> groups, Map<URI, WatchRecord.Line> record) {

    /** What a source needs, most urgent first. */
    public enum Group {
        DEAD("Dead", "find another source for the facts that cite it"),
        MOVED("Moved", "check that the new address says the same, then cite it"),
        CHANGED("Changed", "the page's text differs from the last run: re-check the facts that cite it"),
        FIRST_SEEN("First seen", "no earlier run to compare with; recorded for next time"),
        UNCHANGED("Unchanged", "nothing to do");

        final String title;
        final String todo;

        Group(String title, String todo) {
            this.title = title;
            this.todo = todo;
        }

        boolean needsAttention() {
            return this == DEAD || this == MOVED || this == CHANGED;
        }
    }

    /**
     * One source and what it gave.
     *
     * @param url       the address
     * @param detail    the reason, the new address, or empty
     * @param citations the facts that cite it, entry and safety first
     */
    public record Item(URI url, String detail, List<Citation> citations) {}

    static Report of(
            List<Citation> citations, Map<URI, WatchRecord.Line> previous, Map<URI, Outcome> now, LocalDate today) {
        Map<URI, List<Citation>> byUrl = new LinkedHashMap<>();
        for (Citation c : citations)
            byUrl.computeIfAbsent(c.url(), u -> new ArrayList<>()).add(c);
        Map<Group, List<Item>> groups = new EnumMap<>(Group.class);
        for (Group g : Group.values()) groups.put(g, new ArrayList<>());
        Map<URI, WatchRecord.Line> record = new LinkedHashMap<>();
        now.forEach((url, outcome) -> {
            WatchRecord.Line before = previous.get(url);
            List<Citation> cites = byUrl.getOrDefault(url, List.of()).stream()
                    .sorted(Comparator.comparing((Citation c) -> !c.urgent()))
                    .toList();
            switch (outcome) {
                case Outcome.Dead d -> groups.get(Group.DEAD).add(new Item(url, d.reason(), cites));
                case Outcome.Moved m -> groups.get(Group.MOVED).add(new Item(url, "→ " + m.to(), cites));
                case Outcome.Page p -> {
                    Group g = before == null || !before.state().equals("page")
                            ? Group.FIRST_SEEN
                            : before.value().equals(p.fingerprint()) ? Group.UNCHANGED : Group.CHANGED;
                    String detail = g == Group.CHANGED ? "previous text recorded on " + before.day() : "";
                    groups.get(g).add(new Item(url, detail, cites));
                }
            }
            WatchRecord.Line line = WatchRecord.Line.of(outcome, today);
            // An unchanged page keeps the day it was first seen this way, so the record says since when.
            record.put(
                    url,
                    before != null
                                    && before.state().equals(line.state())
                                    && before.value().equals(line.value())
                            ? before
                            : line);
        });
        return new Report(groups, record);
    }

    /** True when a source is dead, moved or changed. */
    public boolean needsAttention() {
        return groups.entrySet().stream()
                .anyMatch(e -> e.getKey().needsAttention() && !e.getValue().isEmpty());
    }

    /** The report for a terminal. */
    public String text(String fileName) {
        StringBuilder out = new StringBuilder(summary()).append("\n");
        for (Group g : Group.values()) {
            List<Item> items = groups.get(g);
            if (items.isEmpty() || !g.needsAttention()) continue;
            out.append("\n")
                    .append(g.title.toUpperCase())
                    .append(" (")
                    .append(items.size())
                    .append("): ")
                    .append(g.todo)
                    .append("\n");
            for (Item item : items) {
                out.append("  ").append(item.url());
                if (!item.detail().isEmpty()) out.append("  ").append(item.detail());
                out.append("\n");
                for (Citation c : item.citations()) {
                    out.append("    ")
                            .append(fileName)
                            .append(":")
                            .append(c.line())
                            .append("  ")
                            .append(where(c))
                            .append("  ")
                            .append(firstWords(c))
                            .append("\n");
                }
            }
        }
        return out.toString();
    }

    /** The report as Markdown, for a scheduled job to post. */
    public String markdown(String fileName) {
        StringBuilder out =
                new StringBuilder("## Source watch\n\n").append(summary()).append("\n");
        for (Group g : Group.values()) {
            List<Item> items = groups.get(g);
            if (items.isEmpty() || !g.needsAttention()) continue;
            out.append("\n### ")
                    .append(g.title)
                    .append(" (")
                    .append(items.size())
                    .append(")\n\n_")
                    .append(g.todo)
                    .append("_\n\n");
            for (Item item : items) {
                out.append("- <").append(item.url()).append(">");
                if (!item.detail().isEmpty()) out.append(" — ").append(md(item.detail()));
                out.append("\n");
                for (Citation c : item.citations()) {
                    out.append("  - `")
                            .append(fileName)
                            .append(":")
                            .append(c.line())
                            .append("` ")
                            .append(md(where(c)))
                            .append(": ")
                            .append(md(firstWords(c)))
                            .append("\n");
                }
            }
        }
        return out.toString();
    }

    private String summary() {
        int total = groups.values().stream().mapToInt(List::size).sum();
        StringBuilder s = new StringBuilder("Source watch: ").append(total).append(total == 1 ? " source" : " sources");
        String sep = " — ";
        for (Group g : Group.values()) {
            s.append(sep).append(groups.get(g).size()).append(" ").append(g.title.toLowerCase());
            sep = ", ";
        }
        return s.toString();
    }

    private static String where(Citation c) {
        return c.area() + " " + c.section();
    }

    private static String firstWords(Citation c) {
        if (c.fact().isEmpty()) {
            return switch (c.section()) {
                case "entry", "belarus" -> "(the visa and stay values)";
                case "banking" -> "(the bank-account value)";
                case "life" -> "(the language and cost values)";
                case "safety" -> "(the extradition-risk and asylum values)";
                case "help" -> "(the organisation's description and contacts)";
                default -> "(the " + c.section() + " values)";
            };
        }
        String text = c.fact().get().in(Lang.EN);
        String[] words = text.split("\\s+");
        if (words.length <= 12) return "\"" + text + "\"";
        return "\"" + String.join(" ", java.util.Arrays.copyOf(words, 12)) + " …\"";
    }

    private static String md(String s) {
        return s.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_").replace("`", "'");
    }
}
