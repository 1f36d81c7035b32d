package app.waypoint.console;

import app.waypoint.conversation.Button;
import app.waypoint.conversation.Command;
import app.waypoint.conversation.Conversation;
import app.waypoint.conversation.Incoming;
import app.waypoint.conversation.Input;
import app.waypoint.conversation.Reply;
import app.waypoint.conversation.Screen;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The conversation in a terminal: the same core the Telegram bot uses. Bot messages are printed as plain
 * text, buttons as numbered options ({@code [1] Georgia}); the user types a number to press a button, a
 * command ({@code /start}) or free text. End of input ends the chat.
 *
 * <p>Output is plain and deterministic, so scripts can drive it through a pipe and maintainers can preview
 * their data edits. Not thread-safe: one chat, one reader.
 */
public final class ConsoleChat {
    /** The console is one private chat. */
    static final long CHAT_ID = 1L;

    private static final String RULE = "----------------------------------------";

    private final Conversation conversation;
    private final String languageCode;
    private final PrintStream out;
    private final boolean echo;
    private final List<Button> visible = new ArrayList<>();
    private int visibleMessageId;
    private int nextMessageId = 1;

    /**
     * @param conversation the core
     * @param languageCode the user's language as Telegram would send it ("ru", "en")
     * @param out          where the chat is printed
     * @param echo         print each input line back ({@code > 1}), so a piped transcript shows both sides
     */
    public ConsoleChat(Conversation conversation, String languageCode, PrintStream out, boolean echo) {
        this.conversation = conversation;
        this.languageCode = languageCode;
        this.out = out;
        this.echo = echo;
    }

    /** Reads lines until end of input. */
    public void run(BufferedReader in) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            handleLine(line);
        }
    }

    /** Handles one typed line and prints the bot's answer. */
    public void handleLine(String line) {
        String typed = line.strip();
        Input input = toInput(typed);
        if (input == null) return;
        if (echo) out.println("> " + typed);
        show(conversation.handle(new Incoming(CHAT_ID, languageCode, input)));
    }

    private Input toInput(String typed) {
        if (typed.matches("\\d{1,3}") && !visible.isEmpty()) {
            int n = Integer.parseInt(typed);
            if (n < 1 || n > visible.size()) {
                out.println("(no option " + n + "; choose 1-" + visible.size() + ")");
                return null;
            }
            return switch (visible.get(n - 1)) {
                case Button.Callback c -> new Input.Press(c.data(), visibleMessageId);
                case Button.Link l -> {
                    out.println("(link) " + l.url());
                    yield null;
                }
            };
        }
        return Command.parse(typed);
    }

    private void show(List<Reply> replies) {
        for (Reply reply : replies) {
            switch (reply) {
                case Reply.Send s -> print(nextMessageId++, s.screen());
                case Reply.Edit e -> print(e.messageId(), e.screen());
                case Reply.Notice n -> out.println("(" + n.text() + ")");
                case Reply.Wipe w ->
                    show(conversation.afterWipe(
                            CHAT_ID, w.languageCode() != null ? w.languageCode() : languageCode, 0, 0));
            }
        }
    }

    private void print(int messageId, Screen screen) {
        out.println(RULE);
        out.println(PlainText.fromHtml(screen.html()));
        if (screen.keyboard().isEmpty()) return;
        visible.clear();
        visibleMessageId = messageId;
        for (List<Button> row : screen.keyboard()) {
            StringBuilder line = new StringBuilder();
            for (Button b : row) {
                visible.add(b);
                if (!line.isEmpty()) line.append("  ");
                line.append('[').append(visible.size()).append("] ").append(b.label());
            }
            out.println(line);
        }
    }
}
