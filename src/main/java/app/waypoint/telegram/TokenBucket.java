package app.waypoint.telegram;

import java.util.function.LongSupplier;

/**
 * A token bucket that hands out reservations: {@link #reserve()} always succeeds and says how long the
 * caller must wait first, so waiting callers queue up in order and none is refused or lost.
 * Thread-safe.
 */
final class TokenBucket {
    private final double perNano;
    private final double burst;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    TokenBucket(double perSecond, int burst, LongSupplier nanoTime) {
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.nanoTime = nanoTime;
        this.tokens = burst;
        this.last = nanoTime.getAsLong();
    }

    /** The nanoseconds a {@link #reserve()} now would have to wait, without taking a token. */
    synchronized long peek() {
        double t = Math.min(burst, tokens + (nanoTime.getAsLong() - last) * perNano) - 1;
        return t >= 0 ? 0 : (long) Math.ceil(-t / perNano);
    }

    /** Takes one token; returns the nanoseconds to wait before using it (0 when one was at hand). */
    synchronized long reserve() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(burst, tokens + (now - last) * perNano);
        last = now;
        tokens -= 1;
        return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
    }
}
