package app.waypoint.knowledge.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the word a maintainer probably meant, for "did you mean ...?" hints. */
final class Suggest {
    private Suggest() {}

    /** The closest candidate within a few edits, if one is close enough to be a typo. */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        String lower = typed.toLowerCase(Locale.ROOT);
        int tolerance = tolerance(lower.length());
        return candidates.stream()
                .filter(c -> distance(lower, c) <= tolerance)
                .min(Comparator.comparingInt(c -> distance(lower, c)));
    }

    /** One edit in a short word, up to three in a long one: more and any word "resembles" any other. */
    private static int tolerance(int length) {
        if (length <= 3) return 1;
        return length <= 8 ? 2 : 3;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
