package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.load.LiveKnowledge;
import app.waypoint.telegram.fake.FakeTelegram;
import app.waypoint.telegram.fake.FakeUser;
import app.waypoint.telegram.fake.Shown;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A Russian deserter through the Telegram edge: App's wiring on the shipped destinations.yml, against the fake
 * Bot API. What the user's phone shows after the last question is the warning, with the help organisations as
 * link buttons Telegram accepted, and no country until the user asks for the list.
 */
@SuppressWarnings("try") // resources that only need closing: the bot, the fake and the knowledge base
class SafetyEndToEndTest {

    @Test
    void aDeserterReadsTheWarningAndWhereToGetHelpBeforeAnyCountry() {
        Timing time = Timing.system();
        try (LiveKnowledge kb = ForgetEndToEndTest.knowledge();
                FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                Harness bot = Harness.start(
                        tg, ForgetEndToEndTest.shipped(kb, time), Harness.fast(), time, Optional.empty())) {
            FakeUser u = tg.user(5_552_345_678L).language("ru");
            u.sends("/start");
            u.awaitHandled();
            for (String button : List.of(
                    "▶ Подобрать страну",
                    "🇷🇺 Россия",
                    "Действующий загранпаспорт",
                    "Военнослужащий или дезертир",
                    "Готово ▶",
                    "Пропустить ▶")) {
                u.presses(button);
                u.awaitHandled();
            }

            StringBuilder warnings = new StringBuilder();
            Shown page = u.chat().lastBotMessage();
            boolean first = true;
            while (true) {
                if (first) assertTrue(page.text().contains("Прочтите это до списка"), page.text());
                first = false;
                List<String> urls = page.keyboard().stream()
                        .flatMap(List::stream)
                        .map(Shown.Button::url)
                        .filter(Objects::nonNull)
                        .toList();
                assertEquals(
                        List.of("https://iditelesom.org", "https://en.connection-ev.org"), urls, "help on every page");
                assertTrue(
                        page.labels().contains("🆘 «Идите лесом» · сайт"),
                        page.labels().toString());
                warnings.append(page.text()).append('\n');
                if (page.button("Дальше ▶") == null) break;
                u.presses("Дальше ▶");
                u.awaitHandled();
                page = u.chat().lastBotMessage();
            }
            String all = warnings.toString();
            for (String expected : List.of(
                    "Военнослужащим и дезертирам",
                    "🇦🇲 Армения",
                    "🇰🇿 Казахстан",
                    "🇰🇬 Киргизия",
                    "🇹🇯 Таджикистан",
                    "межгосударственный розыск СНГ",
                    "Семёна Бажукова",
                    "Где получить помощь",
                    "«Идите лесом»",
                    "Connection e.V.")) {
                assertTrue(all.contains(expected), () -> "«" + expected + "» missing in:\n" + all);
            }
            assertTrue(
                    u.chat().visible().stream()
                            .noneMatch(m -> m.text() != null && m.text().contains("Подходящие страны")),
                    "no list before the warning");

            u.presses("📋 Показать страны");
            u.awaitHandled();
            assertTrue(u.chat().lastBotMessage().text().contains("Подходящие страны"), "then the list");
            assertFalse(u.chat().lastBotMessage().text().contains("Прочтите это до списка"));
            assertEquals(List.of(), tg.rejections(), "Telegram took every message and button");
        }
    }
}
