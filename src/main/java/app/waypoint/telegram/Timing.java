package app.waypoint.telegram;

import java.time.Duration;
import java.time.Instant;

/**
 * Time as the Telegram edge sees it: a monotonic clock for rate limits and message ages, a wall clock for
 * the heartbeat, and a way to wait. Production uses {@link #system()}; tests pass a virtual one so that
 * back-off and {@code retry_after} waits take no real time.
 *
 * <p>Implementations are thread-safe. {@link #sleep} must return early with {@link InterruptedException}
 * when the waiting thread is interrupted: that is how {@link TelegramBot#stop()} cuts a wait short.
 */
public interface Timing {

    /** A monotonic reading in nanoseconds, only meaningful as a difference (like {@link System#nanoTime()}). */
    long nanoTime();

    /** The wall-clock time, for the heartbeat file. */
    Instant now();

    /** Waits for the given time; a zero or negative duration returns at once. */
    void sleep(Duration duration) throws InterruptedException;

    /** The real clocks and {@link Thread#sleep}. */
    static Timing system() {
        return new Timing() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                if (duration.isPositive()) Thread.sleep(duration);
            }
        };
    }
}
