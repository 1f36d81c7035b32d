package app.waypoint.cli;

import app.waypoint.config.Config;
import app.waypoint.config.ConfigException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The one entry point: {@code java -jar waypoint.jar [chat|bot|validate [FILE]|--help]}. With no command it
 * runs the Telegram bot when {@code TELEGRAM_BOT_TOKEN} is set, and the console chat otherwise.
 */
public final class Main {
    static final int EXIT_USAGE = 2;

    static final String USAGE = """
            Usage: java -jar waypoint.jar [COMMAND]

            Commands:
              (none)                   the Telegram bot if TELEGRAM_BOT_TOKEN is set, else the console chat
              chat [--lang en|ru]      talk to Waypoint in this terminal (type a number to press a button)
              bot                      run the Telegram bot (needs TELEGRAM_BOT_TOKEN)
              validate [FILE] [--stale-days N]
                                       check a knowledge-base file (default: WAYPOINT_DESTINATIONS
                                       or ./destinations.yml); exit 0 when valid, 1 with errors
              sources [FILE] [--record FILE] [--markdown] [--timeout S] [--concurrency N]
                                       fetch every cited page and report the dead, moved and changed
                                       ones with the facts that cite them; exit 1 when any needs a look
              diff OLD NEW [--markdown]
                                       what changed between two knowledge-base files, in plain words
                                       (exit 0 none, 1 some, 2 a file does not load)
              --help                   show this help

            Environment:
              TELEGRAM_BOT_TOKEN       the bot token from @BotFather
              TELEGRAM_API_URL         Bot API address (default https://api.telegram.org)
              WAYPOINT_DESTINATIONS    the knowledge base (default ./destinations.yml)
              WAYPOINT_ADMINS          maintainers' Telegram user ids, comma separated
              WAYPOINT_HEARTBEAT       a file touched while polling works (for health checks)
            """;

    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.getenv(), System.in, out, err));
    }

    /** Runs a command and returns the process exit code. */
    static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        String command = args.length == 0 ? "" : args[0];
        try {
            return switch (command) {
                case "--help", "-h", "help" -> {
                    out.print(USAGE);
                    yield 0;
                }
                case "" -> defaultMode(env, in, out, err);
                case "chat" -> App.chat(Config.from(env), ChatOptions.parse(rest, env), in, out, err);
                case "bot" -> App.bot(Config.from(env), err);
                case "validate" -> {
                    Config config = Config.from(env);
                    yield App.validate(config, ValidateOptions.parse(rest, config.reviewDays()), out);
                }
                case "diff" -> App.diff(DiffOptions.parse(rest), out, err);
                case "sources" ->
                    App.sources(SourcesOptions.parse(rest, Config.from(env).destinations()), out, err);
                default -> usageError(err, "unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            return usageError(err, e.getMessage());
        } catch (ConfigException e) {
            err.println("waypoint: " + e.getMessage());
            return 1;
        }
    }

    private static int defaultMode(Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        Config config = Config.from(env);
        if (config.token().isPresent()) return App.bot(config, err);
        err.println("TELEGRAM_BOT_TOKEN is not set: starting the console chat "
                + "(type /start, a number to press a button, Ctrl-D to quit).");
        return App.chat(config, ChatOptions.parse(List.of(), env), in, out, err);
    }

    private static int usageError(PrintStream err, String message) {
        err.println("waypoint: " + message);
        err.print(USAGE);
        return EXIT_USAGE;
    }
}
