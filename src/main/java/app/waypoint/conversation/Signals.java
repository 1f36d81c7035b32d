package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.Residency;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Facts that matter to one group of users, found by their English wording because the schema has no tag for
 * them yet: refusals of entry, bans and expulsions of activists, journalists and critics (not general border
 * refusals, which concern everyone), and the Law of Return (Jewish descent, as opposed to other repatriation
 * routes such as Poland's for ethnic Poles).
 *
 * <p>The patterns are costly next to everything else a screen does (milliseconds per list for an activist),
 * and a destination never changes, so what they find is kept per destination object, weakly: a destination
 * of a knowledge-base version no longer in service is dropped with it.
 */
final class Signals {
    private static final String WHO = "anti-war|activists?|journalists?|critics?|dissidents?|opposition|human[- ]rights";
    private static final String ACT = "refus\\w*|denied|barred|bann?(ed|s)?|expel\\w*|expuls\\w*|deport\\w*|forced out"
            + "|revok\\w*|security risks?|not let (in|into)";
    /** Who and what in one sentence: "anti-war Russians have been refused entry", "forced out over anti-war posts". */
    private static final Pattern REFUSAL = Pattern.compile("(?i)\\b(" + WHO + ")\\b[^.]{0,80}\\b(" + ACT + ")\\b"
            + "|\\b(" + ACT + ")\\b[^.]{0,40}\\b(" + WHO + ")\\b");
    private static final Pattern LAW_OF_RETURN = Pattern.compile("(?i)law of return|\\bjew(s|ish)?\\b|aliyah");

    /** By destination identity (weak keys compare by identity): records' deep equals would cost more. */
    private static final Cache<Destination, Found> FOUND = Caffeine.newBuilder().weakKeys().build();

    private record Found(List<Fact> refusals, boolean lawOfReturn) {
    }

    private Signals() {
    }

    /** The facts reporting refusals of entry, bans or expulsions of activists and critics, in card order. */
    static List<Fact> refusals(Destination d) {
        return found(d).refusals();
    }

    static boolean refusalsReported(Destination d) {
        return !refusals(d).isEmpty();
    }

    /** True when a repatriation route of the destination is open to people of Jewish descent. */
    static boolean lawOfReturn(Destination d) {
        return found(d).lawOfReturn();
    }

    private static Found found(Destination d) {
        return FOUND.get(d, Signals::find);
    }

    private static Found find(Destination d) {
        List<Fact> refusals = Stream.concat(d.entry().facts().stream(), d.safety().facts().stream())
                .filter(f -> REFUSAL.matcher(f.text().en()).find()).toList();
        boolean lawOfReturn = d.residency().routes().stream().anyMatch(r -> r.kind() == Residency.RouteKind.REPATRIATION
                && LAW_OF_RETURN.matcher(r.fact().text().en()).find());
        return new Found(refusals, lawOfReturn);
    }
}
