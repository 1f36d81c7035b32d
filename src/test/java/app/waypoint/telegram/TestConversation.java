package app.waypoint.telegram;

import app.waypoint.conversation.Button;
import app.waypoint.conversation.Conversation;
import app.waypoint.conversation.Incoming;
import app.waypoint.conversation.Input;
import app.waypoint.conversation.Reply;
import app.waypoint.conversation.Screen;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small conversation for the edge's tests (until and beside the real core): /start asks a question
 * with buttons, a press edits the menu in place and shows a notice, /forget wipes, /boom throws, text is
 * echoed, anything else is named. It records every input per chat, in order, and every forgotten chat.
 */
class TestConversation implements Conversation {
    final Map<Long, List<String>> inputs = new ConcurrentHashMap<>();
    final Map<Long, String> languages = new ConcurrentHashMap<>();
    final Set<Long> forgotten = ConcurrentHashMap.newKeySet();

    static Screen menu() {
        return new Screen(
                "<b>Where to?</b> Pick a country &amp; see the rules:",
                List.of(
                        List.of(new Button.Callback("Georgia", "c:ge"), new Button.Callback("Armenia", "c:am")),
                        List.of(new Button.Link("Guide", "https://example.org/guide"))));
    }

    @Override
    public List<Reply> handle(Incoming in) {
        inputs.computeIfAbsent(in.chatId(), k -> Collections.synchronizedList(new ArrayList<>()))
                .add(describe(in.input()));
        if (in.languageCode() != null) languages.put(in.chatId(), in.languageCode());
        return switch (in.input()) {
            case Input.Command c when c.name().equals("start") -> List.of(new Reply.Send(menu()));
            case Input.Command c when c.name().equals("forget") -> List.of(new Reply.Wipe());
            case Input.Command c when c.name().equals("boom") -> throw new IllegalStateException("boom");
            case Input.Command c when c.name().equals("bad") -> List.of(new Reply.Send(Screen.text("a < b")));
            case Input.Command c
            when c.name().equals("many") ->
                java.util.stream.IntStream.rangeClosed(1, 5)
                        .<Reply>mapToObj(i -> new Reply.Send(Screen.text("part " + i)))
                        .toList();
            case Input.Command c ->
                List.of(new Reply.Send(Screen.text("command " + c.name() + " [" + c.argument() + "]")));
            case Input.Press p when p.data().equals("back") -> List.of(new Reply.Edit(p.messageId(), menu()));
            case Input.Press p
            when p.data().startsWith("c:") ->
                List.of(
                        new Reply.Edit(
                                p.messageId(),
                                new Screen(
                                        "You chose <i>" + p.data().substring(2) + "</i>.",
                                        List.of(List.of(new Button.Callback("Back", "back"))))),
                        new Reply.Notice("Saved"));
            case Input.Press p -> List.of(new Reply.Notice("That button is outdated"));
            case Input.Text t -> List.of(new Reply.Send(Screen.text("echo: " + escape(t.text()))));
            case Input.Unsupported u -> List.of(new Reply.Send(Screen.text("I can't read a " + u.kind())));
        };
    }

    @Override
    public List<Reply> afterWipe(long chatId, String languageCode, int deleted, int tooOld) {
        return List.of(new Reply.Send(Screen.text("Wiped: " + deleted + " deleted, " + tooOld + " too old")));
    }

    @Override
    public void forget(long chatId) {
        forgotten.add(chatId);
    }

    List<String> inputs(long chatId) {
        List<String> list = inputs.get(chatId);
        if (list == null) return List.of();
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    static String describe(Input input) {
        return switch (input) {
            case Input.Command c -> "/" + c.name() + (c.argument().isEmpty() ? "" : " " + c.argument());
            case Input.Text t -> t.text();
            case Input.Press p -> "press " + p.data() + "@" + p.messageId();
            case Input.Unsupported u -> "unsupported " + u.kind();
        };
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
