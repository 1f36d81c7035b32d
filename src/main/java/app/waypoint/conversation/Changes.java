package app.waypoint.conversation;

import app.waypoint.knowledge.Belarus;
import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.PartialDate;
import app.waypoint.knowledge.Rule;
import app.waypoint.knowledge.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What changes soon, derived from the data alone: facts whose {@code since} is still ahead (they take effect),
 * and facts, routes, entry regimes and rules whose {@code until} falls within {@link #AHEAD_DAYS} days (they run
 * out). Nothing is stored; the list is built for the day it is shown.
 */
final class Changes {
    /** How far ahead an end date is shown. */
    static final int AHEAD_DAYS = 90;

    private Changes() {}

    /**
     * One coming change.
     *
     * @param date   the day it takes effect or runs out (the last day a month-precise end can mean), for order
     * @param shown  the date as the data gives it
     * @param starts true when it takes effect, false when it runs out
     * @param where  the destination, or empty for a cross-cutting rule
     * @param what   the fact's text, the rule's title, or empty for an entry regime (said by {@code entryFor})
     * @param entryFor for an entry regime, "RUSSIA" or "BELARUS"
     */
    record Change(
            LocalDate date,
            PartialDate shown,
            boolean starts,
            Optional<Destination> where,
            Optional<Text> what,
            Optional<String> entryFor) {}

    /** The changes in date order; ties keep the data's order. */
    static List<Change> coming(KnowledgeBase kb, LocalDate today) {
        List<Change> out = new ArrayList<>();
        LocalDate horizon = today.plusDays(AHEAD_DAYS);
        for (Rule r : kb.rules()) {
            r.until()
                    .ifPresent(u ->
                            ends(out, u, today, horizon, Optional.empty(), Optional.of(r.title()), Optional.empty()));
            r.facts().forEach(f -> fact(out, f, today, horizon, Optional.empty()));
        }
        for (Destination d : kb.destinations()) {
            Optional<Destination> where = Optional.of(d);
            entry(out, d.entry(), "RUSSIA", today, horizon, where);
            if (d.belarus() instanceof Belarus.Own own) entry(out, own.entry(), "BELARUS", today, horizon, where);
            Evidences.facts(d).forEach(f -> fact(out, f, today, horizon, where));
        }
        out.sort(Comparator.comparing(Change::date));
        return out;
    }

    private static void entry(
            List<Change> out, Entry e, String who, LocalDate today, LocalDate horizon, Optional<Destination> where) {
        e.until().ifPresent(u -> ends(out, u, today, horizon, where, Optional.empty(), Optional.of(who)));
    }

    private static void fact(
            List<Change> out, Fact f, LocalDate today, LocalDate horizon, Optional<Destination> where) {
        f.since()
                .filter(s -> s.earliestDay().isAfter(today))
                .ifPresent(s ->
                        out.add(new Change(s.earliestDay(), s, true, where, Optional.of(f.text()), Optional.empty())));
        f.until().ifPresent(u -> ends(out, u, today, horizon, where, Optional.of(f.text()), Optional.empty()));
    }

    private static void ends(
            List<Change> out,
            PartialDate until,
            LocalDate today,
            LocalDate horizon,
            Optional<Destination> where,
            Optional<Text> what,
            Optional<String> entryFor) {
        LocalDate end = until.latestDay();
        if (!end.isBefore(today) && !end.isAfter(horizon))
            out.add(new Change(end, until, false, where, what, entryFor));
    }
}
