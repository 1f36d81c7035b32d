package app.waypoint.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The updates received and not yet confirmed, in the order Telegram sent them, and the offset that
 * confirms exactly the handled ones.
 *
 * <p>getUpdates' offset confirms every update before it, so the offset may only pass an update once it and
 * all before it are handled: it is the id of the first unfinished update, or the last received id + 1 when
 * none is unfinished. Telegram then re-delivers the unfinished ones (and those after them); they are
 * recognised and skipped, as is any update handled within the last 24 hours (Telegram keeps updates no
 * longer). Ids are never compared by size: after a quiet week Telegram restarts them at a random, possibly
 * lower, number, and those updates must be handled like any other. Thread-safe.
 */
final class UpdateWindow {
    private final Map<Integer, Entry> pending = new LinkedHashMap<>();
    private final Cache<Integer, Boolean> recent;
    private final Timing timing;
    private Integer lastReceived;
    private int unfinished;
    /** The {@code max} of a thread waiting in {@link #awaitBelow}, 0 when none waits: who {@link #done} must wake. */
    private int awaitedBelow;

    private static final class Entry {
        final long admitted;
        boolean done;

        Entry(long admitted) {
            this.admitted = admitted;
        }
    }

    UpdateWindow(Timing timing) {
        this.timing = timing;
        this.recent = Caffeine.newBuilder().ticker(timing::nanoTime).executor(Runnable::run)
                .expireAfterWrite(Duration.ofHours(24)).maximumSize(100_000).build();
    }

    /** Registers a received update; false when it is a re-delivery of one already taken (skip it). */
    synchronized boolean admit(int updateId) {
        if (pending.containsKey(updateId) || recent.getIfPresent(updateId) != null) return false;
        pending.put(updateId, new Entry(timing.nanoTime()));
        lastReceived = updateId;
        unfinished++;
        return true;
    }

    /** The update is handled (or nothing could be done with it): it may be confirmed. */
    synchronized void done(int updateId) {
        Entry e = pending.get(updateId);
        if (e != null && !e.done) {
            e.done = true;
            unfinished--;
            // wake the poll loop only when what it waits for has come: a wake-up per update cost a context
            // switch each, and contended this lock with every lane finishing at the same moment
            if (unfinished == 0 || unfinished < awaitedBelow) notifyAll();
        }
    }

    /**
     * Gives up on updates unfinished for longer than {@code maxAge} (a conversation stuck on one input, say),
     * so that one stuck chat cannot hold back confirmation, and with it every other chat, for good.
     *
     * @return how many were given up
     */
    synchronized int giveUp(Duration maxAge) {
        long now = timing.nanoTime();
        int given = 0;
        for (Entry e : pending.values()) {
            if (!e.done && now - e.admitted > maxAge.toNanos()) {
                e.done = true;
                unfinished--;
                given++;
            }
        }
        if (given > 0) notifyAll();
        return given;
    }

    /** The offset for the next getUpdates, or null before the first update (Telegram's default). */
    synchronized Integer offset() {
        Iterator<Map.Entry<Integer, Entry>> it = pending.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, Entry> e = it.next();
            if (!e.getValue().done) return e.getKey();
            recent.put(e.getKey(), true);
            it.remove();
        }
        return lastReceived == null ? null : lastReceived + 1;
    }

    /**
     * How many updates getUpdates may return so that at most {@code max} are unfinished afterwards: the
     * ones Telegram will send again (held from the first unfinished on) plus the room left. Call after
     * {@link #offset()}.
     */
    synchronized int limit(int max) {
        return Math.max(1, Math.min(100, pending.size() + Math.max(0, max - unfinished)));
    }

    /** Updates received and not yet handled. */
    synchronized int unfinished() {
        return unfinished;
    }

    /** Waits until fewer than {@code max} updates are unfinished, or {@code timeout} passes. */
    synchronized boolean awaitBelow(int max, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long left;
        try {
            while (unfinished >= max && (left = deadline - System.nanoTime()) > 0) {
                awaitedBelow = max;
                wait(Math.max(1, left / 1_000_000));
            }
        } finally {
            awaitedBelow = 0;
        }
        return unfinished < max;
    }

    /** Waits until nothing is unfinished or {@code timeout} passes; true when nothing is unfinished. */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long left;
        while (unfinished > 0 && (left = deadline - System.nanoTime()) > 0) {
            wait(Math.max(1, left / 1_000_000));
        }
        return unfinished == 0;
    }
}
