package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.telegram.fake.FakeTelegram;
import app.waypoint.telegram.fake.FakeUser;
import app.waypoint.telegram.fake.Shown;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The real bot against the fake Bot API over HTTP, with the test conversation. */
@SuppressWarnings("try") // resources that only need closing: the bot and the fake
class EndToEndTest {

    @Test
    void aUserStartsPressesAndGoesBack() throws Exception {
        TestConversation core = new TestConversation();
        try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                Harness bot = Harness.start(tg, core)) {
            FakeUser anna = tg.user(1001).language("ru");
            anna.sends("/start");
            Shown menu = anna.awaitText("Where to?");
            assertEquals(List.of("Georgia", "Armenia", "Guide"), menu.labels());
            String query = anna.presses("Georgia");
            anna.awaitText("You chose ge");
            tg.await("callback answered", FakeUser.TIMEOUT, () -> anna.answered(query));
            assertEquals(List.of("Saved"), anna.chat().notices());
            assertEquals(1, anna.chat().botMessages().size(), "the menu is edited in place");
            anna.presses("Back");
            anna.awaitText("Where to?");
            assertEquals(List.of("/start", "press c:ge@" + menu.id(), "press back@" + menu.id()), core.inputs(1001));
            System.out.println("one user, press to answer: " + tg.callbackLatencies());
            assertEquals("ru", core.languages.get(1001L));
            assertEquals(0, bot.stop());
            assertTrue(tg.rejections().isEmpty(), tg.rejections().toString());
            assertEquals(0, tg.unconfirmed());
        }
    }

    /**
     * 50 users at once, each through menu, two presses, an echo and a wipe, with Telegram's rate limits
     * scaled up 20 times on both sides: the fake enforces them and the bot must never be told to wait.
     */
    @Test
    void fiftyUsersAtOnceWithinTheRateLimits() throws Exception {
        TestConversation core = new TestConversation();
        Tuning tuning = Harness.fast().withRates(20, 3, 600);
        int users = 50;
        try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                Harness bot = Harness.start(tg, core, tuning, Timing.system(), Optional.empty());
                ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            tg.enforceRateLimits(20, 4, 600); // one token of slack: network jitter can bunch two requests up
            long started = System.nanoTime();
            List<Future<?>> scripts = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                FakeUser u = tg.user(5000 + i);
                scripts.add(pool.submit(() -> script(u)));
            }
            for (Future<?> f : scripts) f.get();
            long millis = (System.nanoTime() - started) / 1_000_000;
            List<Duration> spinners = tg.callbackLatencies();
            System.out.println("50 users, 7 updates each: " + millis + " ms; press to answer: median "
                    + spinners.get(spinners.size() / 2).toMillis() + " ms, max "
                    + spinners.getLast().toMillis() + " ms");
            assertEquals(users * 2, spinners.size(), "every press answered");
            assertEquals(0, bot.stop());
            assertEquals(0, tg.tooManyRequests(), "the bot kept within the rate limits");
            assertTrue(tg.rejections().isEmpty(), tg.rejections().toString());
            assertEquals(0, tg.unconfirmed());
            assertEquals(users * 7L, bot.bot.updatesHandled());
            for (int i = 0; i < users; i++) {
                List<String> seen = core.inputs(5000 + i);
                assertEquals(7, seen.size(), seen.toString());
                assertEquals("/start", seen.get(0));
                assertTrue(seen.get(1).startsWith("press c:am@"), seen.toString());
                assertEquals("/forget", seen.get(6));
            }
        }
    }

    private static void script(FakeUser u) {
        u.sends("/start");
        u.awaitText("Where to?");
        u.presses("Armenia");
        u.awaitText("You chose am");
        u.presses("Back");
        u.awaitBotMessage("the menu again", s -> s.text().contains("Where to?") && s.edits() == 2);
        u.sends("hello <there> & " + u.id());
        u.awaitText("echo: hello <there> & " + u.id());
        u.sendsA("sticker");
        u.awaitText("I can't read a sticker");
        u.sends("/help@" + FakeTelegram.BOT_USERNAME + " me");
        u.awaitText("command help [me]");
        u.sends("/forget"); // 5 messages from the user and 4 from the bot are there to delete
        u.awaitText("Wiped: ");
        Shown last = u.chat().lastBotMessage();
        assertEquals(1, u.chat().visible().size(), u.chat().toString());
        assertEquals("Wiped: 9 deleted, 0 too old", last.text());
    }

    @Test
    void stopsWithinTenSecondsAfterFinishingAndConfirmingInFlightUpdates() throws Exception {
        SlowConversation core = new SlowConversation();
        try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                Harness bot = Harness.start(tg, core)) {
            FakeUser u = tg.user(42);
            u.sends("/start");
            core.entered.await();
            long t0 = System.nanoTime();
            Thread releaser = Thread.ofVirtual().start(() -> {
                tg.await("the bot stopping", Duration.ofSeconds(5), bot.bot::stopping);
                core.release.countDown();
            });
            int code = bot.stop();
            long millis = (System.nanoTime() - t0) / 1_000_000;
            releaser.join();
            System.out.println("stop() with one update in flight took " + millis + " ms");
            assertEquals(0, code);
            assertTrue(millis < 10_000, millis + " ms");
            assertEquals(1, u.chat().botMessages().size(), "the in-flight update was finished");
            assertEquals(0, tg.unconfirmed(), "and confirmed");
        }
    }
}
