package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.telegram.fake.FakeTelegram;
import app.waypoint.telegram.fake.FakeUser;
import app.waypoint.telegram.fake.Shown;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: one chat sends 2,000 messages as fast as it can while 20 people walk through the menus, with
 * Telegram's limits enforced by the fake (1 message a second per chat, burst 3, 30 a second overall) and the
 * bot's production rates. The 20 must get every answer promptly; the flooding chat gets a bounded number of
 * replies: a few answers, one request to slow down, and the answer to its newest message.
 */
@SuppressWarnings("try") // resources that only need closing: the bot and the fake
class FloodTest {
    static final int WALKERS = 20;
    static final int PRESSES = 8;
    static final int FLOOD = 2_000;
    static final long FLOODER = 1;
    /** A person reads the screen before pressing again: the load model, not a wait for the bot. */
    static final Duration THINK = Duration.ofMillis(1_200);

    static Tuning production() {
        return Tuning.defaults().withPollTimeout(Duration.ofSeconds(1)).withStopGrace(Duration.ofSeconds(5));
    }

    @Test
    void oneFloodingChatDoesNotSilenceTheOthers() throws Exception {
        try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                Harness bot =
                        Harness.start(tg, new TestConversation(), production(), Timing.system(), Optional.empty());
                ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            tg.enforceRateLimits(1, 3, 30);
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            FakeUser flooder = tg.user(FLOODER);
            List<Future<?>> walks = new ArrayList<>();
            for (int i = 0; i < WALKERS; i++) {
                FakeUser u = tg.user(100 + i);
                walks.add(pool.submit(() -> walk(tg, u, latencies)));
            }
            long floodStart = System.nanoTime();
            for (int i = 0; i < FLOOD; i++) flooder.sends("flood " + i);
            double floodSeconds = (System.nanoTime() - floodStart) / 1e9;
            for (Future<?> w : walks) w.get(60, TimeUnit.SECONDS);
            tg.await(
                    "the flooding chat's newest message answered",
                    Duration.ofSeconds(15),
                    () -> flooder.chat().botMessages().stream()
                            .anyMatch(s -> s.text().equals("echo: flood " + (FLOOD - 1))));
            tg.await("everything confirmed", Duration.ofSeconds(15), () -> tg.unconfirmed() == 0);

            List<Long> sorted = latencies.stream().sorted().toList();
            assertEquals(WALKERS * (PRESSES + 1), sorted.size(), "every one of the 20 got every answer");
            long median = sorted.get(sorted.size() / 2);
            long max = sorted.getLast();
            List<Shown> floodReplies = flooder.chat().botMessages();
            long slowDowns = floodReplies.stream()
                    .filter(s -> s.text().contains("faster than I can answer"))
                    .count();
            System.out.printf(
                    "flood: %d messages in %.2f s; the other %d users: press → answer p50 %d ms, max %d ms; "
                            + "flooding chat got %d replies, %d inputs dropped, %d 429s, %d deliveries (max %d of one update)%n",
                    FLOOD,
                    floodSeconds,
                    WALKERS,
                    median / 1_000_000,
                    max / 1_000_000,
                    floodReplies.size(),
                    bot.bot.inputsDropped(),
                    tg.tooManyRequests(),
                    tg.deliveries(),
                    tg.maxDeliveries());
            assertTrue(median < 1_000_000_000L, "median press → answer under 1 s: " + median / 1_000_000 + " ms");
            assertTrue(max < 5_000_000_000L, "no answer over 5 s: " + max / 1_000_000 + " ms");
            assertEquals(1, slowDowns, "asked once to slow down: " + floodReplies.size() + " replies");
            assertTrue(floodReplies.size() <= 12, "a bounded number of replies to the flood: " + floodReplies.size());
            assertTrue(bot.bot.inputsDropped() >= FLOOD - 12, "the rest dropped: " + bot.bot.inputsDropped());
            assertEquals(0, bot.stop());
        }
    }

    /** /start, then Georgia and Back in turn, each after a think time; records each action → screen time. */
    static void walk(FakeTelegram tg, FakeUser u, List<Long> latencies) {
        timed(tg, u, latencies, () -> u.sends("/start"), "Where to?");
        for (int k = 0; k < PRESSES; k++) {
            think();
            boolean there = k % 2 == 0;
            timed(tg, u, latencies, () -> u.presses(there ? "Georgia" : "Back"), there ? "You chose ge" : "Where to?");
        }
    }

    private static void timed(FakeTelegram tg, FakeUser u, List<Long> latencies, Runnable act, String expected) {
        long t0 = System.nanoTime();
        act.run();
        tg.await("'" + expected + "' in chat " + u.id(), Duration.ofSeconds(20), () -> {
            List<Shown> bots = u.chat().botMessages();
            return !bots.isEmpty() && bots.getLast().text().contains(expected);
        });
        long took = System.nanoTime() - t0;
        latencies.add(took);
    }

    private static void think() {
        CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(THINK.toMillis(), TimeUnit.MILLISECONDS))
                .join();
    }
}
