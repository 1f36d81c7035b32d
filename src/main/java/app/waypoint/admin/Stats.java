package app.waypoint.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Aggregate counters since start, for maintainers' {@code /stats}: inputs handled, how many distinct users,
 * cards viewed per destination. Nothing in it identifies anyone: users are counted through a salted hash
 * whose salt lives only in this object's memory, and only the count is ever shown. Thread-safe.
 */
public final class Stats {
    /** Past this many distinct users the count says "at least": memory stays bounded. */
    static final int MAX_TRACKED_USERS = 1_000_000;

    private final Instant since;
    private final long salt;
    private final LongAdder inputs = new LongAdder();
    private final Set<Long> users = ConcurrentHashMap.newKeySet();
    private final Map<String, LongAdder> cards = new ConcurrentHashMap<>();

    public Stats(Clock clock) {
        this.since = clock.instant();
        this.salt = new SecureRandom().nextLong();
    }

    /** Counts one input from a chat. */
    public void input(long chatId) {
        inputs.increment();
        if (users.size() < MAX_TRACKED_USERS) users.add(mix(chatId ^ salt));
    }

    /** Counts one opening of a destination's card. */
    public void cardViewed(String destinationId) {
        cards.computeIfAbsent(destinationId, id -> new LongAdder()).increment();
    }

    /** A consistent-enough copy of the counters. */
    public Snapshot snapshot() {
        Map<String, Long> viewed = new TreeMap<>();
        cards.forEach((id, n) -> viewed.put(id, n.sum()));
        int distinct = users.size();
        return new Snapshot(since, inputs.sum(), distinct, distinct >= MAX_TRACKED_USERS, viewed);
    }

    /** SplitMix64's finaliser: spreads the salted id so that the stored value reveals nothing useful. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * The counters at one moment.
     *
     * @param since         when counting started
     * @param inputs        messages and button presses handled
     * @param distinctUsers how many different chats sent them
     * @param atLeast       true when {@code distinctUsers} hit the tracking cap
     * @param cardsViewed   card openings per destination id
     */
    public record Snapshot(Instant since, long inputs, int distinctUsers, boolean atLeast,
                           Map<String, Long> cardsViewed) {
        public Snapshot {
            cardsViewed = Map.copyOf(cardsViewed);
        }
    }
}
