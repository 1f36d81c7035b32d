package app.waypoint.telegram;

import app.waypoint.config.BotToken;
import app.waypoint.conversation.Conversation;
import app.waypoint.telegram.fake.FakeTelegram;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a real {@link TelegramBot} against a {@link FakeTelegram} on its own thread. */
final class Harness implements AutoCloseable {
    static final String TOKEN = "123456789:AAH-test-token-abcdefghijklmnopqrstuv";

    final TelegramBot bot;
    final CompletableFuture<Integer> exit = new CompletableFuture<>();

    private Harness(TelegramBot bot) {
        this.bot = bot;
    }

    /** Quick settings: 1 s long polls, millisecond back-off, rate limits out of the way. */
    static Tuning fast() {
        return Tuning.defaults()
                .withPollTimeout(Duration.ofSeconds(1))
                .withRequestTimeout(Duration.ofSeconds(2))
                .withBackoff(Duration.ofMillis(5), Duration.ofMillis(50))
                .withBusyPollInterval(Duration.ofMillis(20))
                .withRates(1000, 100, 10_000)
                .withStopGrace(Duration.ofSeconds(5));
    }

    static Harness start(FakeTelegram tg, Conversation conversation) {
        return start(tg, conversation, fast(), Timing.system(), Optional.empty());
    }

    static Harness start(
            FakeTelegram tg, Conversation conversation, Tuning tuning, Timing timing, Optional<Path> heartbeat) {
        return start(tg, conversation, tuning, timing, heartbeat, Optional.empty());
    }

    /** With a data directory for the answered-update file. */
    static Harness start(
            FakeTelegram tg,
            Conversation conversation,
            Tuning tuning,
            Timing timing,
            Optional<Path> heartbeat,
            Optional<Path> data) {
        TelegramBot bot = new TelegramBot(tg.url(), BotToken.of(TOKEN), conversation, tuning, timing, heartbeat, data);
        Harness h = new Harness(bot);
        Thread t = new Thread(
                () -> {
                    try {
                        h.exit.complete(bot.run());
                    } catch (Throwable e) {
                        h.exit.completeExceptionally(e);
                    }
                },
                "bot-under-test");
        t.setDaemon(true);
        t.start();
        return h;
    }

    /** The exit code, waiting at most {@code timeout} for the bot to end by itself. */
    int exitCode(Duration timeout) throws Exception {
        return exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the bot as SIGTERM would; returns its exit code. */
    int stop() throws Exception {
        bot.stop();
        return exitCode(Duration.ofSeconds(15));
    }

    @Override
    public void close() {
        if (exit.isDone()) return;
        try {
            stop();
        } catch (Exception e) {
            throw new AssertionError("the bot did not stop", e);
        }
    }
}
