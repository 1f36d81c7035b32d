package app.waypoint.telegram.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Scripted faults per Bot API method (names compared without case). Thread-safe. */
public final class Faults {
    private final Map<String, Deque<Fault>> next = new HashMap<>();
    private final Map<String, Fault> always = new HashMap<>();

    /** The next {@code times} calls of {@code method} get {@code fault} (after faults already queued). */
    public synchronized Faults next(String method, Fault fault, int times) {
        Deque<Fault> q = next.computeIfAbsent(key(method), k -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) q.add(fault);
        return this;
    }

    /** The next call of {@code method} gets {@code fault}. */
    public Faults next(String method, Fault fault) {
        return next(method, fault, 1);
    }

    /** Every call of {@code method} gets {@code fault} until {@link #clear()}. */
    public synchronized Faults always(String method, Fault fault) {
        always.put(key(method), fault);
        return this;
    }

    /** Back to normal service. */
    public synchronized void clear() {
        next.clear();
        always.clear();
    }

    /** Faults still queued for a method (to check that the bot did call it). */
    public synchronized int pending(String method) {
        Deque<Fault> q = next.get(key(method));
        return q == null ? 0 : q.size();
    }

    synchronized Fault take(String method) {
        Deque<Fault> q = next.get(key(method));
        if (q != null && !q.isEmpty()) return q.poll();
        return always.get(key(method));
    }

    private static String key(String method) {
        return method.toLowerCase(Locale.ROOT);
    }
}
