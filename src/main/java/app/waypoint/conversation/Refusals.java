package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Fact;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the facts that report refusals of entry or expulsions (what activists and journalists fear), by
 * their English wording, in a destination's entry and safety facts. The schema has no tag for it yet.
 */
final class Refusals {
    private static final Pattern REFUSAL = Pattern.compile(
            "(?i)\\b(refus\\w*|denied|barred|banned)\\b[^.]{0,60}\\b(entry|enter\\w*|border)\\b"
                    + "|\\bentry bans?\\b|\\bexpel\\w*|\\bexpuls\\w*");

    private Refusals() {
    }

    /** The facts reporting refusals or expulsions, in card order. */
    static List<Fact> facts(Destination d) {
        return Stream.concat(d.entry().facts().stream(), d.safety().facts().stream())
                .filter(f -> REFUSAL.matcher(f.text().en()).find()).toList();
    }

    static boolean reported(Destination d) {
        return !facts(d).isEmpty();
    }
}
