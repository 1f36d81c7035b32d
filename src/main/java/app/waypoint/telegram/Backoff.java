package app.waypoint.telegram;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with jitter: the n-th wait is between half and all of {@code min(cap, base * 2^n)}.
 * The lower half keeps retries from bunching up after an outage; the cap bounds how long the bot takes
 * to notice that the API is back. Not thread-safe: one per retry loop.
 */
final class Backoff {
    private final long baseNanos;
    private final long capNanos;
    private final DoubleSupplier random;
    private int failures;

    Backoff(Duration base, Duration cap, DoubleSupplier random) {
        this.baseNanos = base.toNanos();
        this.capNanos = Math.max(cap.toNanos(), baseNanos);
        this.random = random;
    }

    /** The wait before the next attempt; each call doubles the ceiling until the cap. */
    Duration next() {
        long ceiling = failures >= 40 ? capNanos : Math.min(capNanos, baseNanos << Math.min(failures, 40));
        if (ceiling <= 0) ceiling = capNanos;
        failures++;
        long half = ceiling / 2;
        return Duration.ofNanos(half + (long) (random.getAsDouble() * (ceiling - half)));
    }

    /** How many failures in a row so far. */
    int failures() {
        return failures;
    }

    /** Back to the first, shortest wait after a success. */
    void reset() {
        failures = 0;
    }
}
