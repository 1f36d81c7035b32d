package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.cli.AppWiring;
import app.waypoint.config.Config;
import app.waypoint.conversation.Conversation;
import app.waypoint.knowledge.load.LiveKnowledge;
import app.waypoint.telegram.fake.FakeTelegram;
import app.waypoint.telegram.fake.FakeUser;
import app.waypoint.telegram.fake.Shown;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * /forget end to end: the real conversation on the shipped destinations.yml, wired by App (Waypoint behind
 * AdminCommands), behind the real edge, against the fake Bot API over HTTP. One virtual clock drives the bot
 * (message ages, session expiry) and the fake (which refuses to delete messages 48 hours old, as Telegram
 * does), so two days pass in no time.
 */
@SuppressWarnings("try") // resources that only need closing: the bot, the fake and the knowledge base
class ForgetEndToEndTest {
    static final long ADMIN = 6_100_000_001L;

    /** The conversation exactly as App wires it for the bot, with {@code time} for its sessions. */
    static Conversation shipped(LiveKnowledge kb, Timing time) {
        Config config = Config.from(Map.of("WAYPOINT_ADMINS", Long.toString(ADMIN)));
        return AppWiring.conversation(config, kb, Clock.systemUTC(), time::nanoTime);
    }

    static LiveKnowledge knowledge() {
        return LiveKnowledge.open(Path.of("destinations.yml"), AppWiring.loader(Clock.systemUTC()), result -> {});
    }

    @Test
    void forgetDeletesBothSidesOfTheLast48HoursReportsTheOlderOnesForgetsTheSessionAndTheBotGoesOn() {
        VirtualTime time = new VirtualTime(0);
        try (LiveKnowledge kb = knowledge();
                FakeTelegram tg = FakeTelegram.start(Harness.TOKEN, "", time);
                Harness bot = Harness.start(tg, shipped(kb, time), Harness.fast(), time, Optional.empty())) {
            FakeUser u = tg.user(5_551_234_567L).language("en");

            // 49 hours ago: the menu, a question, a search.
            u.sends("/start");
            u.awaitHandled();
            u.presses("▶ Find a country"); // edits the menu in place: no new message
            u.awaitHandled();
            u.sends("Georgia");
            u.awaitHandled();
            List<Integer> old = ids(u.chat().visible());
            assertEquals(4, old.size(), "two messages of the user, two of the bot: " + u.chat());
            time.advance(Duration.ofHours(30));

            // 19 hours ago: another search (the chat stays in the log: it expires 48 hours after its newest message).
            u.sends("Armenia");
            u.awaitHandled();
            time.advance(Duration.ofHours(19));

            // Now: Russian chosen with /language (kept in the session), then /forget, confirmed.
            u.sends("/language");
            u.awaitHandled();
            u.sends("/help");
            u.awaitHandled();
            assertTrue(u.chat().lastBotMessage().text().contains("Как пользоваться"), "the session holds Russian");
            u.sends("/forget");
            u.awaitHandled();
            Shown confirm = u.chat().lastBotMessage();
            assertTrue(confirm.text().contains("Удалить переписку?"), confirm.text());
            List<Integer> young = new ArrayList<>(ids(u.chat().visible()));
            young.removeAll(old);
            assertEquals(8, young.size(), "four messages of the user, four of the bot: " + u.chat());
            u.presses("🧹 Да, удалить");
            u.awaitHandled();

            Shown report = u.chat().lastBotMessage();
            List<Integer> left = ids(u.chat().visible());
            List<Integer> expected = new ArrayList<>(old);
            expected.add(report.id());
            assertEquals(expected, left, "everything younger than 48 hours is gone, the user's and the bot's");
            assertEquals(8, u.chat().deleted());
            assertTrue(report.text().contains("Удалено: 8 сообщений."), report.text());
            assertTrue(report.text().contains("Не удалено: 4 сообщения старше 48 часов"), report.text());
            assertTrue(report.text().contains("сам чат удалите в Telegram"), report.text());

            // The session is gone: /start answers in the client's language again, and the bot goes on.
            u.sends("/start");
            u.awaitHandled();
            Shown home = u.chat().lastBotMessage();
            assertTrue(home.text().contains("helps you choose where to go"), home.text());
            assertFalse(home.text().contains("поможет"), home.text());
            assertEquals(List.of(), tg.rejections(), "Telegram refused nothing");
        }
    }

    /** Telegram takes at most 100 ids per deleteMessages: a long chat is deleted in batches. */
    @Test
    void moreThanAHundredMessagesAreDeletedInBatchesOfAHundred() {
        VirtualTime time = new VirtualTime(0);
        try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN, "", time);
                Harness bot = Harness.start(tg, new TestConversation(), Harness.fast(), time, Optional.empty())) {
            FakeUser u = tg.user(5_553_456_789L);
            for (int i = 0; i < 55; i++) { // one by one: all at once, admission would keep only the newest
                u.sends("note " + i);
                String echo = "echo: note " + i;
                u.awaitBotMessage(echo, s -> s.text().equals(echo));
            }
            u.awaitHandled();
            assertEquals(110, u.chat().visible().size());
            u.sends("/forget");
            Shown after = u.awaitText("Wiped:");
            assertEquals("Wiped: 111 deleted, 0 too old", after.text());
            assertEquals(2, tg.calls("deleteMessages"), "100, then 11");
            assertEquals(List.of(after.id()), ids(u.chat().visible()));
            assertEquals(List.of(), tg.rejections());
        }
    }

    private static List<Integer> ids(List<Shown> messages) {
        return messages.stream().map(Shown::id).toList();
    }
}
