package app.waypoint.bench;

import java.util.Arrays;
import java.util.Locale;

/** Recorded durations in nanoseconds (a plain array, sorted for percentiles). Not thread-safe. */
final class Latencies {
    private long[] nanos;
    private int count;

    Latencies(int capacity) {
        nanos = new long[Math.max(16, capacity)];
    }

    void add(long n) {
        if (count == nanos.length) nanos = Arrays.copyOf(nanos, nanos.length * 2);
        nanos[count++] = n;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) add(other.nanos[i]);
    }

    int count() {
        return count;
    }

    /** The p-th percentile (0–100) by nearest rank, in nanoseconds; 0 when empty. Sorts. */
    long percentile(double p) {
        if (count == 0) return 0;
        Arrays.sort(nanos, 0, count);
        int rank = (int) Math.ceil(p / 100 * count);
        return nanos[Math.min(count - 1, Math.max(0, rank - 1))];
    }

    long max() {
        return percentile(100);
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, nanos < 10_000_000 ? "%.3f ms" : "%.1f ms", nanos / 1e6);
    }

    static String us(long nanos) {
        return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }
}
