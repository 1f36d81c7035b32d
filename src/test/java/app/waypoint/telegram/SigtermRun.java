package app.waypoint.telegram;

import app.waypoint.config.Config;
import app.waypoint.conversation.Incoming;
import app.waypoint.conversation.Input;
import app.waypoint.conversation.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The production entry point ({@link TelegramBot#run(Config, app.waypoint.conversation.Conversation)}, with its
 * shutdown hook) in a JVM of its own, for {@link SigtermTest}. "/slow" prints IN-HANDLE and waits for a line
 * on standard input, so the test can send SIGTERM while an update is in flight.
 */
public final class SigtermRun {
    private SigtermRun() {}

    public static void main(String[] args) {
        Config config = Config.from(Map.of("TELEGRAM_BOT_TOKEN", args[0], "TELEGRAM_API_URL", args[1]));
        int code = TelegramBot.run(config, new TestConversation() {
            @Override
            public List<Reply> handle(Incoming in) {
                if (in.input() instanceof Input.Command c && c.name().equals("slow")) {
                    System.out.println("IN-HANDLE");
                    System.out.flush();
                    try {
                        System.in.read();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return super.handle(in);
            }
        });
        System.out.println("RUN-RETURNED=" + code);
        if (code != 0) System.exit(code);
    }
}
