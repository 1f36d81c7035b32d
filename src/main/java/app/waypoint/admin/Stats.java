package app.waypoint.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Aggregate counters since start, for maintainers' {@code /stats}: inputs handled, about how many distinct
 * users, cards viewed per destination. Nothing in it identifies anyone, not even to someone who reads the
 * process's memory: distinct users are estimated with a HyperLogLog sketch (4,096 small registers, each the
 * maximum of a statistic over many users), so no value per user is ever stored, and the hash that feeds it is
 * salted with a number that lives only in this object. Thread-safe.
 */
public final class Stats {
    /** log2 of the number of registers: 4,096 registers estimate within about 1.6 %. */
    private static final int P = 12;

    private static final int M = 1 << P;

    private final Instant since;
    private final long salt;
    private final LongAdder inputs = new LongAdder();
    private final AtomicIntegerArray registers = new AtomicIntegerArray(M);
    private final Map<String, LongAdder> cards = new ConcurrentHashMap<>();
    private final LongAdder dropped = new LongAdder();

    public Stats(Clock clock) {
        this(clock, new SecureRandom().nextLong());
    }

    /** With a chosen salt, for tests: with a random one, two users share a register once in 4,096 runs. */
    Stats(Clock clock, long salt) {
        this.since = clock.instant();
        this.salt = salt;
    }

    /** Counts one input from a chat. */
    public void input(long chatId) {
        inputs.increment();
        long h = mix(mix(chatId) ^ salt);
        int register = (int) (h >>> (64 - P));
        int rank = Math.min(Long.numberOfLeadingZeros(h << P), 64 - P) + 1;
        registers.accumulateAndGet(register, rank, Math::max);
    }

    /** Counts one opening of a destination's card. */
    public void cardViewed(String destinationId) {
        cards.computeIfAbsent(destinationId, id -> new LongAdder()).increment();
    }

    /** Counts inputs the Telegram edge dropped because their chat sent faster than the bot may answer. */
    public void dropped(long n) {
        dropped.add(n);
    }

    /** A consistent-enough copy of the counters. */
    public Snapshot snapshot() {
        Map<String, Long> viewed = new TreeMap<>();
        cards.forEach((id, n) -> viewed.put(id, n.sum()));
        return new Snapshot(since, inputs.sum(), distinct(), viewed, dropped.sum());
    }

    /** The HyperLogLog estimate, with linear counting for small numbers (exact in practice below a few hundred). */
    private long distinct() {
        double sum = 0;
        int empty = 0;
        for (int i = 0; i < M; i++) {
            int r = registers.get(i);
            sum += Math.scalb(1.0, -r);
            if (r == 0) empty++;
        }
        double alpha = 0.7213 / (1 + 1.079 / M);
        double estimate = alpha * M * M / sum;
        if (estimate <= 2.5 * M && empty > 0) estimate = M * Math.log((double) M / empty);
        return Math.round(estimate);
    }

    /** SplitMix64's finaliser: spreads the bits of a value. */
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
     * @param distinctUsers about how many different chats sent them (an estimate, see {@link Stats})
     * @param cardsViewed   card openings per destination id
     * @param dropped       inputs dropped because their chat sent faster than the bot may answer
     */
    public record Snapshot(
            Instant since, long inputs, long distinctUsers, Map<String, Long> cardsViewed, long dropped) {
        public Snapshot {
            cardsViewed = Map.copyOf(cardsViewed);
        }
    }
}
