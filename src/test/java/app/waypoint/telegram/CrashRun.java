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
 * The production entry point with {@code WAYPOINT_DATA} in a JVM of its own, for {@link CrashTest}: arguments
 * token, API address, data directory, and "block" to make "/slow" print IN-HANDLE and wait for a line on
 * standard input (an update that stays unfinished until the process is killed).
 */
public final class CrashRun {
    private CrashRun() {}

    public static void main(String[] args) {
        Config config = Config.from(
                Map.of("TELEGRAM_BOT_TOKEN", args[0], "TELEGRAM_API_URL", args[1], "WAYPOINT_DATA", args[2]));
        boolean block = args.length > 3 && args[3].equals("block");
        int code = TelegramBot.run(config, new TestConversation() {
            @Override
            public List<Reply> handle(Incoming in) {
                if (block && in.input() instanceof Input.Command c && c.name().equals("slow")) {
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
        if (code != 0) System.exit(code);
    }
}
