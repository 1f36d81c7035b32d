package app.waypoint.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.conversation.Button;
import app.waypoint.conversation.Conversation;
import app.waypoint.conversation.Incoming;
import app.waypoint.conversation.Input;
import app.waypoint.conversation.Reply;
import app.waypoint.conversation.Screen;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleChatTest {

    /** A two-step conversation: /start asks, a press answers by editing the menu. */
    static final class Recording implements Conversation {
        final List<Incoming> seen = new ArrayList<>();

        @Override
        public List<Reply> handle(Incoming in) {
            seen.add(in);
            return switch (in.input()) {
                case Input.Command c
                when c.name().equals("start") ->
                    List.of(new Reply.Send(new Screen(
                            "<b>Which passport?</b> &lt;pick one&gt;",
                            List.of(
                                    List.of(
                                            new Button.Callback("International", "d=i"),
                                            new Button.Callback("Internal", "d=n")),
                                    List.of(new Button.Link("Help", "https://example.org/help"))))));
                case Input.Press p ->
                    List.of(
                            new Reply.Notice("ok"),
                            new Reply.Edit(p.messageId(), Screen.text("You chose " + p.data())));
                case Input.Command c when c.name().equals("forget") -> List.of(new Reply.Wipe());
                default -> List.of(new Reply.Send(Screen.text("Say /start")));
            };
        }

        @Override
        public List<Reply> afterWipe(long chatId, String languageCode, int deleted, int tooOld) {
            return List.of(new Reply.Send(Screen.text("Wiped " + deleted)));
        }

        @Override
        public void forget(long chatId) {}
    }

    private static String run(Recording conversation, String input) throws Exception {
        var bytes = new ByteArrayOutputStream();
        var chat = new ConsoleChat(conversation, "en", new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        chat.run(new BufferedReader(new StringReader(input)));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buttonsAreNumberedAndANumberPressesTheButton() throws Exception {
        var conversation = new Recording();
        String out = run(conversation, "/start\n2\n");
        assertTrue(out.contains("Which passport? <pick one>"), out);
        assertTrue(out.contains("[1] International  [2] Internal"), out);
        assertTrue(out.contains("[3] Help"), out);
        assertTrue(out.contains("You chose d=n"), out);
        assertEquals(new Input.Press("d=n", 1), conversation.seen.get(1).input());
    }

    @Test
    void commandsKeepTheirArgumentAndTextStaysText() throws Exception {
        var conversation = new Recording();
        run(conversation, "/START ge\nгрузия\n");
        assertEquals(new Input.Command("start", "ge"), conversation.seen.get(0).input());
        assertEquals(new Input.Text("грузия"), conversation.seen.get(1).input());
    }

    @Test
    void anOptionThatDoesNotExistIsExplainedAndNotSent() throws Exception {
        var conversation = new Recording();
        String out = run(conversation, "/start\n9\n");
        assertTrue(out.contains("(no option 9; choose 1-3)"), out);
        assertEquals(1, conversation.seen.size());
    }

    @Test
    void aLinkButtonPrintsItsAddress() throws Exception {
        String out = run(new Recording(), "/start\n3\n");
        assertTrue(out.contains("(link) https://example.org/help"), out);
    }

    @Test
    void wipeShowsTheConversationsAnswer() throws Exception {
        String out = run(new Recording(), "/forget\n");
        assertTrue(out.contains("Wiped 0"), out);
    }

    @Test
    void linksInTextShowTheirAddress() {
        assertEquals(
                "Idite Lesom (https://iditelesom.org) & co",
                PlainText.fromHtml("<a href=\"https://iditelesom.org\">Idite Lesom</a> &amp; co"));
    }
}
