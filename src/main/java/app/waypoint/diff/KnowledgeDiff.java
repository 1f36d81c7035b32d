package app.waypoint.diff;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.HelpOrganisation;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of the knowledge base, per destination, rule and help organisation: facts
 * added, removed and reworded, structured values changed, sources added or removed, check dates moved. A pure
 * function of two loaded knowledge bases: the same changes serve a review of a data edit and alerts to people
 * who follow a country.
 */
public final class KnowledgeDiff {
    /** Facts sharing at least this share of their words are one fact reworded. */
    static final double SAME_FACT = 0.4;

    private KnowledgeDiff() {}

    /** The changes from {@code before} to {@code after}, in the order of {@code after}'s file, removals last. */
    public static List<Change> between(KnowledgeBase before, KnowledgeBase after) {
        Map<String, Area> old = areas(before);
        Map<String, Area> now = areas(after);
        List<Change> out = new ArrayList<>();
        now.forEach((key, area) -> {
            Area was = old.get(key);
            if (was == null) out.add(new Change.AreaAdded(area.label(), area.title()));
            else compare(area.label(), was.sections(), area.sections(), out);
        });
        old.forEach((key, area) -> {
            if (!now.containsKey(key)) out.add(new Change.AreaRemoved(area.label(), area.title()));
        });
        return out;
    }

    private record Area(String label, String title, Map<String, Flat> sections) {}

    private static Map<String, Area> areas(KnowledgeBase kb) {
        Map<String, Area> out = new LinkedHashMap<>();
        for (Destination d : kb.destinations()) {
            out.put(
                    d.id(),
                    new Area(d.name().en() + " (" + d.id() + ")", d.name().en(), Flat.sections(d)));
        }
        for (Rule r : kb.rules())
            out.put("rule " + r.id(), new Area("rule " + r.id(), r.title().en(), Flat.sections(r)));
        for (HelpOrganisation h : kb.help()) {
            out.put("help " + h.id(), new Area("help " + h.id(), h.name().en(), Flat.sections(h)));
        }
        return out;
    }

    private static void compare(String area, Map<String, Flat> before, Map<String, Flat> after, List<Change> out) {
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        for (String name : names) {
            Flat a = before.getOrDefault(name, new Flat());
            Flat b = after.getOrDefault(name, new Flat());
            values(area, name, a.values, b.values, out);
            sources(area, name, "", a.sources, b.sources, out);
            if (!a.checked.equals(b.checked) && !a.checked.isEmpty() && !b.checked.isEmpty()) {
                out.add(new Change.CheckedMoved(area, name, "", a.checked, b.checked));
            }
            facts(area, name, a.facts, b.facts, out);
        }
    }

    private static void values(
            String area, String section, Map<String, String> a, Map<String, String> b, List<Change> out) {
        Set<String> fields = new LinkedHashSet<>(b.keySet());
        fields.addAll(a.keySet());
        for (String field : fields) {
            String was = a.getOrDefault(field, "—");
            String is = b.getOrDefault(field, "—");
            if (!was.equals(is)) out.add(new Change.ValueChanged(area, section, field, was, is));
        }
    }

    private static void sources(
            String area, String section, String fact, Map<String, String> a, Map<String, String> b, List<Change> out) {
        b.forEach((url, details) -> {
            if (!a.containsKey(url)) out.add(new Change.SourceAdded(area, section, fact, url));
            else if (!a.get(url).equals(details)) {
                out.add(new Change.ValueChanged(area, section, label(fact, "source " + url), a.get(url), details));
            }
        });
        a.keySet().forEach(url -> {
            if (!b.containsKey(url)) out.add(new Change.SourceRemoved(area, section, fact, url));
        });
    }

    private static void facts(
            String area, String section, List<Flat.FactView> a, List<Flat.FactView> b, List<Change> out) {
        List<Flat.FactView> unmatchedOld = new ArrayList<>(a);
        Map<Flat.FactView, Flat.FactView> pairs = new LinkedHashMap<>();
        List<Flat.FactView> added = new ArrayList<>();
        for (Flat.FactView f : b) { // the same words first
            Flat.FactView same = unmatchedOld.stream()
                    .filter(o -> o.text().equals(f.text()) && o.label().equals(f.label()))
                    .findFirst()
                    .orElse(null);
            if (same != null) {
                unmatchedOld.remove(same);
                pairs.put(f, same);
            } else {
                added.add(f);
            }
        }
        for (Flat.FactView f : new ArrayList<>(added)) { // then the most alike, when alike enough
            Flat.FactView best = null;
            double bestScore = SAME_FACT;
            for (Flat.FactView o : unmatchedOld) {
                double score = similarity(o.text().en(), f.text().en());
                if (score >= bestScore) {
                    best = o;
                    bestScore = score;
                }
            }
            if (best != null) {
                unmatchedOld.remove(best);
                added.remove(f);
                pairs.put(f, best);
            }
        }
        for (Flat.FactView f : b) {
            Flat.FactView o = pairs.get(f);
            if (o == null) {
                out.add(new Change.FactAdded(area, section, f.text().en()));
                continue;
            }
            String name = f.text().en();
            if (!o.text().equals(f.text())) {
                boolean english = !o.text().en().equals(f.text().en());
                out.add(new Change.FactReworded(
                        area,
                        section,
                        english ? o.text().en() : o.text().ru(),
                        english ? f.text().en() : f.text().ru()));
            } else if (!o.label().equals(f.label())) {
                out.add(new Change.ValueChanged(area, section, label(name, "kind"), o.label(), f.label()));
            }
            values(area, section, prefixed(name, o.flags()), prefixed(name, f.flags()), out);
            sources(area, section, name, o.sources(), f.sources(), out);
            if (!o.checked().equals(f.checked())) {
                out.add(new Change.CheckedMoved(area, section, name, o.checked(), f.checked()));
            }
        }
        for (Flat.FactView o : unmatchedOld)
            out.add(new Change.FactRemoved(area, section, o.text().en()));
    }

    private static Map<String, String> prefixed(String fact, Map<String, String> flags) {
        Map<String, String> out = new LinkedHashMap<>();
        flags.forEach((k, v) -> out.put(label(fact, k), v));
        return out;
    }

    private static String label(String fact, String field) {
        return fact.isEmpty() ? field : "fact \"" + Words.first(fact) + "\" " + field;
    }

    /** The share of words two sentences have in common (Jaccard over lower-case words). */
    static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() && y.isEmpty()) return 1;
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> any = new HashSet<>(x);
        any.addAll(y);
        return (double) both.size() / any.size();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>(Arrays.asList(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        out.remove("");
        return out;
    }

    /** Shortening sentences for labels. */
    static final class Words {
        private Words() {}

        static String first(String text) {
            Objects.requireNonNull(text);
            String[] w = text.split("\\s+");
            return w.length <= 8 ? text : String.join(" ", Arrays.copyOf(w, 8)) + " …";
        }
    }
}
