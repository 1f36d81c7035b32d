package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds destinations by what a user types: the code ("GE"), a name in Russian or English, or an alias
 * ("Tbilisi"), forgiving case, ё/е, transliteration and typos ("Грузыя"), or a word of a sentence.
 */
final class Search {
    /** The most choices offered for an ambiguous query. */
    static final int CHOICES = 6;
    private static final double PREFIX = 0.5;
    private static final double WORD = 0.25;

    private Search() {
    }

    /** What a search found. */
    sealed interface Result {
        record Found(Destination destination) implements Result {
        }

        record Choices(List<Destination> destinations) implements Result {
        }

        record None() implements Result {
        }
    }

    static Result find(String query, KnowledgeBase kb) {
        String folded = Fuzzy.fold(query);
        if (folded.isEmpty()) return new Result.None();
        record Hit(Destination destination, double score) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Destination d : kb.destinations()) {
            double score = folded.equals(d.id()) ? 0 : score(folded, keys(d));
            if (score < Double.MAX_VALUE) hits.add(new Hit(d, score));
        }
        if (hits.isEmpty()) return new Result.None();
        hits.sort(Comparator.comparingDouble(Hit::score).thenComparing(h -> h.destination().name().en()));
        double best = hits.getFirst().score();
        List<Destination> tied = hits.stream().filter(h -> h.score() == best).map(Hit::destination).toList();
        if (tied.size() == 1) return new Result.Found(tied.getFirst());
        return new Result.Choices(tied.stream().limit(CHOICES).toList());
    }

    /** The best score of the query (whole, or one of its words) against the keys; MAX_VALUE if none fits. */
    private static double score(String folded, Set<String> keys) {
        double best = Double.MAX_VALUE;
        for (String form : List.of(folded, Fuzzy.latin(folded))) {
            best = Math.min(best, score1(form, keys));
            for (String word : form.split(" ")) {
                if (word.length() >= 4 && !word.equals(form)) best = Math.min(best, WORD + score1(word, keys));
            }
        }
        return best;
    }

    private static double score1(String query, Set<String> keys) {
        double best = Double.MAX_VALUE;
        for (String key : keys) {
            if (key.equals(query)) return 0;
            if (query.length() >= 3 && key.startsWith(query)) best = Math.min(best, PREFIX);
            int distance = Fuzzy.distance(query, key);
            if (distance <= Fuzzy.tolerance(query.length())) best = Math.min(best, distance);
        }
        return best;
    }

    /** Names and aliases, folded, in Cyrillic and Latin, whole and word by word. */
    private static Set<String> keys(Destination d) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(List.of(d.name().en(), d.name().ru()));
        names.addAll(d.aliases());
        for (String name : names) {
            String folded = Fuzzy.fold(name);
            for (String form : List.of(folded, Fuzzy.latin(folded))) {
                keys.add(form);
                for (String word : form.split(" ")) if (word.length() >= 4) keys.add(word);
            }
        }
        return keys;
    }
}
