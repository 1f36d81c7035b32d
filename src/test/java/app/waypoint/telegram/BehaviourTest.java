package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.telegram.fake.FakeGroup;
import app.waypoint.telegram.fake.FakeTelegram;
import app.waypoint.telegram.fake.FakeUser;
import app.waypoint.telegram.fake.Shown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the edge receives, maps and orders updates, end to end against the fake. */
@SuppressWarnings("try") // resources that only need closing: the bot and the fake
class BehaviourTest {
    private static final Duration LONG = Duration.ofSeconds(10);

    @Nested
    class Receiving {
        @Test
        void aRestartedBotContinuesWhereTheUserWasAndOldButtonsStillWork() throws Exception {
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN)) {
                FakeUser u = tg.user(1);
                Shown menu;
                try (Harness first = Harness.start(tg, new TestConversation())) {
                    u.sends("/start");
                    menu = u.awaitText("Where to?");
                    assertEquals(0, first.stop());
                }
                u.presses("Georgia"); // while no bot runs
                u.sends("still there?");
                TestConversation core = new TestConversation();
                try (Harness second = Harness.start(tg, core)) {
                    Shown edited = u.awaitText("You chose ge");
                    assertEquals(menu.id(), edited.id(), "the old message was edited in place");
                    u.awaitText("echo: still there?");
                    assertEquals(List.of("press c:ge@" + menu.id(), "still there?"), core.inputs(1));
                }
            }
        }

        @Test
        void anUpdateUnfinishedAtStopIsDeliveredAgainAfterTheRestart() throws Exception {
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN)) {
                FakeUser u = tg.user(1);
                GatedConversation stuck = new GatedConversation();
                try (Harness first = Harness.start(
                        tg,
                        stuck,
                        Harness.fast().withStopGrace(Duration.ofMillis(200)),
                        Timing.system(),
                        Optional.empty())) {
                    u.sends("/start");
                    tg.await("the core busy", LONG, () -> stuck.entered.get() == 1);
                    assertEquals(0, first.stop());
                }
                assertEquals(1, tg.unconfirmed(), "not confirmed");
                try (Harness second = Harness.start(tg, new TestConversation())) {
                    u.awaitText("Where to?");
                }
            }
        }

        @Test
        void updateIdsThatGoDownAreStillHandled() throws Exception {
            TestConversation core = new TestConversation();
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, core)) {
                FakeUser u = tg.user(1);
                u.sends("/start");
                u.awaitText("Where to?");
                tg.restartUpdateIdsAt(17); // far below the last id, as after Telegram's weekly reset
                u.sends("after the reset");
                u.awaitText("echo: after the reset");
                u.sends("and once more");
                u.awaitText("echo: and once more");
                assertEquals(List.of("/start", "after the reset", "and once more"), core.inputs(1));
            }
        }

        @Test
        void aSlowChatDelaysNoOtherAndNothingIsHandledTwice() throws Exception {
            GatedConversation core = new GatedConversation();
            core.gated.add(1L);
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, core)) {
                tg.user(1).sends("/start");
                tg.await("chat 1 busy", LONG, () -> core.entered.get() == 1);
                for (int i = 2; i <= 6; i++) tg.user(i).sends("/start");
                for (int i = 2; i <= 6; i++) tg.user(i).sends("hello " + i);
                for (int i = 2; i <= 6; i++) tg.user(i).awaitText("echo: hello " + i);
                assertTrue(tg.user(1).chat().botMessages().isEmpty());
                core.permits.release();
                tg.user(1).awaitText("Where to?");
                for (int i = 2; i <= 6; i++) assertEquals(List.of("/start", "hello " + i), core.inputs(i));
                assertEquals(List.of("/start"), core.inputs(1));
                tg.await("all confirmed", LONG, () -> tg.unconfirmed() == 0);
            }
        }

        @Test
        void noMoreUpdatesAreTakenThanMaxInFlight() throws Exception {
            GatedConversation core = new GatedConversation();
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(
                            tg, core, Harness.fast().withMaxInFlight(3), Timing.system(), Optional.empty())) {
                for (int i = 1; i <= 10; i++) tg.user(i).sends("/start");
                for (int n = 3; n <= 10; n++) {
                    int want = n;
                    tg.await(want + " entered", LONG, () -> core.entered.get() == want);
                    assertEquals(3, core.inside.get());
                    core.permits.release();
                }
                core.permits.release(3);
                for (int i = 1; i <= 10; i++) tg.user(i).awaitText("Where to?");
                assertEquals(3, core.mostInside.get());
            }
        }

        @Test
        void aChatStuckForGoodIsGivenUpSoTheBotNeverGoesDeaf() throws Exception {
            GatedConversation core = new GatedConversation();
            core.gated.add(1L); // chat 1's conversation never answers
            Tuning tuning = Harness.fast().withMaxInFlight(1).withSendRetryBudget(Duration.ofMillis(100));
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, core, tuning, Timing.system(), Optional.empty())) {
                tg.user(1).sends("/start");
                tg.await("chat 1 stuck", LONG, () -> core.entered.get() == 1);
                tg.user(2).sends("/start");
                tg.user(2).awaitText("Where to?");
                tg.await("both confirmed", LONG, () -> tg.unconfirmed() == 0);
                core.permits.release();
            }
        }

        @Test
        void aFailingUpdateGetsAnApologyAndStopsNothing() throws Exception {
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, new TestConversation())) {
                FakeUser u = tg.user(1).language("ru");
                u.sends("/boom");
                u.awaitText("Извините");
                u.sends("/bad"); // the core's HTML is refused by Telegram
                tg.await("two apologies", LONG, () -> u.chat().botMessages().size() == 2);
                u.sends("/start");
                u.awaitText("Where to?");
            }
        }
    }

    @Nested
    class Mapping {
        @Test
        void commandsTextAndEverythingElse() throws Exception {
            TestConversation core = new TestConversation();
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, core)) {
                FakeUser u = tg.user(1);
                u.sends("/START@" + FakeTelegram.BOT_USERNAME + "   ge  ");
                u.awaitText("Where to?");
                int said = u.sends("plain words");
                u.awaitText("echo: plain words");
                for (String kind : List.of("sticker", "photo", "voice", "document", "location", "poll")) {
                    u.sendsA(kind);
                    u.awaitText("I can't read a " + kind);
                }
                u.edits(said, "changed words");
                u.sends("/end");
                u.awaitText("command end []");
                assertEquals(
                        List.of(
                                "/start ge",
                                "plain words",
                                "unsupported sticker",
                                "unsupported photo",
                                "unsupported voice",
                                "unsupported document",
                                "unsupported location",
                                "unsupported poll",
                                "/end"),
                        core.inputs(1),
                        "the edit was ignored");
            }
        }

        @Test
        void groupsAreLeftInSilence() throws Exception {
            TestConversation core = new TestConversation();
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, core)) {
                FakeGroup added = tg.group(-100_200);
                added.addsBot();
                FakeGroup chatty = tg.group(-100_300);
                chatty.sends("/start");
                tg.await(
                        "left both groups",
                        LONG,
                        () -> added.chat().left() && chatty.chat().left());
                tg.user(1).sends("/start");
                tg.user(1).awaitText("Where to?");
                assertTrue(chatty.chat().botMessages().isEmpty());
                assertEquals(Map.of(1L, List.of("/start")), Map.copyOf(core.inputs));
            }
        }

        @Test
        void wipeDeletesWhatIsYoungerThan48HoursAndCountsTheRest() throws Exception {
            VirtualTime time = new VirtualTime(0);
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN, "", time);
                    Harness bot = Harness.start(tg, new TestConversation(), Harness.fast(), time, Optional.empty())) {
                FakeUser u = tg.user(1);
                u.sends("/start");
                u.awaitText("Where to?");
                tg.await("handled", LONG, () -> bot.bot.updatesHandled() == 1);
                time.advance(Duration.ofHours(47).plusMinutes(59));
                u.sends("recent");
                u.awaitText("echo: recent");
                u.sends("/forget");
                Shown after = u.awaitText("Wiped:");
                assertEquals("Wiped: 3 deleted, 2 too old", after.text());
                assertEquals(3, u.chat().visible().size(), "the two old ones stay, and the new note");
            }
        }
    }

    @Nested
    class Operating {
        @Test
        void startUpSetsTheCommandMenuAndKeepsPendingUpdates() throws Exception {
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN)) {
                tg.user(1).sends("/start"); // before the bot runs
                try (Harness bot = Harness.start(tg, new TestConversation())) {
                    tg.user(1).awaitText("Where to?");
                    List<String> names =
                            List.of("start", "help", "countries", "privacy", "forget", "language", "about");
                    assertEquals(Map.of("ru", names, "", names), tg.commands());
                }
            }
        }

        @Test
        void anApiAddressWithAPathPrefixWorks() throws Exception {
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN, "/telegram/api", Timing.system());
                    Harness bot = Harness.start(tg, new TestConversation())) {
                assertTrue(tg.url().getPath().equals("/telegram/api"));
                tg.user(1).sends("/start");
                tg.user(1).awaitText("Where to?");
            }
        }

        @Test
        void heartbeatIsTouchedAfterGoodPollsOnly(@TempDir Path dir) throws Exception {
            Path beat = dir.resolve("heartbeat");
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(
                            tg, new TestConversation(), Harness.fast(), Timing.system(), Optional.of(beat))) {
                tg.await("a heartbeat", LONG, () -> Files.exists(beat));
                long second = Long.parseLong(Files.readString(beat).strip());
                assertTrue(Math.abs(second - System.currentTimeMillis() / 1000) < 5);
                tg.faults().always("getUpdates", app.waypoint.telegram.fake.Fault.internalError());
                int before = tg.calls("getUpdates");
                tg.await("a failing poll", LONG, () -> tg.calls("getUpdates") > before);
                Files.delete(beat);
                int failing = tg.calls("getUpdates");
                tg.await("five more failing polls", LONG, () -> tg.calls("getUpdates") >= failing + 5);
                assertFalse(Files.exists(beat), "no heartbeat while polls fail");
                tg.faults().clear();
                tg.await("a heartbeat again", LONG, () -> Files.exists(beat));
            }
        }

        @Test
        void theProductionEntryPointRefusesToStartWithoutAToken() {
            app.waypoint.config.Config none = app.waypoint.config.Config.from(Map.of());
            assertEquals(TelegramBot.EXIT_BAD_TOKEN, TelegramBot.run(none, new TestConversation()));
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(
                    IllegalStateException.class, () -> TelegramBot.fromConfig(none, new TestConversation()));
            assertTrue(e.getMessage().contains("TELEGRAM_BOT_TOKEN"));
        }

        @Test
        void fromConfigRunsAgainstTheConfiguredAddress() throws Exception {
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN, "/api", Timing.system())) {
                TelegramBot bot = TelegramBot.fromConfig(
                        app.waypoint.config.Config.from(Map.of(
                                "TELEGRAM_BOT_TOKEN",
                                Harness.TOKEN,
                                "TELEGRAM_API_URL",
                                tg.url().toString())),
                        new TestConversation());
                Thread runner = Thread.ofVirtual().start(bot::run);
                tg.user(1).sends("/start");
                tg.user(1).awaitText("Where to?");
                bot.stop();
                runner.join();
            }
        }

        @Test
        void notifySendsThroughTheSameFlow() throws Exception {
            try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                    Harness bot = Harness.start(tg, new TestConversation())) {
                FakeUser admin = tg.user(77);
                bot.bot.notify(77, "<b>Reload rejected</b>: destinations.yml line 3");
                admin.awaitText("Reload rejected: destinations.yml line 3");
            }
        }
    }
}
