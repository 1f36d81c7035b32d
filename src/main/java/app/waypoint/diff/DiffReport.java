package app.waypoint.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders changes for a reviewer: plain text for a terminal, Markdown for a pull request. */
public final class DiffReport {
    private DiffReport() {}

    /** One line per change, grouped under each area. */
    public static String text(List<Change> changes) {
        if (changes.isEmpty()) return "No changes.\n";
        StringBuilder out = new StringBuilder(summary(changes)).append("\n");
        group(changes).forEach((area, list) -> {
            out.append("\n").append(area).append("\n");
            for (Change c : list) out.append("  ").append(line(c, false)).append("\n");
        });
        return out.toString();
    }

    /** The same as Markdown: a heading per area and a bullet per change. */
    public static String markdown(List<Change> changes) {
        if (changes.isEmpty()) return "## Knowledge base diff\n\nNo changes.\n";
        StringBuilder out = new StringBuilder("## Knowledge base diff\n\n")
                .append(summary(changes))
                .append("\n");
        group(changes).forEach((area, list) -> {
            out.append("\n### ").append(md(area)).append("\n\n");
            for (Change c : list) out.append("- ").append(line(c, true)).append("\n");
        });
        return out.toString();
    }

    private static String summary(List<Change> changes) {
        long areas = changes.stream().map(Change::area).distinct().count();
        return changes.size() + (changes.size() == 1 ? " change" : " changes") + " in " + areas
                + (areas == 1 ? " area" : " areas") + ".";
    }

    private static Map<String, List<Change>> group(List<Change> changes) {
        Map<String, List<Change>> out = new LinkedHashMap<>();
        for (Change c : changes) {
            out.computeIfAbsent(c.area(), a -> new java.util.ArrayList<>()).add(c);
        }
        return out;
    }

    private static String line(Change c, boolean md) {
        return switch (c) {
            case Change.AreaAdded a -> "added: " + q(a.title(), md);
            case Change.AreaRemoved r -> "removed: " + q(r.title(), md);
            case Change.ValueChanged v ->
                v.section() + ": " + esc(v.field(), md) + ": " + code(v.before(), md) + " → " + code(v.after(), md);
            case Change.FactAdded f -> f.section() + ": fact added: " + q(f.text(), md);
            case Change.FactRemoved f -> f.section() + ": fact removed: " + q(f.text(), md);
            case Change.FactReworded f ->
                f.section() + ": fact reworded: " + q(f.before(), md) + " → " + q(f.after(), md);
            case Change.SourceAdded s -> s.section() + ": " + of(s.fact(), md) + "source added: " + url(s.url(), md);
            case Change.SourceRemoved s ->
                s.section() + ": " + of(s.fact(), md) + "source removed: " + url(s.url(), md);
            case Change.CheckedMoved m ->
                m.section() + ": " + of(m.fact(), md) + "checked " + m.before() + " → " + m.after();
        };
    }

    private static String of(String fact, boolean md) {
        return fact.isEmpty() ? "" : "fact " + q(KnowledgeDiff.Words.first(fact), md) + ": ";
    }

    private static String q(String text, boolean md) {
        return "\"" + esc(text, md) + "\"";
    }

    private static String code(String value, boolean md) {
        return md ? "`" + value.replace("`", "'") + "`" : value;
    }

    private static String url(String url, boolean md) {
        return md ? "<" + url + ">" : url;
    }

    private static String esc(String s, boolean md) {
        return md ? md(s) : s;
    }

    private static String md(String s) {
        return s.replace("\\", "\\\\")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("`", "'")
                .replace("<", "&lt;");
    }
}
