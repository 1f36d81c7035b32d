package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user chatting with the conversation in a test: keeps the messages the bot sent (by id, edited in place)
 * and presses buttons by their labels, as a Telegram client would.
 */
final class Chat {
    private final Conversation bot;
    private final long chatId;
    private final String languageCode;
    private final Map<Integer, Screen> messages = new HashMap<>();
    private int nextId = 100;
    private int current;
    private List<Reply> last = List.of();

    Chat(Conversation bot, long chatId, String languageCode) {
        this.bot = bot;
        this.chatId = chatId;
        this.languageCode = languageCode;
    }

    Chat command(String name) {
        return command(name, "");
    }

    Chat command(String name, String argument) {
        return deliver(new Input.Command(name, argument));
    }

    Chat type(String text) {
        return deliver(new Input.Text(text));
    }

    Chat deliver(Input input) {
        last = bot.handle(new Incoming(chatId, languageCode, input));
        assertFalse(last.isEmpty(), "the bot must never stay silent");
        for (Reply reply : last) apply(reply);
        return this;
    }

    /** Presses the first button of the current message whose label contains {@code label}. */
    Chat press(String label) {
        return press(button(label));
    }

    Chat press(Button.Callback button) {
        return pressData(button.data());
    }

    /** Presses raw callback data on the current message (for forged data). */
    Chat pressData(String data) {
        return deliver(new Input.Press(data, current));
    }

    Button.Callback button(String label) {
        return callbacks().stream()
                .filter(b -> b.label().contains(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + labels() + "\n" + html()));
    }

    boolean hasButton(String label) {
        return screen().keyboard().stream()
                .flatMap(List::stream)
                .anyMatch(b -> b.label().contains(label));
    }

    List<Button.Callback> callbacks() {
        List<Button.Callback> out = new ArrayList<>();
        for (List<Button> row : screen().keyboard()) {
            for (Button b : row) if (b instanceof Button.Callback c) out.add(c);
        }
        return out;
    }

    List<Button.Link> links() {
        return screen().keyboard().stream()
                .flatMap(List::stream)
                .filter(b -> b instanceof Button.Link)
                .map(b -> (Button.Link) b)
                .toList();
    }

    List<String> labels() {
        return screen().keyboard().stream()
                .flatMap(List::stream)
                .map(Button::label)
                .toList();
    }

    Screen screen() {
        Screen s = messages.get(current);
        if (s == null) fail("no message yet");
        return s;
    }

    String html() {
        return screen().html();
    }

    List<Reply> replies() {
        return last;
    }

    Optional<String> notice() {
        return last.stream()
                .filter(r -> r instanceof Reply.Notice)
                .map(r -> ((Reply.Notice) r).text())
                .findFirst();
    }

    int currentId() {
        return current;
    }

    Chat assertShows(String text) {
        assertTrue(html().contains(text), () -> "expected «" + text + "» in:\n" + html());
        return this;
    }

    Chat assertNotShows(String text) {
        assertFalse(html().contains(text), () -> "did not expect «" + text + "» in:\n" + html());
        return this;
    }

    private void apply(Reply reply) {
        switch (reply) {
            case Reply.Send s -> {
                current = nextId++;
                messages.put(current, check(s.screen()));
            }
            case Reply.Edit e -> {
                assertTrue(messages.containsKey(e.messageId()), "edit of an unknown message " + e.messageId());
                current = e.messageId();
                messages.put(current, check(e.screen()));
            }
            case Reply.Notice n -> assertTrue(n.text().length() <= 200, "notice over 200 characters");
            case Reply.Wipe w -> messages.clear();
        }
    }

    private static Screen check(Screen screen) {
        TelegramHtml.assertValid(screen);
        return screen;
    }

    /** The texts of the chat's language, for pressing buttons by their bundle keys. */
    Msg msg() {
        return Messages.bundled().in(app.waypoint.knowledge.Lang.fromLanguageCode(languageCode));
    }

    /** Presses the button whose label is the bundle text of {@code key}. */
    Chat pressKey(String key) {
        return press(msg().plain(key));
    }

    /** From /start, answers every question; ends on the first screen after them. */
    Chat answer(Citizenship c, Documents d, java.util.Set<Situation> situations, List<Priority> priorities) {
        command("start").pressKey("btn.find");
        Answers target = Answering.completed(Answers.NONE
                .withCitizenship(c)
                .withDocuments(d)
                .withSituations(situations)
                .withPriorities(priorities));
        for (String key : Answering.keys(target)) pressKey(key);
        return this;
    }

    void expectOnly(Class<? extends Reply> type) {
        assertEquals(1, last.size(), () -> "replies: " + last);
        assertTrue(type.isInstance(last.getFirst()), () -> "expected " + type.getSimpleName() + ", got " + last);
    }
}
