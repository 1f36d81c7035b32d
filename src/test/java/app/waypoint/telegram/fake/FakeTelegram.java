package app.waypoint.telegram.fake;

import app.waypoint.telegram.Timing;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * A Bot API server for tests: real HTTP on 127.0.0.1, Telegram's JSON, Telegram's validation and error
 * answers, scripted faults ({@link #faults()}), optional rate limits, and a driver that acts as users do
 * ({@link #user(long)}). State survives {@link #stopServer()}/{@link #startServer()} (connection refused,
 * then back on the same port). Every change wakes {@link #await}; nothing here sleeps to wait.
 */
public final class FakeTelegram implements AutoCloseable {
    public static final long BOT_ID = 7_000_000_001L;
    public static final String BOT_USERNAME = "waypoint_test_bot";

    final String token;
    final String prefix;
    final Timing time;
    final Faults faults = new Faults();
    final Map<Long, FakeChat> chats = new HashMap<>();
    final List<Queued> queue = new ArrayList<>();
    final Map<String, Query> queries = new HashMap<>();
    final Map<String, List<String>> commands = new HashMap<>();
    final Map<String, Integer> calls = new HashMap<>();
    final List<String> rejections = new ArrayList<>();
    final RateLimits limits;
    Duration callbackTimeout = Duration.ofSeconds(15);
    Duration maxPollHold = Duration.ofSeconds(2);
    String webhook;
    int nextUpdateId = 800_000;
    int pollGeneration;
    int tooManyRequests;
    int confirmedUpTo;
    int maxDeliveries;
    int deliveriesTotal;
    private final FakeHttp http;
    private volatile BiConsumer<Long, Shown> botMessages = (chatId, shown) -> {};

    /** An update waiting in Telegram's queue; {@code delivered} once a getUpdates returned it. */
    static final class Queued {
        final int id;
        final long chatId;
        final ObjectNode json;
        boolean delivered;
        int deliveries;

        Queued(int id, long chatId, ObjectNode json) {
            this.id = id;
            this.chatId = chatId;
            this.json = json;
        }
    }

    /** A callback query the bot must answer. */
    static final class Query {
        final long chatId;
        final java.time.Instant at;
        final long pressedNanos = System.nanoTime();
        long answeredNanos;
        boolean answered;

        Query(long chatId, java.time.Instant at) {
            this.chatId = chatId;
            this.at = at;
        }
    }

    private FakeTelegram(String token, String prefix, Timing time) {
        this.token = token;
        this.prefix = prefix;
        this.time = time;
        this.limits = new RateLimits(time);
        this.http = new FakeHttp(this, new FakeMethods(this));
    }

    /** Starts a fake on an ephemeral port of 127.0.0.1 with the real clock. */
    public static FakeTelegram start(String token) {
        return start(token, "", Timing.system());
    }

    /** Starts a fake that expects requests under {@code prefix} (e.g. "/tg") and tells time by {@code time}. */
    public static FakeTelegram start(String token, String prefix, Timing time) {
        FakeTelegram tg = new FakeTelegram(token, prefix, time);
        tg.http.start(0);
        return tg;
    }

    /** The address to give the bot, with the prefix. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + http.port() + prefix);
    }

    /** Closes the port: calls now fail with connection refused. State is kept. */
    public void stopServer() {
        http.stop();
        synchronized (this) {
            notifyAll();
        }
    }

    /** Listens again on the same port. */
    public void startServer() {
        http.start(http.port());
    }

    @Override
    public void close() {
        stopServer();
    }

    public Faults faults() {
        return faults;
    }

    /** The private chat with user {@code id} (chat id = user id), created on first use. */
    public FakeUser user(long id) {
        synchronized (this) {
            chats.computeIfAbsent(id, k -> new FakeChat(id, "private"));
        }
        return new FakeUser(this, id);
    }

    /** A group chat (negative id, as Telegram's are). */
    public FakeGroup group(long id) {
        synchronized (this) {
            chats.computeIfAbsent(id, k -> new FakeChat(id, "group"));
        }
        return new FakeGroup(this, id);
    }

    /** Enforces Telegram's rate limits (scaled as tests need) with 429 + retry_after. */
    public synchronized void enforceRateLimits(double perChat, int burst, double global) {
        limits.enable(perChat, burst, global);
    }

    /** Sets a webhook: getUpdates then answers 409 until deleteWebhook. */
    public synchronized void setWebhook(String url) {
        webhook = url;
    }

    /** The next update gets this id, as after Telegram's weekly reset (may be lower than the last). */
    public synchronized void restartUpdateIdsAt(int id) {
        nextUpdateId = id;
    }

    /** How long the fake holds a long poll at most, whatever timeout the bot asked for. */
    public synchronized void maxPollHold(Duration d) {
        maxPollHold = d;
    }

    /** How old a callback query may be when answered (Telegram: seconds). */
    public synchronized void callbackTimeout(Duration d) {
        callbackTimeout = d;
    }

    /** Calls of a Bot API method so far (name without case). */
    public synchronized int calls(String method) {
        return calls.getOrDefault(method.toLowerCase(Locale.ROOT), 0);
    }

    /** Descriptions of the requests the fake refused as invalid (4xx other than 429, 403). */
    public synchronized List<String> rejections() {
        return List.copyOf(rejections);
    }

    /** How many 429 answers the rate limits gave (scripted ones not counted). */
    public synchronized int tooManyRequests() {
        return tooManyRequests;
    }

    /** Real time from each answered press to its answer (the spinner on the user's button), sorted. */
    public synchronized List<Duration> callbackLatencies() {
        return queries.values().stream()
                .filter(q -> q.answered)
                .map(q -> Duration.ofNanos(q.answeredNanos - q.pressedNanos))
                .sorted()
                .toList();
    }

    /** The most times any one update was returned by getUpdates. */
    public synchronized int maxDeliveries() {
        return maxDeliveries;
    }

    /** How many updates getUpdates returned in all, re-deliveries included. */
    public synchronized int deliveries() {
        return deliveriesTotal;
    }

    /** When the bot answered the callback query ({@link System#nanoTime()}), or empty while it has not. */
    public synchronized java.util.OptionalLong answeredAt(String queryId) {
        Query q = queries.get(queryId);
        return q == null || !q.answered ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(q.answeredNanos);
    }

    /** Updates not yet confirmed by an offset. */
    public synchronized int unconfirmed() {
        return queue.size();
    }

    /** Updates from one chat not yet confirmed: 0 once the bot handled everything the user did. */
    public synchronized int unconfirmed(long chatId) {
        return (int) queue.stream().filter(q -> q.chatId == chatId).count();
    }

    /** Commands set with setMyCommands, by language ("" for the default). */
    public synchronized Map<String, List<String>> commands() {
        return Map.copyOf(commands);
    }

    public synchronized String webhook() {
        return webhook;
    }

    /**
     * Waits until {@code condition} holds (checked on every change of the fake's state).
     *
     * @throws AssertionError naming {@code what} when {@code timeout} passes first
     */
    public synchronized void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new AssertionError("timed out after " + timeout + " waiting for: " + what);
            try {
                wait(Math.max(1, Math.min(left / 1_000_000, 50)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
    }

    /** Puts an update in the queue (the body without update_id); returns its id. */
    synchronized int enqueue(ObjectNode update) {
        int id = nextUpdateId++;
        ObjectNode json = Answer.JSON.createObjectNode().put("update_id", id);
        json.setAll(update);
        queue.add(new Queued(id, json.findPath("chat").path("id").asLong(), json));
        notifyAll();
        return id;
    }

    synchronized FakeChat chat(long id) {
        FakeChat c = chats.get(id);
        if (c == null) throw new AssertionError("no chat " + id);
        return c;
    }

    /**
     * Tells {@code listener} of every message the bot sends or edits (the chat's id, what the chat now shows),
     * as the fake takes it, with the fake's lock held: it must be quick and must not wait. For benchmarks that
     * time the bot's answers without polling the chats.
     */
    public void onBotMessage(BiConsumer<Long, Shown> listener) {
        botMessages = java.util.Objects.requireNonNull(listener, "listener");
    }

    void botMessage(FakeChat chat, FakeChat.Message m) {
        botMessages.accept(chat.id, m.shown());
    }

    /** Called with the lock held after every change. */
    void changed() {
        notifyAll();
    }
}
