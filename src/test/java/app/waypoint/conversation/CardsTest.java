package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Lang;
import app.waypoint.knowledge.Safety;
import app.waypoint.knowledge.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardsTest {

    @Test
    void theValidatorCanMeasureCardsWithThisRenderer() {
        app.waypoint.knowledge.load.CardMeasure measure = Cards::longestMessage;
        for (Destination d : GoldenKnowledge.kb().destinations()) {
            assertTrue(
                    measure.longestMessage(d, Lang.RU) <= app.waypoint.knowledge.load.CardMeasure.TELEGRAM_LIMIT,
                    d.id());
        }
    }

    @Test
    void everyFixtureCardFitsTelegram() {
        for (Destination d : Fixtures.kb().destinations()) {
            for (Lang lang : Lang.values()) {
                int longest = Cards.longestMessage(d, lang);
                assertTrue(longest > 100 && longest <= 4096, d.id() + " " + longest);
            }
        }
    }

    @Test
    void aHugeSectionIsSplitIntoPagesAtParagraphsWithoutCuttingMarkup() {
        Destination d =
                withSafetyFacts(Fixtures.georgia(), 40, "Border guards & \"officers\" <questioned> people for hours. ");
        int longest = Cards.longestMessage(d, Lang.EN);
        assertTrue(longest <= 4096, "longest " + longest);
        List<String> pages =
                Cards.pages(d, Section.SAFETY, Messages.bundled().in(Lang.EN), Optional.empty(), LocalDate.MAX);
        assertTrue(pages.size() >= 2, "pages: " + pages.size());
        StringBuilder all = new StringBuilder();
        for (String page : pages) {
            TelegramHtml.checkMarkup(page);
            assertTrue(page.length() <= 4096);
            assertTrue(page.startsWith("🇬🇪 <b>Georgia</b>"), "every page names the country");
            all.append(page);
        }
        for (int i = 0; i < 40; i++)
            assertTrue(all.toString().contains("Fact " + i + ":"), "fact " + i + " is on a page");
    }

    @Test
    void aSingleEnormousFactIsSplitAsPlainText() {
        String word = "checkpoint&<> ";
        Destination d = withSafetyFacts(Fixtures.georgia(), 1, word.repeat(1200));
        for (Lang lang : Lang.values()) {
            List<String> pages =
                    Cards.pages(d, Section.SAFETY, Messages.bundled().in(lang), Optional.empty(), LocalDate.MAX);
            assertTrue(pages.size() >= 5, "pages " + pages.size());
            pages.forEach(TelegramHtml::checkMarkup);
            assertTrue(pages.stream().allMatch(p -> p.length() <= 4096));
            assertEquals(
                    1200,
                    pages.stream()
                            .mapToInt(p -> p.split("checkpoint", -1).length - 1)
                            .sum(),
                    "no word lost");
        }
    }

    @Test
    void unknownDataSaysUnknownAndNeverGuesses() {
        Chat chat = Bots.ru().command("start", "mn");
        chat.press("ВНЖ").assertShows("Путь к ПМЖ: нет данных").assertShows("Основания для ВНЖ: нет данных");
        chat.press("Деньги").assertShows("Счёт в банке: нет данных");
        chat.press("Жизнь").assertShows("Стоимость жизни: нет данных");
        chat.press("Риски")
                .assertShows("Риск выдачи или похищения: нет данных")
                .assertShows("Шансы на убежище: нет данных");
        Chat en = Bots.en().command("start", "mn").press("Safety").assertShows("Asylum prospects: unknown");
    }

    @Test
    void factsShowWhenTheyWereCheckedAndWhetherTheyMayChange() {
        Chat chat = Bots.en().command("start", "ge");
        chat.assertShows("<i>Card reviewed 03.2026</i>");
        chat.assertShows(
                "needs a work permit. <i>(source of 03.2026 · checked 03.2026 · ⚠ may change · since 01.03.2026)</i>");
        Chat ru = Bots.ru().command("start", "ge");
        ru.assertShows("<i>(источник от 03.2026 · проверено 03.2026 · ⚠ может измениться · с 01.03.2026)</i>");
    }

    @Test
    void aCardNotReviewedForAYearSaysSo() {
        Bots.en().command("start", "mn").assertShows("Not reviewed for over a year");
        Bots.en().command("start", "ge").assertNotShows("Not reviewed for over a year");
    }

    @Test
    void sourcesAreLinkedWithTheirDates() {
        Chat chat = Bots.en().command("start", "ge").press("Sources");
        chat.assertShows("<a href=\"https://glcgroup.ge/news-info/261\">glcgroup.ge</a> · 2022");
        chat.assertShows("· 16.11.2022");
    }

    @Test
    void belarusiansSeeTheirEntryRulesFirst() {
        Chat chat = Bots.en().answer(Citizenship.BELARUS, Documents.PASSPORT, java.util.Set.of(), List.of());
        chat.pressKey("btn.showList").press("Georgia");
        String html = chat.html();
        assertTrue(html.indexOf("For citizens of Belarus") < html.indexOf("For citizens of Russia"), html);
    }

    @Test
    void russiansSeeOnlyTheirs() {
        Chat chat = Bots.en().answer(Citizenship.RUSSIA, Documents.PASSPORT, java.util.Set.of(), List.of());
        chat.press("Georgia")
                .assertNotShows("For citizens of Belarus")
                .assertShows("Documents: international passport");
    }

    static Destination withSafetyFacts(Destination d, int count, String text) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            facts.add(new Fact(
                    new Text("Fact " + i + ": " + text, "Факт " + i + ": " + text),
                    List.of(Fixtures.source("https://example.org/" + i, null)),
                    d.verified(),
                    i % 2 == 0,
                    Optional.empty(),
                    Optional.empty()));
        }
        Safety s = new Safety(
                d.safety().extraditionRisk(),
                d.safety().asylum(),
                d.safety().refusesCritics(),
                d.safety().evidence(),
                facts);
        return new Destination(
                d.id(),
                d.flag(),
                d.name(),
                d.aliases(),
                d.region(),
                d.csto(),
                d.verified(),
                d.entry(),
                d.belarus(),
                d.residency(),
                d.banking(),
                d.life(),
                s,
                d.help(),
                d.line());
    }

    @Test
    void hugeCardsPageInTheChatToo() {
        Destination big = withSafetyFacts(Fixtures.georgia(), 40, "A long statement about the border. ".repeat(5));
        KnowledgeBase kb = new KnowledgeBase(List.of(big), Fixtures.help(), Fixtures.rules());
        Chat chat = new Chat(Bots.bot(kb), 1, "en").command("start", "ge").press("Safety");
        chat.assertShows("Page 1 of");
        chat.pressKey("btn.next").assertShows("Page 2 of");
        chat.pressKey("btn.prev").assertShows("Page 1 of");
    }
}
