package app.waypoint.cli;

import app.waypoint.admin.AdminCommands;
import app.waypoint.admin.Stats;
import app.waypoint.config.Config;
import app.waypoint.console.ConsoleChat;
import app.waypoint.conversation.Cards;
import app.waypoint.conversation.Conversation;
import app.waypoint.conversation.Waypoint;
import app.waypoint.knowledge.load.KnowledgeLoadException;
import app.waypoint.knowledge.load.KnowledgeLoader;
import app.waypoint.knowledge.load.KnowledgeValidator;
import app.waypoint.knowledge.load.LiveKnowledge;
import app.waypoint.knowledge.load.Problem;
import app.waypoint.knowledge.load.ReloadResult;
import app.waypoint.telegram.TelegramBot;
import app.waypoint.watch.SourcesCommand;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the parts together for each command: knowledge base, conversation, and the console or Telegram edge. */
final class App {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private App() {}

    /** The console chat; the knowledge base reloads live, so maintainers can preview their edits. */
    static int chat(Config config, ChatOptions options, InputStream in, PrintStream out, PrintStream err) {
        Clock clock = Clock.systemUTC();
        Optional<LiveKnowledge> knowledge =
                open(config.destinations(), config.reviewDays(), clock, err, App::logReload);
        if (knowledge.isEmpty()) return 1;
        try (LiveKnowledge kb = knowledge.get().startPolling()) {
            Conversation conversation = conversation(config, kb, clock);
            boolean piped = System.console() == null;
            new ConsoleChat(conversation, options.languageCode(), out, piped)
                    .run(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Telegram bot, until SIGTERM or a fatal answer from Telegram. */
    static int bot(Config config, PrintStream err) {
        if (config.token().isEmpty()) {
            err.println("waypoint: TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather, then run "
                    + "TELEGRAM_BOT_TOKEN=<token> java -jar waypoint.jar bot (or run 'chat' to try it here).");
            return 1;
        }
        Clock clock = Clock.systemUTC();
        AtomicReference<TelegramBot> bot = new AtomicReference<>();
        Optional<LiveKnowledge> knowledge =
                open(config.destinations(), config.reviewDays(), clock, err, reloadListener(config.admins(), bot::get));
        if (knowledge.isEmpty()) return 1;
        try (LiveKnowledge kb = knowledge.get()) {
            Stats stats = new Stats(clock);
            bot.set(TelegramBot.fromConfig(config, conversation(config, kb, clock, Ticker.systemTicker(), stats)));
            bot.get().onDropped(stats::dropped);
            kb.startPolling();
            return bot.get().runWithShutdownHook();
        }
    }

    /** Checks a knowledge-base file with the same card measure the bot renders with. */
    static int validate(Config config, ValidateOptions options, PrintStream out) {
        Path file = options.file().orElse(config.destinations());
        return new ValidateCommand(Cards::longestMessage).run(file, out, Clock.systemUTC(), options.staleDays());
    }

    /** Says what changed between two knowledge-base files. */
    static int diff(DiffOptions options, PrintStream out, PrintStream err) {
        return DiffCommand.run(options.before(), options.after(), options.markdown(), out, err, Clock.systemUTC());
    }

    /** Runs the source watch over the cited pages of a knowledge-base file. */
    static int sources(SourcesCommand.Options options, PrintStream out, PrintStream err) {
        try {
            return SourcesCommand.run(options, out, err, Clock.systemUTC());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("sources: interrupted");
            return 1;
        }
    }

    static Conversation conversation(Config config, LiveKnowledge kb, Clock clock) {
        return conversation(config, kb, clock, Ticker.systemTicker());
    }

    /** The conversation the bot and the console run: Waypoint behind the maintainers' commands. */
    static Conversation conversation(Config config, LiveKnowledge kb, Clock clock, Ticker ticker) {
        return conversation(config, kb, clock, ticker, new Stats(clock));
    }

    /** The same, counting in the given {@link Stats} (the bot adds the edge's counts to them). */
    static Conversation conversation(Config config, LiveKnowledge kb, Clock clock, Ticker ticker, Stats stats) {
        Conversation core = new Waypoint(kb, ticker, clock, stats::cardViewed, config.reviewDays());
        return new AdminCommands(core, config.admins(), kb, stats, clock, config.reviewDays());
    }

    /**
     * What the bot does when the knowledge base file changes: logs the outcome, and sends the errors of a
     * refused edit to every maintainer (once the bot exists).
     */
    static Consumer<ReloadResult> reloadListener(Set<Long> admins, Supplier<TelegramBot> bot) {
        return result -> {
            logReload(result);
            TelegramBot running = bot.get();
            if (result instanceof ReloadResult.Rejected r && running != null) {
                String html = AdminCommands.rejectedNotice(r.problems());
                admins.forEach(admin -> running.notify(admin, html));
            }
        };
    }

    /** The loader the bot and the console use: the standard checks, with the real card measure. */
    static KnowledgeLoader loader(Clock clock, int reviewDays) {
        return new KnowledgeLoader(new KnowledgeValidator(clock, reviewDays, Cards::longestMessage));
    }

    private static Optional<LiveKnowledge> open(
            Path file, int reviewDays, Clock clock, PrintStream err, Consumer<ReloadResult> listener) {
        try {
            LiveKnowledge kb = LiveKnowledge.open(file, loader(clock, reviewDays), listener);
            LOG.info(
                    "knowledge base loaded: {} destinations, {} warnings (run 'validate' to list them)",
                    kb.get().destinations().size(),
                    kb.warnings().size());
            return Optional.of(kb);
        } catch (KnowledgeLoadException e) {
            err.println("waypoint: the knowledge base cannot be loaded; fix these and start again:");
            e.problems().stream().filter(Problem::isError).forEach(p -> err.println("  " + p));
            return Optional.empty();
        }
    }

    private static void logReload(ReloadResult result) {
        switch (result) {
            case ReloadResult.Unchanged u -> {}
            case ReloadResult.Reloaded r ->
                LOG.info(
                        "knowledge base reloaded: {} destinations, {} warnings",
                        r.destinations(),
                        r.warnings().size());
            case ReloadResult.Rejected r -> {
                List<Problem> errors =
                        r.problems().stream().filter(Problem::isError).toList();
                LOG.error(
                        "knowledge base edit rejected ({} errors); the previous version stays in service",
                        errors.size());
                errors.forEach(p -> LOG.error("  {}", p));
            }
        }
    }
}
