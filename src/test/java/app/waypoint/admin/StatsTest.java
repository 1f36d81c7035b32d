package app.waypoint.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /stats counts users without keeping anything per user. */
class StatsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void smallNumbersOfUsersAreCountedExactly() {
        Stats stats = new Stats(CLOCK, 0x5eed);
        for (int i = 0; i < 5; i++) {
            stats.input(7_340_019_284L);
            stats.input(7_340_019_285L);
            stats.input(42L);
        }
        stats.cardViewed("ge");
        stats.cardViewed("ge");
        Stats.Snapshot s = stats.snapshot();
        assertEquals(15, s.inputs());
        assertEquals(3, s.distinctUsers());
        assertEquals(Map.of("ge", 2L), s.cardsViewed());
        assertEquals(CLOCK.instant(), s.since());
    }

    @Test
    void manyUsersAreEstimatedWithinAFewPercentInFixedMemory() {
        Stats stats = new Stats(CLOCK, 0x5eed); // a fixed salt: the error is about 1.6 %, so 5 % is never flaky
        int users = 200_000;
        for (long id = 0; id < users; id++) stats.input(5_000_000_000L + id * 7919);
        long estimate = stats.snapshot().distinctUsers();
        assertTrue(Math.abs(estimate - users) < users * 0.05, "estimated " + estimate);
    }
}
