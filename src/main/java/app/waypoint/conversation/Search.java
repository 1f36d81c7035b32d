package app.waypoint.conversation;

import app.waypoint.knowledge.Countries;
import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    private Search() {}

    /** What a search found. */
    sealed interface Result {
        record Found(Destination destination) implements Result {}

        record Choices(List<Destination> destinations) implements Result {}

        /** A real country without a card yet, and the covered destinations of its region. */
        record Uncovered(Countries.Country country, List<Destination> nearby) implements Result {}

        record None() implements Result {}
    }

    /** A name of a country matched word by word scores a little worse than a whole name ("Конго" vs "ДР Конго"). */
    private static final double COUNTRY_WORD = 0.1;

    private static final Map<Countries.Country, Set<String>> COUNTRY_NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    static Result find(String query, KnowledgeBase kb) {
        return find(query, kb, Countries.bundled());
    }

    static Result find(String query, KnowledgeBase kb, Countries countries) {
        String folded = Fuzzy.fold(query);
        if (folded.isEmpty()) return new Result.None();
        Scored scored = destinations(folded, kb);
        Result destinations = scored.result();
        double bestDestination = scored.score();
        Countries.Country country = null;
        double bestCountry = Double.MAX_VALUE;
        for (Countries.Country c : countries.all()) {
            double score = folded.equals(c.code()) ? 0 : countryScore(folded, c);
            if (score < bestCountry) {
                bestCountry = score;
                country = c;
            }
        }
        if (country == null || bestCountry >= bestDestination) return destinations;
        String code = country.code();
        for (Destination d : kb.destinations()) {
            if (d.id().equals(code)) return new Result.Found(d);
        }
        String region = country.region();
        List<Destination> nearby = kb.destinations().stream()
                .filter(d -> d.region().name().equalsIgnoreCase(region))
                .sorted(Comparator.comparing(d -> d.name().en()))
                .toList();
        return new Result.Uncovered(country, nearby);
    }

    /** A search result and the score of its best hit (MAX_VALUE when nothing fits). */
    private record Scored(Result result, double score) {}

    private static Scored destinations(String folded, KnowledgeBase kb) {
        record Hit(Destination destination, double score) {}
        List<Hit> hits = new ArrayList<>();
        for (Destination d : kb.destinations()) {
            double score = folded.equals(d.id()) ? 0 : score(folded, keys(d));
            if (score < Double.MAX_VALUE) hits.add(new Hit(d, score));
        }
        if (hits.isEmpty()) return new Scored(new Result.None(), Double.MAX_VALUE);
        hits.sort(Comparator.comparingDouble(Hit::score)
                .thenComparing(h -> h.destination().name().en()));
        double best = hits.getFirst().score();
        List<Destination> tied = hits.stream()
                .filter(h -> h.score() == best)
                .map(Hit::destination)
                .toList();
        if (tied.size() == 1) return new Scored(new Result.Found(tied.getFirst()), best);
        return new Scored(new Result.Choices(tied.stream().limit(CHOICES).toList()), best);
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
            int tolerance = Fuzzy.tolerance(query.length());
            if (Math.abs(key.length() - query.length()) > tolerance) continue; // the distance is at least that
            int distance = Fuzzy.distance(query, key);
            if (distance <= tolerance) best = Math.min(best, distance);
        }
        return best;
    }

    /** A country's best score: its whole names first, then their words a little worse. */
    private static double countryScore(String folded, Countries.Country c) {
        Set<String> whole = COUNTRY_NAMES.computeIfAbsent(c, k -> folded(k.names(), false));
        double best = score(folded, whole);
        if (best == 0) return 0;
        Set<String> words = COUNTRY_NAMES.computeIfAbsent(
                new Countries.Country("words:" + c.code(), c.region(), c.en(), c.ru()), k -> folded(k.names(), true));
        return Math.min(best, COUNTRY_WORD + score(folded, words));
    }

    /** Names folded, in Cyrillic and Latin; whole names, or only their words of four letters or more. */
    private static Set<String> folded(List<String> names, boolean words) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            String f = Fuzzy.fold(name);
            for (String form : List.of(f, Fuzzy.latin(f))) {
                if (!words) keys.add(form);
                else for (String word : form.split(" ")) if (word.length() >= 4 && !word.equals(form)) keys.add(word);
            }
        }
        return keys;
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
