package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.conversation.Incoming;
import app.waypoint.conversation.Input;
import app.waypoint.conversation.Reply;
import app.waypoint.conversation.Screen;
import app.waypoint.telegram.fake.FakeTelegram;
import app.waypoint.telegram.fake.FakeUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a spike. 1,000 users press buttons about 100 times a second in all, far more than the 30 messages a
 * second Telegram lets a bot send (enforced by the fake). Every press must be answered at once (the spinner),
 * the screens that are sent must be each chat's newest, and no update may be fetched more than twice.
 */
@SuppressWarnings("try") // resources that only need closing: the bot and the fake
class SpikeTest {
    static final int USERS = 1_000;
    static final int PRESSES = 1_000;
    static final long EVERY_MICROS = 10_000; // 100 presses a second

    /** A press of "s:n" shows screen n on the pressed message, nothing else. */
    static final class Screens extends TestConversation {
        @Override
        public List<Reply> handle(Incoming in) {
            if (in.input() instanceof Input.Press p && p.data().startsWith("s:")) {
                return List.of(new Reply.Edit(
                        p.messageId(), Screen.text("screen " + p.data().substring(2))));
            }
            return super.handle(in);
        }
    }

    private record Press(int n, String queryId) {}

    @Test
    void aSpikeGetsEveryPressAnsweredAtOnceAndOnlyNewestScreens() throws Exception {
        try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                Harness bot =
                        Harness.start(tg, new Screens(), FloodTest.production(), Timing.system(), Optional.empty())) {
            tg.enforceRateLimits(1, 3, 30);
            Map<Long, List<Press>> presses = new HashMap<>(); // guarded by tg
            Map<Long, List<long[]>> screens = new HashMap<>(); // chat → {n, when sent}; guarded by tg
            tg.onBotMessage((chat, shown) -> {
                if (shown.text().startsWith("screen ")) {
                    screens.computeIfAbsent(chat, c -> new ArrayList<>())
                            .add(new long[] {Long.parseLong(shown.text().substring(7)), System.nanoTime()});
                }
            });
            List<FakeUser> users = new ArrayList<>();
            Map<Long, Integer> menus = new HashMap<>();
            for (int i = 0; i < USERS; i++) {
                FakeUser u = tg.user(10_000 + i);
                users.add(u);
                menus.put(u.id(), u.hasBotMenu("menu", "s:0"));
            }
            Random random = new Random(15);
            CountDownLatch offered = new CountDownLatch(PRESSES);
            ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
            int[] next = {1};
            clock.scheduleAtFixedRate(
                    () -> {
                        if (offered.getCount() == 0) return;
                        FakeUser u = users.get(random.nextInt(USERS));
                        synchronized (tg) {
                            int n = next[0]++;
                            String q = u.pressesOn(menus.get(u.id()), "s:" + n);
                            presses.computeIfAbsent(u.id(), c -> new ArrayList<>())
                                    .add(new Press(n, q));
                        }
                        offered.countDown();
                    },
                    0,
                    EVERY_MICROS,
                    TimeUnit.MICROSECONDS);
            assertTrue(offered.await(30, TimeUnit.SECONDS));
            clock.shutdownNow();
            tg.await(
                    "every press answered",
                    Duration.ofSeconds(10),
                    () -> tg.callbackLatencies().size() == PRESSES);

            List<Duration> spinner = tg.callbackLatencies();
            Duration p50 = spinner.get(spinner.size() / 2);
            Duration p99 = spinner.get((int) Math.ceil(spinner.size() * 0.99) - 1);
            List<String> stale = new ArrayList<>();
            int sent;
            int oneMoment = 0;
            synchronized (tg) {
                sent = screens.values().stream().mapToInt(List::size).sum();
                for (var e : screens.entrySet())
                    stale.addAll(staleScreens(tg, e.getKey(), e.getValue(), presses.get(e.getKey())));
                for (FakeUser u : users)
                    oneMoment += (int) u.chat().notices().stream()
                            .filter(n -> n.startsWith("One moment"))
                            .count();
            }
            System.out.printf(
                    "spike: %d presses by %d users at 100/s; spinner p50 %d ms, p99 %d ms, max %d ms; %d screens "
                            + "sent meanwhile, %d \"one moment\"; %d deliveries, at most %d of one update; %d 429s%n",
                    PRESSES,
                    USERS,
                    p50.toMillis(),
                    p99.toMillis(),
                    spinner.getLast().toMillis(),
                    sent,
                    oneMoment,
                    tg.deliveries(),
                    tg.maxDeliveries(),
                    tg.tooManyRequests());
            assertTrue(p99.compareTo(Duration.ofSeconds(1)) < 0, "callback answers p99 under 1 s: " + p99);
            assertEquals(List.of(), stale, "screens sent after a newer press of the chat was handled");
            assertTrue(tg.maxDeliveries() <= 2, "no update fetched more than twice: " + tg.maxDeliveries());
            assertTrue(oneMoment > 0, "late screens are announced on the button");
            bot.stop();
        }
    }

    /**
     * Screens of one chat that were not its newest: shown in the wrong order, or sent although a newer press
     * had been answered (so handled, its screen merged) more than 50 ms before.
     */
    private static List<String> staleScreens(FakeTelegram tg, long chat, List<long[]> sent, List<Press> pressed) {
        List<String> stale = new ArrayList<>();
        long last = -1;
        for (long[] s : sent) {
            if (s[0] < last) stale.add("chat " + chat + ": screen " + s[0] + " after " + last);
            last = s[0];
            for (Press p : pressed) {
                long answered = tg.answeredAt(p.queryId()).orElse(Long.MAX_VALUE);
                if (p.n() > s[0] && answered < s[1] - 50_000_000L) {
                    stale.add("chat " + chat + ": screen " + s[0] + " sent after press " + p.n() + " was handled");
                }
            }
        }
        return stale;
    }
}
