package app.waypoint.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The updates received and not yet confirmed, in the order Telegram sent them; the offset that confirms the
 * handled ones; and the ids of the updates answered in the last 24 hours (Telegram keeps updates no longer).
 *
 * <p>getUpdates' offset confirms every update before it, so it normally stops at the first unfinished update,
 * and Telegram then delivers that one and all after it again with every poll. Two rules keep that from
 * silencing the bot:
 * <ul>
 *   <li>While updates keep coming ({@code strict}), no update is fetched a third time: the offset moves past
 *       every update already fetched twice, and the unfinished ones among them are <em>confirmed early</em>
 *       and finished from memory (a crash loses those; counted in {@link #confirmedEarly()}). One chat's
 *       slow answers can then never keep other chats' updates out of the 100 a poll returns.</li>
 *   <li>When nothing new comes, the unfinished ones stay unconfirmed, so a crash re-delivers them.</li>
 * </ul>
 * A re-delivered update is recognised and skipped, as is any update answered within 24 hours: those ids are
 * also appended to {@link AnsweredIds} when a data directory is set, so that after a crash the next run
 * skips what this one answered but had not yet confirmed. Ids are never compared by size: after a quiet
 * week Telegram restarts them at a random, possibly lower, number. Thread-safe.
 */
final class UpdateWindow {
    static final Duration KEEP = Duration.ofHours(24);

    private final Map<Integer, Entry> pending = new LinkedHashMap<>();
    private final Map<Integer, Entry> early = new HashMap<>();
    /** Answered ids, with the monotonic time after which they are forgotten. */
    private final Cache<Integer, Long> answered;

    private final AnsweredIds file;
    private final Timing timing;
    private Integer lastReceived;
    private int unfinished;
    private long confirmedEarly;
    private long progress;
    /** The {@code max} of a thread waiting in {@link #awaitBelow}, 0 when none waits: who {@link #done} must wake. */
    private int awaitedBelow;

    private static final class Entry {
        final long admitted;
        int deliveries = 1;
        boolean done;

        Entry(long admitted) {
            this.admitted = admitted;
        }
    }

    UpdateWindow(Timing timing) {
        this(timing, null);
    }

    /** With {@code file} null, answered ids are kept in memory only. */
    UpdateWindow(Timing timing, AnsweredIds file) {
        this.timing = timing;
        this.file = file;
        this.answered = Caffeine.newBuilder()
                .ticker(timing::nanoTime)
                .executor(Runnable::run)
                .expireAfterWrite(KEEP)
                .maximumSize(1_000_000)
                .build();
        if (file != null) {
            AnsweredIds.Loaded loaded = file.load(timing.now(), KEEP);
            long until = timing.nanoTime() + KEEP.minus(loaded.age()).toNanos();
            for (int id : loaded.ids()) answered.put(id, until);
        }
    }

    /** Registers a received update; false when it is a re-delivery or was answered already (skip it). */
    synchronized boolean admit(int updateId) {
        Entry seen = pending.get(updateId);
        if (seen != null) {
            seen.deliveries++;
            return false;
        }
        if (early.containsKey(updateId) || wasAnswered(updateId)) return false;
        pending.put(updateId, new Entry(timing.nanoTime()));
        lastReceived = updateId;
        unfinished++;
        return true;
    }

    private boolean wasAnswered(int updateId) {
        Long until = answered.getIfPresent(updateId);
        return until != null && until - timing.nanoTime() > 0;
    }

    /** The update is handled (or nothing could be done with it): it may be confirmed, and is remembered. */
    synchronized void done(int updateId) {
        Entry e = pending.get(updateId);
        if (e == null) e = early.remove(updateId);
        if (e == null || e.done) return;
        e.done = true;
        unfinished--;
        remember(updateId);
        Entry first = pending.isEmpty() ? null : pending.values().iterator().next();
        if (first == e) progress++;
        // wake the poll loop only when what it waits for has come: a wake-up per update cost a context
        // switch each, and contended this lock with every lane finishing at the same moment
        if (unfinished == 0 || unfinished < awaitedBelow || first == e) notifyAll();
    }

    private void remember(int updateId) {
        answered.put(updateId, timing.nanoTime() + KEEP.toNanos());
        if (file == null) return;
        file.append(updateId);
        if (file.wantsCompaction((int) answered.estimatedSize())) {
            List<Integer> live = new ArrayList<>();
            long now = timing.nanoTime();
            answered.asMap().forEach((id, until) -> {
                if (until - now > 0) live.add(id);
            });
            file.rewrite(live);
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
        List<Integer> stuck = new ArrayList<>();
        pending.forEach((id, e) -> {
            if (!e.done && now - e.admitted > maxAge.toNanos()) stuck.add(id);
        });
        early.forEach((id, e) -> {
            if (now - e.admitted > maxAge.toNanos()) stuck.add(id);
        });
        stuck.forEach(this::done);
        if (!stuck.isEmpty()) notifyAll();
        return stuck.size();
    }

    /** {@link #offset(boolean)} that confirms only handled updates. */
    synchronized Integer offset() {
        return offset(false);
    }

    /**
     * The offset for the next getUpdates, or null before the first update (Telegram's default).
     *
     * @param strict true while updates keep coming: then no update is delivered a third time (see above)
     */
    synchronized Integer offset(boolean strict) {
        Integer passUpTo = null;
        if (strict) {
            for (Map.Entry<Integer, Entry> e : pending.entrySet()) {
                if (e.getValue().deliveries >= 2) passUpTo = e.getKey();
            }
        }
        Iterator<Map.Entry<Integer, Entry>> it = pending.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, Entry> e = it.next();
            boolean pass = passUpTo != null;
            if (!e.getValue().done && !pass) return e.getKey();
            if (!e.getValue().done) {
                early.put(e.getKey(), e.getValue());
                confirmedEarly++;
            }
            it.remove();
            if (e.getKey().equals(passUpTo)) passUpTo = null;
        }
        return lastReceived == null ? null : lastReceived + 1;
    }

    /** Updates the next poll will deliver again (received, not yet confirmed). Call after {@link #offset}. */
    synchronized int held() {
        return pending.size();
    }

    /**
     * How many updates getUpdates may return so that at most {@code max} are unfinished afterwards: the
     * ones Telegram will send again plus the room left. Call after {@link #offset}.
     */
    synchronized int limit(int max) {
        return Math.max(1, Math.min(100, pending.size() + Math.max(0, max - unfinished)));
    }

    /** Updates received and not yet handled. */
    synchronized int unfinished() {
        return unfinished;
    }

    /** Unfinished updates confirmed before they were answered, since start (lost if the process dies first). */
    synchronized long confirmedEarly() {
        return confirmedEarly;
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

    /**
     * Waits until the first held update is done (the confirmable prefix grew), nothing is unfinished, or
     * {@code timeout} passes.
     */
    synchronized void awaitProgress(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long start = progress;
        long left;
        while (unfinished > 0 && progress == start && (left = deadline - System.nanoTime()) > 0) {
            wait(Math.max(1, left / 1_000_000));
        }
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

    /** Closes the answered-update file. */
    synchronized void close() {
        if (file != null) file.close();
    }
}
