package app.waypoint.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time for tests: a clock that moves only when someone sleeps or {@link #advance}s it. A sleep moves the
 * clock to the sleeper's wake-up time at once and records the requested duration; with a positive
 * {@code realScale} it also waits that fraction of it in real time (e.g. 0.001: a 30 s back-off takes 30 ms),
 * so retry loops against a real server do not spin.
 */
public final class VirtualTime implements Timing {
    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    private final AtomicLong nanos = new AtomicLong();
    private final double realScale;
    private final List<Duration> sleeps = new ArrayList<>();

    public VirtualTime(double realScale) {
        this.realScale = realScale;
    }

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public Instant now() {
        return EPOCH.plusNanos(nanos.get());
    }

    @Override
    public void sleep(Duration d) throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        if (!d.isPositive()) return;
        synchronized (sleeps) {
            sleeps.add(d);
        }
        long target = nanos.get() + d.toNanos();
        nanos.accumulateAndGet(target, Math::max);
        long real = (long) (d.toNanos() * realScale);
        if (real > 0) Thread.sleep(Duration.ofNanos(real));
    }

    /** Moves the clock forward (e.g. past Telegram's 48-hour limit). */
    public void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    /** Every sleep requested so far, in order. */
    public List<Duration> sleeps() {
        synchronized (sleeps) {
            return List.copyOf(sleeps);
        }
    }
}
