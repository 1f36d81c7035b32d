package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A restart loses nothing: the next press on an old message, sent to a new instance, continues. */
class RestartTest {

    /** Sends the press that {@code before} would get to a brand-new instance, as the edge would after a restart. */
    static List<Reply> afterRestart(Chat before, String label) {
        Button.Callback button = before.button(label);
        return Bots.bot().handle(new Incoming(99, "ru", new Input.Press(button.data(), before.currentId())));
    }

    @Test
    void aPressOnAnOldMessageContinuesWhereTheUserWas() {
        Chat chat = Bots.ru()
                .command("start")
                .pressKey("btn.find")
                .pressKey("opt.citizenship.RUSSIA")
                .pressKey("opt.documents.PASSPORT")
                .pressKey("opt.situation.SOLDIER");
        String done = chat.msg().plain("btn.done");
        List<Reply> replies = afterRestart(chat, done);
        Reply.Edit edit = assertInstanceOf(Reply.Edit.class, replies.getFirst());
        assertEquals(chat.currentId(), edit.messageId(), "the old menu is edited in place");
        assertTrue(
                edit.screen().html().contains(chat.msg().t("q.PRIORITIES")),
                "citizenship and documents are not asked again");
        assertEquals(chat.press(done).screen(), edit.screen(), "exactly what the old instance would have shown");
    }

    @Test
    void everyButtonOfEveryScreenWorksTheSameAfterARestart() {
        Chat chat = Bots.ru()
                .answer(
                        Citizenship.BELARUS,
                        Documents.PASSPORT,
                        Set.of(Situation.ACTIVIST, Situation.FAMILY),
                        List.of(Priority.RESIDENCE));
        chat.pressKey("btn.showList").press(chat.msg().plain("btn.compare"));
        for (Button.Callback b : chat.callbacks()) {
            Waypoint fresh = Bots.bot();
            List<Reply> after = fresh.handle(new Incoming(99, "ru", new Input.Press(b.data(), 500)));
            List<Reply> before = Bots.bot().handle(new Incoming(98, "ru", new Input.Press(b.data(), 500)));
            assertEquals(before, after, b.label());
        }
    }

    @Test
    void theLanguageChosenWithTheButtonSurvivesARestart() {
        Chat chat = Bots.ru().command("start").press("English").press("Find a country");
        List<Reply> replies = afterRestart(chat, "Russia");
        Reply.Edit edit = assertInstanceOf(Reply.Edit.class, replies.getFirst());
        assertTrue(
                edit.screen().html().contains("Which documents do you have?"),
                edit.screen().html());
    }

    @Test
    void anOpenCardSectionAndPageAreKept() {
        Chat chat = Bots.en().command("start", "ge").press("Safety");
        List<Reply> replies = afterRestart(chat, "Sources");
        String html = ((Reply.Edit) replies.getFirst()).screen().html();
        assertTrue(html.contains("Georgia") && html.contains("📚 Sources"), html);
    }
}
