package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What /privacy says matches what the bot really keeps, and /forget is one press away from /help and /privacy. */
class PrivacyScreensTest {

    /** Both screens offer "Delete this chat", which asks first and only then wipes, in both languages. */
    @ParameterizedTest
    @CsvSource({"ru,help", "en,help", "ru,privacy", "en,privacy"})
    void theForgetButtonIsUnderHelpAndPrivacyAndAsksFirst(String language, String command) {
        Chat chat = new Chat(Bots.bot(), 11, language).command(command);
        int screen = chat.currentId();
        chat.pressKey("btn.forget");
        assertEquals(screen, chat.currentId(), "the confirmation replaces the screen in place");
        chat.assertShows(chat.msg().t("forget.text"));
        assertTrue(chat.hasButton(chat.msg().plain("btn.cancel")), chat.labels().toString());
        chat.pressKey("btn.forgetYes");
        chat.expectOnly(Reply.Wipe.class);
    }

    /** The report after a wipe comes in the language the user was reading, though the wipe forgets the choice. */
    @Test
    void theWipeIsReportedInTheLanguageTheUserChose() {
        Chat chat = new Chat(Bots.bot(), 13, "en").command("language").command("forget");
        chat.press(Messages.bundled().in(Lang.RU).plain("btn.forgetYes"));
        assertEquals(List.of(new Reply.Wipe("ru")), chat.replies());
    }

    /** The retention periods in the text are the real ones: sessions 24 hours idle, message ids 48 hours. */
    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void privacyTellsWhatIsKeptForHowLongAndHowToCrossABorder(String language) {
        Chat chat = new Chat(Bots.bot(), 12, language).command("privacy");
        boolean ru = language.equals("ru");
        String text = chat.html();
        assertEquals(24, Sessions.IDLE.toHours());
        for (String expected : ru
                ? new String[] {
                    "Только в памяти",
                    "никогда не записывается на диск",
                    "пропадает при перезапуске",
                    "24 часа после вашего последнего действия",
                    "48 часов — номера сообщений",
                    "не их текст",
                    "Никогда не хранится",
                    "В логах бота нет",
                    "На границе проверяют телефоны",
                    "Удалите этот чат задолго до поездки",
                    "Только что очищенный телефон"
                }
                : new String[] {
                    "Kept in memory only",
                    "never written to disk",
                    "lost when the bot restarts",
                    "For 24 hours after your last action",
                    "For 48 hours: the numbers of the messages",
                    "not their text",
                    "Never kept",
                    "The bot's logs hold none",
                    "Phones are inspected at borders",
                    "Delete this chat well before you travel",
                    "freshly wiped phone can draw questions"
                }) {
            assertTrue(text.contains(expected), () -> "«" + expected + "» missing in:\n" + text);
        }
        assertTrue(chat.hasButton(chat.msg().plain("btn.forget")));
    }
}
