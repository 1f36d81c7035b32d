package app.waypoint.conversation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Text folding for search: case, ё/е, accents, punctuation, Cyrillic to Latin, and edit distance. */
final class Fuzzy {
    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"),
            Map.entry('б', "b"),
            Map.entry('в', "v"),
            Map.entry('г', "g"),
            Map.entry('д', "d"),
            Map.entry('е', "e"),
            Map.entry('ж', "zh"),
            Map.entry('з', "z"),
            Map.entry('и', "i"),
            Map.entry('й', "i"),
            Map.entry('к', "k"),
            Map.entry('л', "l"),
            Map.entry('м', "m"),
            Map.entry('н', "n"),
            Map.entry('о', "o"),
            Map.entry('п', "p"),
            Map.entry('р', "r"),
            Map.entry('с', "s"),
            Map.entry('т', "t"),
            Map.entry('у', "u"),
            Map.entry('ф', "f"),
            Map.entry('х', "kh"),
            Map.entry('ц', "ts"),
            Map.entry('ч', "ch"),
            Map.entry('ш', "sh"),
            Map.entry('щ', "shch"),
            Map.entry('ъ', ""),
            Map.entry('ы', "y"),
            Map.entry('ь', ""),
            Map.entry('э', "e"),
            Map.entry('ю', "yu"),
            Map.entry('я', "ya"),
            Map.entry('і', "i"),
            Map.entry('ї', "i"),
            Map.entry('є', "e"),
            Map.entry('ў', "u"),
            Map.entry('ґ', "g"));

    private Fuzzy() {}

    /** Lower case, ё→е, accents and punctuation dropped, spaces collapsed. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        String bare = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return bare.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Folded text with Cyrillic letters written in Latin ("грузия" → "gruziya"). */
    static String latin(String folded) {
        StringBuilder out = new StringBuilder(folded.length() + 8);
        for (char ch : folded.toCharArray()) out.append(LATIN.getOrDefault(ch, String.valueOf(ch)));
        return out.toString();
    }

    /** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** How many typos a word of this length may have: none up to 3 letters, then 1, 2, 3. */
    static int tolerance(int length) {
        if (length <= 3) return 0;
        if (length <= 5) return 1;
        return length <= 8 ? 2 : 3;
    }
}
