package app.waypoint.knowledge.load;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts its instances: a fixture tags a value with this class, and nothing may ever construct it. */
public final class Canary {
    static final AtomicInteger CREATED = new AtomicInteger();

    public Canary() {
        CREATED.incrementAndGet();
    }
}
