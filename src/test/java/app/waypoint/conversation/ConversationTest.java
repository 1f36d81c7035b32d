package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole conversations through the core, as a user on a phone would have them. */
class ConversationTest {

    static Stream<Arguments> situationsInBothLanguages() {
        List<Arguments> all = new ArrayList<>();
        for (String language : List.of("ru", "en")) {
            for (Situation s : Situation.values()) all.add(Arguments.of(language, Optional.of(s)));
            all.add(Arguments.of(language, Optional.empty()));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("situationsInBothLanguages")
    void fromStartToCardAndComparison(String language, Optional<Situation> situation) {
        Chat chat = new Chat(Bots.bot(), 10, language);
        Msg msg = chat.msg();
        chat.command("start").assertShows(msg.t("home.text"));
        chat.pressKey("btn.find").assertShows(msg.t("q.CITIZENSHIP"));
        chat.pressKey("opt.citizenship.RUSSIA").assertShows(msg.t("q.DOCUMENTS"));
        chat.pressKey("opt.documents.PASSPORT").assertShows(msg.t("q.SITUATION"));
        situation.ifPresent(s -> chat.pressKey("opt.situation." + s.name()));
        situation.ifPresent(s -> assertTrue(chat.hasButton("✓ " + msg.plain("opt.situation." + s.name()))));
        chat.pressKey(situation.isPresent() ? "btn.done" : "btn.skip").assertShows(msg.t("q.PRIORITIES"));
        chat.pressKey("opt.priority.STAY").pressKey("opt.priority.RUSSIAN");
        assertTrue(chat.hasButton("✓1 " + msg.plain("opt.priority.STAY")));
        assertTrue(chat.hasButton("✓2 " + msg.plain("opt.priority.RUSSIAN")));
        chat.pressKey("btn.done");
        if (chat.hasButton(msg.plain("btn.showList"))) chat.pressKey("btn.showList");
        assertTrue(chat.html().startsWith(msg.t("results.header", "from", 1, "to", 5, "total", 11)), chat.html());
        String first = chat.callbacks().getFirst().label();
        chat.press(first).assertShows(msg.t("section.ENTRY"));
        for (Section s : Section.values())
            chat.press(msg.plain("tab." + s.name())).assertShows(msg.t("section." + s.name()));
        chat.pressKey("btn.back").assertShows(msg.t("results.header", "from", 1, "to", 5, "total", 11));
        chat.pressKey("btn.compare").assertShows(msg.t("pick.text", "chosen", "—"));
        chat.press(chat.callbacks().get(0)).press(chat.callbacks().get(1));
        chat.press(msg.plain("btn.compareNow", "n", 2))
                .assertShows(msg.t("compare.title"))
                .assertShows(msg.t("compare.risk"));
        chat.pressKey("btn.back").assertShows(msg.t("results.header", "from", 1, "to", 5, "total", 11));
    }

    @Nested
    class Navigation {
        final Chat chat = Bots.en();
        final Msg msg = chat.msg();

        @Test
        void backWalksTheQuestionsBackwardsShowingTheAnswers() {
            chat.command("start")
                    .pressKey("btn.find")
                    .pressKey("opt.citizenship.BELARUS")
                    .pressKey("opt.documents.EXPIRING")
                    .pressKey("opt.situation.STUDENT")
                    .pressKey("btn.done");
            chat.pressKey("btn.back").assertShows(msg.t("q.SITUATION"));
            assertTrue(chat.hasButton("✓ " + msg.plain("opt.situation.STUDENT")));
            chat.pressKey("btn.back").assertShows(msg.t("q.DOCUMENTS"));
            assertTrue(chat.hasButton("✓ " + msg.plain("opt.documents.EXPIRING")));
            chat.pressKey("btn.back").assertShows(msg.t("q.CITIZENSHIP"));
            assertTrue(chat.hasButton("✓ " + msg.plain("opt.citizenship.BELARUS")));
            chat.pressKey("btn.back").assertShows(msg.t("home.text"));
            assertTrue(chat.hasButton(msg.plain("btn.continue")), "the menu offers to continue");
            chat.pressKey("btn.continue").assertShows(msg.t("q.PRIORITIES"));
        }

        @Test
        void anAnswerGivenIsNotAskedAgain() {
            chat.answer(Citizenship.RUSSIA, Documents.PASSPORT, Set.of(Situation.REMOTE), List.of(Priority.COST));
            chat.pressKey("btn.back")
                    .pressKey("btn.back")
                    .pressKey("btn.back")
                    .pressKey("btn.back")
                    .assertShows(msg.t("q.CITIZENSHIP"));
            chat.pressKey("opt.citizenship.RUSSIA").assertShows("Countries that fit");
        }

        @Test
        void changingToBelarusAsksForDocumentsAgainWhenTheInternalPassportWasChosen() {
            chat.answer(Citizenship.RUSSIA, Documents.INTERNAL_ONLY, Set.of(), List.of())
                    .assertShows(msg.t("advice.internal"));
            chat.pressKey("btn.back").pressKey("btn.back").pressKey("btn.back").pressKey("btn.back");
            chat.pressKey("opt.citizenship.BELARUS").assertShows(msg.t("q.DOCUMENTS"));
        }

        @Test
        void startOverForgetsTheAnswers() {
            chat.command("start")
                    .pressKey("btn.find")
                    .pressKey("opt.citizenship.RUSSIA")
                    .pressKey("opt.documents.PASSPORT");
            chat.pressKey("btn.startOver").assertShows(msg.t("q.CITIZENSHIP"));
            assertFalse(chat.hasButton("✓"));
            chat.pressKey("opt.citizenship.RUSSIA").assertShows(msg.t("q.DOCUMENTS"));
        }

        @Test
        void atMostThreePrioritiesWithANotice() {
            chat.answer(Citizenship.RUSSIA, Documents.PASSPORT, Set.of(), List.of());
            chat.pressKey("btn.back")
                    .pressKey("opt.priority.STAY")
                    .pressKey("opt.priority.COST")
                    .pressKey("opt.priority.BANKING");
            chat.pressKey("opt.priority.RUSSIAN");
            assertEquals(Optional.of(msg.plain("notice.upToThree")), chat.notice());
            assertTrue(chat.hasButton("✓3 " + msg.plain("opt.priority.BANKING")));
            assertFalse(chat.hasButton("✓ " + msg.plain("opt.priority.RUSSIAN")));
            chat.press("✓1").assertShows(msg.t("q.PRIORITIES"));
            assertTrue(chat.hasButton("✓1 " + msg.plain("opt.priority.COST")), "the others move up");
        }

        @Test
        void noneOfTheseClearsTheOthers() {
            chat.command("start")
                    .pressKey("btn.find")
                    .pressKey("opt.citizenship.RUSSIA")
                    .pressKey("opt.documents.PASSPORT");
            chat.pressKey("opt.situation.SOLDIER")
                    .pressKey("opt.situation.STUDENT")
                    .pressKey("opt.situation.NONE");
            assertTrue(chat.hasButton("✓ " + msg.plain("opt.situation.NONE")));
            assertFalse(chat.hasButton("✓ " + msg.plain("opt.situation.SOLDIER")));
            chat.pressKey("btn.done").assertShows(msg.t("q.PRIORITIES"));
        }

        @Test
        void buttonsEditTheMenuInPlaceAndCommandsSendANewMessage() {
            chat.command("start");
            int menu = chat.currentId();
            chat.pressKey("btn.find");
            assertInstanceOf(Reply.Edit.class, chat.replies().getFirst());
            assertEquals(menu, chat.currentId());
            chat.command("help");
            chat.expectOnly(Reply.Send.class);
        }

        @Test
        void theListPagesThroughEveryDestination() {
            chat.answer(Citizenship.RUSSIA, Documents.PASSPORT, Set.of(), List.of());
            chat.assertShows("(1–5 of 11)").press("More (6)").assertShows("(6–11 of 11)");
            chat.press(chat.callbacks().get(2)).pressKey("btn.back").assertShows("(6–11 of 11)");
            chat.pressKey("btn.prev").assertShows("(1–5 of 11)");
        }

        @Test
        void browseByRegion() {
            chat.command("countries").assertShows(msg.t("browse.text"));
            chat.press("Caucasus (2)")
                    .assertShows("<b>Caucasus</b>")
                    .press("Armenia")
                    .assertShows("Armenia");
            chat.pressKey("btn.back")
                    .assertShows("<b>Caucasus</b>")
                    .pressKey("btn.back")
                    .assertShows(msg.t("browse.text"));
            chat.pressKey("btn.menu").assertShows(msg.t("home.text"));
        }
    }

    @Nested
    class Search {
        @ParameterizedTest
        @ValueSource(strings = {"Грузыя", "грузия", "Georgia", "GE", "Tbilisi", "Gruziya"})
        void typingANameOpensTheCard(String query) {
            Chat chat = Bots.ru().type(query);
            chat.expectOnly(Reply.Send.class);
            chat.assertShows("🇬🇪 <b>Грузия</b>").assertShows("проверено 03.2026");
        }

        @Test
        void anAmbiguousNameOffersChoices() {
            Chat chat = Bots.en().type("Mon").assertShows("Which one did you mean?");
            chat.press("Mongolia").assertShows("🇲🇳 <b>Mongolia</b>");
            chat.pressKey("btn.back").assertShows(chat.msg().t("home.text"));
        }

        @Test
        void anUnknownNameSaysSoAndOffersTheWayOut() {
            Chat chat = Bots.ru().type("Атлантида").assertShows(Bots.ru().msg().t("search.none"));
            assertTrue(chat.hasButton(chat.msg().plain("btn.browse")));
        }
    }

    @Nested
    class DeepLinks {
        @Test
        void startWithACodeOpensTheCard() {
            Bots.en().command("start", "ge").assertShows("🇬🇪 <b>Georgia</b>").assertShows("Entry and visa");
            Bots.ru().command("start", "GE").assertShows("🇬🇪 <b>Грузия</b>");
        }

        @Test
        void anUnknownLinkShowsTheMenu() {
            Chat chat = Bots.en().command("start", "zz");
            chat.assertShows(chat.msg().t("start.unknownLink"))
                    .assertShows(chat.msg().t("home.text"));
        }
    }

    @Nested
    class Language {
        @Test
        void russianForRuUkBeKkAndEnglishOtherwise() {
            for (String code : List.of("ru", "uk", "be", "kk-KZ")) {
                new Chat(Bots.bot(), 1, code).command("start").assertShows("поможет выбрать");
            }
            for (String code : List.of("en", "de", ""))
                new Chat(Bots.bot(), 1, code).command("start").assertShows("helps you choose");
            new Chat(Bots.bot(), 1, null).command("start").assertShows("helps you choose");
        }

        @Test
        void slashLanguageSwitchesAndIsRemembered() {
            Chat chat = Bots.ru().command("language");
            chat.assertShows("English it is").assertShows("helps you choose");
            chat.command("help").assertShows("How to use Waypoint");
            chat.press("Menu").press("Find a country").assertShows("Your citizenship");
            assertTrue(
                    chat.callbacks().stream().allMatch(b -> b.data().contains("|l=e|")),
                    "the choice travels in the buttons");
            chat.command("language").assertShows("Теперь по-русски");
        }

        @Test
        void theMenuButtonSwitchesToo() {
            Chat chat = Bots.ru().command("start").press("English").assertShows("helps you choose");
            chat.command("about").assertShows("About the data");
        }
    }

    @Nested
    class Forget {
        @ParameterizedTest
        @ValueSource(strings = {"ru", "en"})
        void wipesOnlyAfterConfirmation(String language) {
            Chat chat = new Chat(Bots.bot(), 4, language).command("forget");
            chat.assertShows(chat.msg().t("forget.text"));
            chat.pressKey("btn.forgetYes");
            chat.expectOnly(Reply.Wipe.class);
        }

        @Test
        void cancelReturnsToTheMenu() {
            Chat chat = Bots.en().command("forget").pressKey("btn.cancel");
            chat.assertShows(chat.msg().t("home.text"));
        }

        @Test
        void theWipeForgetsTheSession() {
            Waypoint bot = Bots.bot();
            Chat chat = new Chat(bot, 5, "ru")
                    .command("language")
                    .command("privacy")
                    .press("Delete this chat")
                    .press("Yes, delete");
            chat.expectOnly(Reply.Wipe.class);
            new Chat(bot, 5, "ru").command("start").assertShows("поможет выбрать");
        }

        @Test
        void afterTheWipeTheUserIsToldWhatIsLeftToDo() {
            Waypoint bot = Bots.bot();
            Screen ru = ((Reply.Send) bot.afterWipe(5, "ru", 21, 3).getFirst()).screen();
            assertTrue(ru.html().contains("Удалено: 21 сообщение"), ru.html());
            assertTrue(ru.html().contains("Не удалено: 3 сообщения старше 48 часов"), ru.html());
            assertTrue(ru.html().contains("сам чат удалите в Telegram"), ru.html());
            Screen en = ((Reply.Send) bot.afterWipe(5, "en", 1, 0).getFirst()).screen();
            assertTrue(en.html().contains("Deleted: 1 message."), en.html());
            assertFalse(en.html().contains("Not deleted"), en.html());
            TelegramHtml.assertValid(en);
        }
    }

    @Test
    void informationPages() {
        Chat chat = Bots.en();
        chat.command("help").assertShows("/countries").assertShows("/forget");
        chat.command("about")
                .assertShows("The list covers 11 countries")
                .assertShows("between 03.2026 and 03.2026")
                .assertShows("pages in all")
                .assertShows("Help organisations: 4");
        chat.command("privacy")
                .assertShows("Phones are inspected")
                .assertShows("24 hours")
                .assertShows("Delete this chat well before")
                .assertShows("freshly wiped phone");
    }
}
