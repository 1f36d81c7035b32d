package app.waypoint.conversation;

import java.util.Objects;

/**
 * One part of a destination's score and the words that explain it: the reasons and warnings shown to the
 * user are exactly these words.
 *
 * @param points  what it adds to the score (negative for a drawback)
 * @param warning shown as a warning line rather than as a reason
 * @param words   the explanation
 */
record Part(double points, boolean warning, Words words) {
    Part {
        Objects.requireNonNull(words, "words");
    }

    static Part reason(double points, String key, Object... pairs) {
        return new Part(points, false, Words.of(key, pairs));
    }

    static Part warning(double points, String key, Object... pairs) {
        return new Part(points, true, Words.of(key, pairs));
    }
}
