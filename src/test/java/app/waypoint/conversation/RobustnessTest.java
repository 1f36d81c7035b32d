package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd input gets a short helpful answer: never silence, never an exception. */
class RobustnessTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "0",
                "2|l=r|v=h",
                "1|l=r|v=d.zz.0.0.h",
                "1|c=b|d=n|l=r|v=r.0",
                "hello",
                "1|v=x.ge",
                "1|l=r|v=d.ge.0.0.r1|extra",
                "/start",
                "<b>",
                "1|l=r|v=k.ge,am,kz,de.0"
            })
    void forgedButtonDataGetsTheMenuAndAnExplanation(String data) {
        Chat chat = Bots.ru().command("start").pressData(data);
        Msg msg = chat.msg();
        boolean stale = chat.html().startsWith(msg.t("press.stale"));
        boolean gone = chat.html().startsWith(msg.t("card.gone"));
        assertTrue(stale || gone, chat.html());
        assertTrue(chat.html().contains(msg.t("home.text")));
        if (stale) assertEquals(Optional.of(msg.plain("notice.stale")), chat.notice());
    }

    @Test
    void randomButtonDataNeverBreaksTheBot() {
        Waypoint bot = Bots.bot();
        Random random = new Random(7);
        String alphabet = "1|=.,-cdsplvhqwrkxgizabefmnotye0123456789 Ж\uD83C";
        List<String> valid = StateCodecTest.views().stream()
                .map(v -> StateCodec.encode(new State(StateCodecTest.FULL, app.waypoint.knowledge.Lang.EN, v)))
                .toList();
        for (int i = 0; i < 20_000; i++) {
            String data = i % 2 == 0
                    ? StateCodecTest.randomString(random, alphabet)
                    : StateCodecTest.mutate(random, valid.get(random.nextInt(valid.size())), alphabet);
            List<Reply> replies = bot.handle(new Incoming(i % 50, "ru", new Input.Press(data, 1 + i % 3)));
            assertFalse(replies.isEmpty(), data);
            for (Reply r : replies) {
                if (r instanceof Reply.Edit e) {
                    TelegramHtml.assertValid(e.screen());
                    assertFalse(
                            e.screen()
                                    .html()
                                    .contains(Messages.bundled()
                                            .in(app.waypoint.knowledge.Lang.RU)
                                            .t("error.text")),
                            data);
                }
            }
        }
    }

    @Test
    void aFiveThousandCharacterMessage() {
        Chat chat = Bots.ru().type("Грузия ".repeat(715));
        chat.expectOnly(Reply.Send.class);
        chat.assertShows(chat.msg().t("text.long"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t", "\u200b"})
    void anEmptyMessage(String text) {
        Chat chat = Bots.en().type(text);
        chat.expectOnly(Reply.Send.class);
        assertTrue(
                chat.html().equals(chat.msg().t("text.empty"))
                        || chat.html().equals(chat.msg().t("search.none")),
                chat.html());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "foo",
                "admin",
                "reload",
                "START2",
                "settings",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            })
    void unknownCommands(String name) {
        Chat chat = Bots.ru().command(name, "whatever");
        chat.expectOnly(Reply.Send.class);
        chat.assertShows(chat.msg().t("command.unknown"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sticker", "photo", "voice", "location", "poll", "document"})
    void stickersAndOtherMedia(String kind) {
        Chat chat = Bots.en().deliver(new Input.Unsupported(kind));
        chat.expectOnly(Reply.Send.class);
        chat.assertShows(chat.msg().t("text.unsupported"));
    }

    @Test
    void aPressWithoutAMessageIdSendsANewMessage() {
        Waypoint bot = Bots.bot();
        List<Reply> replies = bot.handle(new Incoming(1, "en", new Input.Press("1|l=e|v=i.h", 0)));
        assertInstanceOf(Reply.Send.class, replies.getFirst());
        bot.handle(new Incoming(1, "en", new Input.Press("1|l=e|v=h", 42)));
        assertEquals(
                42,
                ((Reply.Edit) bot.handle(new Incoming(1, "en", new Input.Press("1|l=e|v=i.h", 0)))
                                .getFirst())
                        .messageId(),
                "falls back to the menu the user last pressed");
    }

    @Test
    void aReloadMidConversationIsSafe() {
        AtomicReference<KnowledgeBase> live = new AtomicReference<>(Fixtures.kb());
        Chat chat = new Chat(new Waypoint(live::get, new ManualTicker(), Bots.CLOCK), 1, "en").command("start", "th");
        live.set(new KnowledgeBase(List.of(Fixtures.georgia(), Fixtures.armenia()), Fixtures.help(), Fixtures.rules()));
        chat.press("Safety").assertShows(chat.msg().t("card.gone"));
        chat.command("start").pressKey("btn.browse").assertShows(chat.msg().t("browse.text"));
    }

    @Test
    void anEmptyKnowledgeBaseStillAnswers() {
        KnowledgeBase empty = new KnowledgeBase(List.of(), List.of(), List.of());
        Chat chat = new Chat(Bots.bot(empty), 1, "en")
                .answer(Citizenship.RUSSIA, Documents.PASSPORT, java.util.Set.of(), List.of());
        chat.assertShows(chat.msg().t("results.none"));
        chat.command("countries").assertShows(chat.msg().t("browse.empty"));
        chat.command("about").assertShows("The list covers 0 countries");
        chat.type("Georgia").assertShows(chat.msg().t("search.nocard.far", "name", "Georgia"));
    }

    @Test
    void aBrokenKnowledgeBaseSupplierStillGetsAnAnswer() {
        Waypoint bot = new Waypoint(
                () -> {
                    throw new IllegalStateException("not loaded");
                },
                new ManualTicker(),
                Bots.CLOCK);
        List<Reply> replies = bot.handle(new Incoming(1, "ru", new Input.Command("start", "")));
        Reply.Send send = assertInstanceOf(Reply.Send.class, replies.getFirst());
        assertEquals(
                Messages.bundled().in(app.waypoint.knowledge.Lang.RU).t("error.text"),
                send.screen().html());
    }
}
