package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.config.BotToken;
import app.waypoint.telegram.fake.FakeTelegram;
import app.waypoint.telegram.fake.FakeUser;
import app.waypoint.telegram.fake.Fault;
import app.waypoint.telegram.fake.Shown;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fault of the Bot API that the edge must survive, one group per row of the fault table. */
@SuppressWarnings("try") // resources that only need closing: the bot and the fake
class FaultsTest {
    private static final Duration LONG = Duration.ofSeconds(10);

    /** Virtual time whose waits take a thousandth in real time; production back-off (0.5 s to 30 s). */
    static Tuning productionBackoff() {
        return Harness.fast().withBackoff(Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    @Nested
    class TooManyRequests {
        @Test
        void getUpdatesWaitsRetryAfterThenPollsOn() throws Exception {
            VirtualTime time = new VirtualTime(0.0001);
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, new TestConversation(), Harness.fast(), time, Optional.empty())) {
                tg.faults().next("getUpdates", Fault.tooManyRequests(7));
                FakeUser u = tg.user(1);
                u.sends("/start");
                u.awaitText("Where to?");
                assertTrue(
                        time.sleeps().contains(Duration.ofSeconds(7)),
                        time.sleeps().toString());
            }
        }

        @Test
        void sendMessageWaitsRetryAfterThenDeliversTheMessage() throws Exception {
            VirtualTime time = new VirtualTime(0.0001);
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, new TestConversation(), Harness.fast(), time, Optional.empty())) {
                tg.faults().next("sendMessage", Fault.tooManyRequests(3), 2);
                FakeUser u = tg.user(1);
                u.sends("/start");
                u.awaitText("Where to?");
                assertEquals(3, tg.calls("sendMessage"));
                assertEquals(
                        2,
                        time.sleeps().stream()
                                .filter(d -> d.equals(Duration.ofSeconds(3)))
                                .count());
                assertEquals(1, u.chat().botMessages().size(), "delivered once, not lost, not doubled");
            }
        }

        @Test
        void editAndCallbackAnswerAreRetriedToo() throws Exception {
            VirtualTime time = new VirtualTime(0.0001);
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, new TestConversation(), Harness.fast(), time, Optional.empty())) {
                FakeUser u = tg.user(1);
                u.sends("/start");
                u.awaitText("Where to?");
                tg.faults()
                        .next("answerCallbackQuery", Fault.tooManyRequests(1))
                        .next("editMessageText", Fault.tooManyRequests(2));
                String q = u.presses("Georgia");
                u.awaitText("You chose ge");
                tg.await("answer", LONG, () -> u.answered(q));
                assertEquals(2, tg.calls("answerCallbackQuery"));
                assertEquals(2, tg.calls("editMessageText"));
            }
        }

        @Test
        void manyChatsTold429AllGetTheirMessagesWithoutLoss() throws Exception {
            VirtualTime time = new VirtualTime(0.0001);
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, new TestConversation(), Harness.fast(), time, Optional.empty())) {
                tg.faults().next("sendMessage", Fault.tooManyRequests(5), 6);
                for (int i = 0; i < 12; i++) tg.user(100 + i).sends("/start");
                for (int i = 0; i < 12; i++) tg.user(100 + i).awaitText("Where to?");
                assertEquals(18, tg.calls("sendMessage"), "each 429 retried once, nothing else repeated");
                for (int i = 0; i < 12; i++)
                    assertEquals(1, tg.user(100 + i).chat().botMessages().size());
            }
        }
    }

    @Nested
    class Unavailable {
        static Stream<Fault> faults() {
            return Stream.of(
                    Fault.internalError(),
                    Fault.badGatewayPage(),
                    Fault.dropMidResponse(),
                    Fault.hang(Duration.ofSeconds(3)));
        }

        @ParameterizedTest
        @MethodSource("faults")
        void getUpdatesBacksOffAndRecovers(Fault fault) throws Exception {
            VirtualTime time = new VirtualTime(0.001);
            Tuning tuning = productionBackoff().withRequestTimeout(Duration.ofMillis(300));
            int times = fault instanceof Fault.Hang ? 1 : 3; // each hang outlasts the 1.3 s poll timeout
            TestConversation core = new TestConversation();
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN)) {
                tg.faults().next("getUpdates", fault, times);
                FakeUser u = tg.user(1);
                u.sends("/start");
                try (Harness bot = Harness.start(tg, core, tuning, time, Optional.empty())) {
                    u.awaitText("Where to?");
                    assertEquals(0, tg.faults().pending("getUpdates"));
                    List<Duration> waits = time.sleeps();
                    assertEquals(times, waits.size(), waits.toString());
                    assertBackoff(waits);
                    assertEquals(List.of("/start"), core.inputs(1), "handled once");
                }
            }
        }

        @ParameterizedTest
        @MethodSource("faults")
        void sendMessageIsRetriedUntilItGoesThrough(Fault fault) throws Exception {
            VirtualTime time = new VirtualTime(0.001);
            Tuning tuning = productionBackoff().withRequestTimeout(Duration.ofMillis(300));
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, new TestConversation(), tuning, time, Optional.empty())) {
                tg.faults().next("sendMessage", fault, 2);
                FakeUser u = tg.user(1);
                u.sends("/start");
                u.awaitText("Where to?");
                int expected = fault instanceof Fault.DropMidResponse ? 3 : 1; // a dropped answer was still sent
                tg.await(expected + " menus", LONG, () -> u.chat().botMessages().size() == expected);
                tg.await("the update handled", LONG, () -> bot.bot.updatesHandled() == 1);
                assertEquals(3, tg.calls("sendMessage"));
                assertEquals(2, time.sleeps().size(), "two back-off waits");
            }
        }

        @Test
        void connectionRefusedWhileRunningThenBackWithinTheCap() throws Exception {
            VirtualTime time = new VirtualTime(0.001);
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot =
                            Harness.start(tg, new TestConversation(), productionBackoff(), time, Optional.empty())) {
                FakeUser u = tg.user(1);
                u.sends("/start");
                u.awaitText("Where to?");
                tg.await("the reply confirmed to the bot", LONG, () -> bot.bot.updatesHandled() == 1);
                tg.stopServer();
                u.sends("while down");
                tg.await("ten failed polls", LONG, () -> time.sleeps().size() >= 10);
                tg.startServer();
                long t0 = System.nanoTime();
                u.awaitText("echo: while down");
                long millis = (System.nanoTime() - t0) / 1_000_000;
                System.out.println(
                        "back in service " + millis + " ms after the API returned (30 s cap scaled to 30 ms)");
                assertBackoff(time.sleeps());
                assertTrue(
                        time.sleeps().stream().anyMatch(d -> d.compareTo(Duration.ofSeconds(15)) >= 0),
                        "the back-off grew to the cap: " + time.sleeps());
            }
        }

        @Test
        void unreachableAtStartUpIsRetriedAndNeverExits() throws Exception {
            VirtualTime time = new VirtualTime(0.001);
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN)) {
                tg.stopServer();
                tg.user(1).sends("/start");
                try (Harness bot =
                        Harness.start(tg, new TestConversation(), productionBackoff(), time, Optional.empty())) {
                    tg.await("twelve failed attempts", LONG, () -> time.sleeps().size() >= 12);
                    assertFalse(bot.exit.isDone(), "still trying");
                    tg.startServer();
                    tg.user(1).awaitText("Where to?");
                    assertBackoff(time.sleeps());
                    assertEquals(0, bot.stop());
                }
            }
        }

        private static void assertBackoff(List<Duration> waits) {
            for (int i = 0; i < waits.size(); i++) {
                Duration ceiling = Duration.ofMillis(Math.min(30_000, 500L << Math.min(i, 20)));
                assertTrue(waits.get(i).compareTo(ceiling) <= 0, "wait " + i + " " + waits.get(i) + " > " + ceiling);
                assertTrue(
                        waits.get(i).compareTo(ceiling.dividedBy(2)) >= 0,
                        "wait " + i + " below half its ceiling " + waits);
            }
        }
    }

    @Nested
    class Fatal {
        @Test
        void unauthorizedAtStartUpExitsWithTheTokenCode() throws Exception {
            try (FakeTelegram tg = FakeTelegram.start("999:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
                TelegramBot bot = new TelegramBot(
                        tg.url(),
                        BotToken.of(Harness.TOKEN),
                        new TestConversation(),
                        Harness.fast(),
                        Timing.system(),
                        Optional.empty());
                assertEquals(TelegramBot.EXIT_BAD_TOKEN, bot.run());
            }
        }

        @Test
        void unauthorizedWhilePollingExitsWithTheTokenCode() throws Exception {
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, new TestConversation())) {
                tg.faults().always("getUpdates", Fault.unauthorized());
                assertEquals(TelegramBot.EXIT_BAD_TOKEN, bot.exitCode(LONG));
            }
        }

        @Test
        void webhookConflictDeletesTheWebhookAndPollsOn() throws Exception {
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN)) {
                tg.setWebhook("https://old.example.org/hook");
                try (Harness bot = Harness.start(tg, new TestConversation())) {
                    FakeUser u = tg.user(1);
                    u.sends("/start");
                    u.awaitText("Where to?");
                    tg.setWebhook("https://other.example.org/hook");
                    u.sends("after");
                    u.awaitText("echo: after");
                    assertEquals(null, tg.webhook());
                    assertEquals(2, tg.calls("deleteWebhook"), "once at start-up, once on the 409");
                }
            }
        }

        @Test
        void anotherInstanceConflictsAreToleratedAFewTimes() throws Exception {
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(
                            tg,
                            new TestConversation(),
                            Harness.fast().withConflictRetries(3),
                            Timing.system(),
                            Optional.empty())) {
                tg.faults().next("getUpdates", Fault.conflictOtherInstance(), 3);
                FakeUser u = tg.user(1);
                u.sends("/start");
                u.awaitText("Where to?");
                assertFalse(bot.exit.isDone());
            }
        }

        @Test
        void ofTwoInstancesOneGivesUpAndTheOtherServes() throws Exception {
            Tuning tuning = Harness.fast().withConflictRetries(3);
            TestConversation core = new TestConversation();
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness a = Harness.start(tg, core, tuning, Timing.system(), Optional.empty());
                    Harness b = Harness.start(tg, core, tuning, Timing.system(), Optional.empty())) {
                tg.await("one instance gone", LONG, () -> a.exit.isDone() || b.exit.isDone());
                Harness gone = a.exit.isDone() ? a : b;
                Harness left = gone == a ? b : a;
                assertEquals(TelegramBot.EXIT_CONFLICT, gone.exitCode(LONG));
                tg.user(1).sends("/start");
                tg.user(1).awaitText("Where to?");
                assertFalse(left.exit.isDone());
                assertEquals(List.of("/start"), core.inputs(1));
            }
        }

        @Test
        void anotherInstanceThatStaysEndsTheRunWithTheConflictCode() throws Exception {
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(
                            tg,
                            new TestConversation(),
                            Harness.fast().withConflictRetries(3),
                            Timing.system(),
                            Optional.empty())) {
                tg.await("polling", LONG, () -> tg.calls("getUpdates") > 0);
                tg.faults().always("getUpdates", Fault.conflictOtherInstance());
                assertEquals(TelegramBot.EXIT_CONFLICT, bot.exitCode(LONG));
            }
        }
    }

    @Nested
    class Refusals {
        @Test
        void blockedByTheUserStopsSendingAndForgetsTheChat() throws Exception {
            TestConversation core = new TestConversation();
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, core)) {
                FakeUser u = tg.user(7);
                u.sends("/start");
                u.awaitText("Where to?");
                u.sends("/many"); // five messages queued for the chat
                u.blocksBot(false);
                tg.await("the chat forgotten", LONG, () -> core.forgotten.contains(7L));
                tg.await("the update handled", LONG, () -> bot.bot.updatesHandled() == 2);
                assertEquals(2, tg.calls("sendMessage"), "the first refused send dropped the other four");
                tg.user(8).sends("/start");
                tg.user(8).awaitText("Where to?");
            }
        }

        @Test
        void blockedNoticeFromTelegramForgetsTheChat() throws Exception {
            TestConversation core = new TestConversation();
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, core)) {
                FakeUser u = tg.user(7);
                u.sends("/start");
                u.awaitText("Where to?");
                u.blocksBot(true);
                tg.await("the chat forgotten", LONG, () -> core.forgotten.contains(7L));
            }
        }

        @Test
        void anUnchangedEditCountsAsDone() throws Exception {
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, new TestConversation())) {
                FakeUser u = tg.user(1);
                u.sends("/start");
                Shown menu = u.awaitText("Where to?");
                u.pressesOn(menu.id(), "back"); // the menu again: identical
                u.sends("next");
                u.awaitText("echo: next");
                assertEquals(1, tg.rejections().size());
                assertTrue(tg.rejections().get(0).contains("message is not modified"));
                assertEquals(2, u.chat().botMessages().size(), "no apology, no second menu");
            }
        }

        @Test
        void aMessageThatCannotBeEditedIsSentAnew() throws Exception {
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, new TestConversation())) {
                FakeUser u = tg.user(1);
                u.sends("/start");
                Shown menu = u.awaitText("Where to?");
                tg.faults().next("editMessageText", new Fault.Error(400, "Bad Request: message can't be edited", 0));
                u.presses("Georgia");
                Shown fresh = u.awaitText("You chose ge");
                assertTrue(fresh.id() > menu.id());
                u.pressesOn(999, "c:am"); // a message that is not there
                u.awaitText("You chose am");
            }
        }

        @Test
        void aTooOldCallbackQueryIsIgnored() throws Exception {
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, new TestConversation())) {
                FakeUser u = tg.user(1);
                u.sends("/start");
                u.awaitText("Where to?");
                tg.callbackTimeout(Duration.ofNanos(-1));
                String q = u.presses("Georgia");
                u.awaitText("You chose ge");
                assertFalse(u.answered(q));
                assertEquals(1, u.chat().botMessages().size(), "no apology");
            }
        }
    }
}
