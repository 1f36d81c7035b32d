package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.waypoint.knowledge.Lang;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sessions keep only the language choice and the menu id, for a day of inactivity; time is a fake ticker. */
class SessionsTest {
    final ManualTicker ticker = new ManualTicker();
    final Waypoint bot = new Waypoint(Fixtures::kb, ticker, Bots.CLOCK);

    @Test
    void theLanguageChoiceExpiresAfterADayWithoutUse() {
        Chat chat = new Chat(bot, 1, "ru").command("language");
        ticker.advance(Duration.ofHours(23));
        chat.command("help").assertShows("How to use");
        ticker.advance(Duration.ofHours(23));
        chat.command("help").assertShows("How to use");
        ticker.advance(Duration.ofHours(25));
        chat.command("help").assertShows("Как пользоваться");
    }

    @Test
    void onlyALanguageUnlikeTheClientsIsKept() {
        Chat chat = new Chat(bot, 1, "ru").command("start").pressKey("btn.find");
        chat.command("help").assertShows("Как пользоваться");
        new Chat(bot, 1, "en").command("help").assertShows("How to use");
        Chat switched = new Chat(bot, 2, "ru").command("start").press("English").press("Find a country");
        switched.command("help").assertShows("How to use");
    }

    @Test
    void forgetDropsTheSession() {
        Chat chat = new Chat(bot, 1, "ru").command("language");
        bot.forget(1);
        chat.command("help").assertShows("Как пользоваться");
    }

    @Test
    void sessionsArePerChatAndBounded() {
        Sessions sessions = new Sessions(ticker);
        sessions.update(1, s -> new Sessions.Session(Optional.of(Lang.EN), 5));
        sessions.update(2, s -> new Sessions.Session(s.lang(), 9));
        assertEquals(new Sessions.Session(Optional.of(Lang.EN), 5), sessions.get(1));
        assertEquals(new Sessions.Session(Optional.empty(), 9), sessions.get(2));
        assertEquals(Sessions.Session.EMPTY, sessions.get(3));
        assertEquals(2, sessions.size());
        ticker.advance(Sessions.IDLE.plusSeconds(1));
        assertEquals(0, sessions.size());
        assertEquals(200_000, Sessions.MAX_SIZE);
    }
}
