package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.Residency;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Facts that matter to one group of users, found by their English wording because the schema has no tag for
 * them yet: refusals of entry and expulsions (activists, journalists), and the Law of Return (Jewish descent,
 * as opposed to other repatriation routes such as Poland's for ethnic Poles).
 */
final class Signals {
    private static final Pattern REFUSAL = Pattern.compile(
            "(?i)\\b(refus\\w*|denied|barred|banned)\\b[^.]{0,60}\\b(entry|enter\\w*|border)\\b"
                    + "|\\bnot (be )?let (in|into)\\b|\\bentry bans?\\b|\\bexpel\\w*|\\bexpuls\\w*");
    private static final Pattern LAW_OF_RETURN = Pattern.compile("(?i)law of return|\\bjew(s|ish)?\\b|aliyah");

    private Signals() {
    }

    /** The facts reporting refusals of entry or expulsions, in card order. */
    static List<Fact> refusals(Destination d) {
        return Stream.concat(d.entry().facts().stream(), d.safety().facts().stream())
                .filter(f -> REFUSAL.matcher(f.text().en()).find()).toList();
    }

    static boolean refusalsReported(Destination d) {
        return !refusals(d).isEmpty();
    }

    /** True when a repatriation route of the destination is open to people of Jewish descent. */
    static boolean lawOfReturn(Destination d) {
        return d.residency().routes().stream().anyMatch(r -> r.kind() == Residency.RouteKind.REPATRIATION
                && LAW_OF_RETURN.matcher(r.fact().text().en()).find());
    }
}
