package app.waypoint.telegram;

import app.waypoint.config.BotToken;
import app.waypoint.config.Config;
import app.waypoint.conversation.Conversation;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waypoint on Telegram: polls the Bot API, hands each update to the {@link Conversation}, and carries out
 * its replies within Telegram's limits, through every fault the API can produce.
 *
 * <p>Guarantees: an update is confirmed to Telegram once it is handled, so a crash loses nothing (a
 * re-delivered update is recognised and skipped, also after a restart when a data directory keeps the
 * answered ids), except while new updates keep coming: then an update held through two polls is confirmed
 * early, so that no chat's backlog stops the fetching of the others' ({@link UpdateWindow}). A chat that sends
 * faster than it can be answered has its stale inputs dropped (its newest is kept); the updates of one chat
 * are handled in order and different chats in parallel; one failing update gets an apology and stops nothing; logs hold
 * no message text, names, ids, callback data or token.
 *
 * <p>Life cycle: {@link #run()} once, on any thread; {@link #stop()} from any other (a shutdown hook) ends
 * it. {@link #notify} and {@link #updatesHandled()} are thread-safe and may be called while it runs.
 */
public final class TelegramBot {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);

    /** {@link #run()} ended by {@link #stop()}. */
    public static final int EXIT_OK = 0;
    /** Telegram rejected the token (401), or the address does not lead to a Bot API (404). */
    public static final int EXIT_BAD_TOKEN = 2;
    /** Another instance kept polling with the same token (409 Conflict). */
    public static final int EXIT_CONFLICT = 3;
    /** Inputs of one chat in the works at once; one more, the newest, waits; older waiting ones are dropped. */
    static final int PER_CHAT = 3;

    private final Tuning tuning;
    private final Timing timing;
    private final BotApi api;
    private final ExecutorService lanes;
    private final UpdateWindow window;
    private final Dispatch dispatch;
    private final Sender sender;
    private final PollLoop loop;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile LongConsumer dropListener = n -> {};
    private long droppedLogged;
    private long droppedLoggedAt;
    private volatile Thread runner;
    private final Object interruptLock = new Object();
    private boolean windingDown;
    private volatile int exitCode = EXIT_OK;

    /**
     * A bot ready to {@link #run()}.
     *
     * @param apiUrl    the Bot API address, possibly with a path prefix
     * @param token     the bot token
     * @param heartbeat a file to touch after each successful poll, or empty
     */
    public TelegramBot(
            URI apiUrl,
            BotToken token,
            Conversation conversation,
            Tuning tuning,
            Timing timing,
            Optional<Path> heartbeat) {
        this(apiUrl, token, conversation, tuning, timing, heartbeat, Optional.empty());
    }

    /**
     * A bot ready to {@link #run()} that remembers answered update ids across a restart.
     *
     * @param data the directory of the answered-update file ({@code WAYPOINT_DATA}); empty: in memory only
     */
    public TelegramBot(
            URI apiUrl,
            BotToken token,
            Conversation conversation,
            Tuning tuning,
            Timing timing,
            Optional<Path> heartbeat,
            Optional<Path> data) {
        Objects.requireNonNull(conversation, "conversation");
        this.tuning = Objects.requireNonNull(tuning, "tuning");
        this.timing = Objects.requireNonNull(timing, "timing");
        this.api = new BotApi(apiUrl, token.reveal(), tuning.requestTimeout(), Math.min(256, tuning.maxInFlight()));
        this.lanes = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("chat-", 0).factory());
        this.window = new UpdateWindow(timing, AnsweredIds.in(data.orElse(null)));
        FlowControl flow = new FlowControl(tuning, timing);
        this.sender = new Sender(
                api, flow, tuning, timing, () -> ThreadLocalRandom.current().nextDouble(), stopping::get);
        this.dispatch = new Dispatch(
                conversation,
                sender,
                new MessageLog(timing),
                flow,
                new ChatLanes("core", lanes),
                new ChatLanes("send", lanes),
                stopping::get,
                PER_CHAT,
                Duration.ofSeconds(1),
                this::dropped);
        this.loop = new PollLoop(
                api,
                window,
                dispatch,
                new Heartbeat(heartbeat, timing),
                tuning,
                timing,
                () -> ThreadLocalRandom.current().nextDouble(),
                stopping::get,
                n -> handled.addAndGet(n));
    }

    /**
     * Runs the bot from the configuration until SIGTERM (a shutdown hook calls {@link #stop()}) or a fatal
     * answer from Telegram. On SIGTERM the process ends with status 0 from the shutdown hook, possibly before
     * the caller runs another line, so do nothing important after this call.
     *
     * @return {@link #EXIT_OK}, {@link #EXIT_BAD_TOKEN} (also when no token is configured) or
     *         {@link #EXIT_CONFLICT}
     */
    public static int run(Config config, Conversation conversation) {
        if (config.token().isEmpty()) {
            LOG.error("TELEGRAM_BOT_TOKEN is not set: the bot cannot start");
            return EXIT_BAD_TOKEN;
        }
        return fromConfig(config, conversation).runWithShutdownHook();
    }

    /**
     * A bot with production settings from the configuration, for callers that need the instance before it
     * runs (to {@link #notify} maintainers, or count {@link #updatesHandled()}); then call
     * {@link #runWithShutdownHook()}.
     *
     * @throws IllegalStateException when TELEGRAM_BOT_TOKEN is not set
     */
    public static TelegramBot fromConfig(Config config, Conversation conversation) {
        BotToken token = config.token()
                .orElseThrow(() -> new IllegalStateException("TELEGRAM_BOT_TOKEN is not set: the bot cannot start"));
        return new TelegramBot(
                config.apiUrl(),
                token,
                conversation,
                Tuning.defaults(),
                Timing.system(),
                config.heartbeat(),
                config.data());
    }

    /**
     * {@link #run()} with a JVM shutdown hook that calls {@link #stop()} (removed again afterwards). On SIGTERM
     * the hook waits for the run to wind down (in-flight updates finished and confirmed) and then ends the
     * process with the run's exit code, 0 for a clean stop, instead of the JVM's 143: supervisors read 0 as
     * "stopped as asked".
     */
    public int runWithShutdownHook() {
        Thread hook = new Thread(
                () -> {
                    stop();
                    int code = exitCode;
                    System.out.flush();
                    System.err.flush();
                    Runtime.getRuntime().halt(code);
                },
                "waypoint-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is what ended the run
            }
        }
    }

    /**
     * Starts up (deleteWebhook, getMe, setMyCommands) and polls until {@link #stop()} or a fatal answer.
     * An unreachable API is retried with back-off for as long as it takes. On stop, in-flight updates get
     * {@link Tuning#stopGrace()} to finish and the finished ones are confirmed with one last getUpdates.
     *
     * @return {@link #EXIT_OK} after {@link #stop()}, else {@link #EXIT_BAD_TOKEN} or {@link #EXIT_CONFLICT}
     */
    public int run() {
        if (!started.compareAndSet(false, true)) throw new IllegalStateException("run() may be called once");
        runner = Thread.currentThread();
        int code = EXIT_OK;
        try {
            if (!stopping.get()) {
                loop.startUp();
                new CommandMenu(sender).install();
                loop.poll();
            }
        } catch (PollLoop.Exit e) {
            code = e.code;
        } catch (InterruptedException e) {
            // stop() interrupted a wait: wind down below
        } finally {
            synchronized (interruptLock) { // from here on stop() no longer interrupts this thread
                windingDown = true;
                Thread.interrupted();
            }
            windDown(code == EXIT_OK); // after a 409 a last poll would cut off the other instance
            runner = null;
            exitCode = code;
            LOG.info("stopped (exit code {})", code);
            finished.countDown();
        }
        return code;
    }

    private void windDown(boolean confirm) {
        stopping.set(true);
        try {
            if (!window.awaitIdle(tuning.stopGrace())) {
                LOG.warn("{} updates unfinished at stop: Telegram will deliver them again", window.unfinished());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lanes.shutdownNow();
        Integer offset = window.offset();
        if (confirm && offset != null && !Thread.currentThread().isInterrupted()) {
            try {
                api.getUpdates(offset, 1, 0);
                LOG.info("confirmed the handled updates");
            } catch (ApiFailure f) {
                LOG.warn("could not confirm the last updates ({}): they will be delivered again", f.getMessage());
            }
        }
        api.close();
        window.close();
    }

    /**
     * Stops polling, lets in-flight updates finish, confirms them, and returns when {@link #run()} has
     * returned (at most {@link Tuning#stopGrace()} plus a few seconds). Idempotent; safe before run().
     */
    public void stop() {
        if (stopping.compareAndSet(false, true)) {
            LOG.info("stopping");
            api.cancelPolls();
            synchronized (interruptLock) { // an interrupt during the wind-down would skip the confirmation
                Thread t = runner;
                if (t != null && !windingDown) t.interrupt();
            }
        }
        if (!started.get()) return;
        try {
            finished.await(tuning.stopGrace().plus(Duration.ofSeconds(2)).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Sends a message (Telegram HTML) to a chat, behind the chat's other messages and within the rate
     * limits; for messages to maintainers. Returns at once; failures are logged, never thrown.
     */
    public void notify(long chatId, String html) {
        dispatch.notify(chatId, html);
    }

    /** Inputs dropped since start because their chat sent faster than the bot could answer (for /stats). */
    public long inputsDropped() {
        return dropped.get();
    }

    /** Also tells {@code listener} of every dropped input (a counter for /stats). */
    public void onDropped(LongConsumer listener) {
        dropListener = Objects.requireNonNull(listener, "listener");
    }

    private void dropped(long n) {
        long total = dropped.addAndGet(n);
        dropListener.accept(n);
        synchronized (dropped) { // counts only, at most once a minute
            long now = timing.nanoTime();
            if (droppedLogged == 0
                    || now - droppedLoggedAt > Duration.ofMinutes(1).toNanos()) {
                LOG.info(
                        "{} inputs dropped since the last count: their chats sent faster than the bot may answer",
                        total - droppedLogged);
                droppedLogged = total;
                droppedLoggedAt = now;
            }
        }
    }

    /** True once {@link #stop()} was called or the run ended. */
    boolean stopping() {
        return stopping.get();
    }

    /** Updates handled since start (every kind, including those with nothing to do), for /stats. */
    public long updatesHandled() {
        return handled.get();
    }
}
