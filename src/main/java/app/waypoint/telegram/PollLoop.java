package app.waypoint.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Start-up and the getUpdates loop, with the handling of every fault the API can answer: 429 waits
 * {@code retry_after}; 5xx and network failures back off (capped); 401/404 end the run (wrong token or
 * address); 409 deletes a webhook, or after more than {@link Tuning#conflictRetries()} conflicts with
 * another instance, none of them further than ten poll timeouts from the one before, ends the run (two
 * instances take turns at winning the poll, so conflicts need not come in a row). Nothing else stops it but {@link TelegramBot#stop()}.
 */
final class PollLoop {
    private static final Logger LOG = LoggerFactory.getLogger(PollLoop.class);

    /** Ends the run with an exit code. */
    static final class Exit extends Exception {
        final int code;

        Exit(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    @FunctionalInterface
    private interface ApiCall {
        JsonNode run() throws ApiFailure;
    }

    private final BotApi api;
    private final UpdateWindow window;
    private final Dispatch dispatch;
    private final Heartbeat heartbeat;
    private final Tuning tuning;
    private final Timing timing;
    private final DoubleSupplier random;
    private final BooleanSupplier stopping;
    private final IntConsumer handled;
    private static final Duration LOG_EVERY = Duration.ofMinutes(1);
    private int conflicts;
    private long lastConflict;
    private long loggedEarly;
    private long loggedEarlyAt;

    PollLoop(
            BotApi api,
            UpdateWindow window,
            Dispatch dispatch,
            Heartbeat heartbeat,
            Tuning tuning,
            Timing timing,
            DoubleSupplier random,
            BooleanSupplier stopping,
            IntConsumer handled) {
        this.api = api;
        this.window = window;
        this.dispatch = dispatch;
        this.heartbeat = heartbeat;
        this.tuning = tuning;
        this.timing = timing;
        this.random = random;
        this.stopping = stopping;
        this.handled = handled;
    }

    /** Removes a webhook (keeping its pending updates) and checks the token; retries until it works. */
    String startUp() throws Exit, InterruptedException {
        persist(() -> api.call(DeleteWebhook.builder().dropPendingUpdates(false).build()));
        JsonNode me = persist(() -> api.call(new GetMe()));
        String username = me.path("username").asText("?");
        LOG.info("connected to the Bot API as @{}", username);
        return username;
    }

    /** Polls until stopped (returns normally) or a fatal answer (throws {@link Exit}). */
    void poll() throws Exit, InterruptedException {
        Backoff backoff = backoff();
        int pollSeconds = (int) tuning.pollTimeout().toSeconds();
        LOG.info("polling for updates");
        boolean flowing = false;
        boolean full = false; // the last poll returned all it could: more are waiting, fetch them at once
        long lastPollAt = timing.nanoTime();
        while (!stopping.getAsBoolean()) {
            int given = window.giveUp(giveUpAfter());
            if (given > 0)
                LOG.error(
                        "{} updates unfinished after {} s: given up",
                        given,
                        giveUpAfter().toSeconds());
            if (!window.awaitBelow(tuning.maxInFlight(), tuning.busyPollInterval())) continue;
            window.offset(false);
            // held updates come again with every poll, at once: poll again soon while updates keep coming,
            // else wait for them to finish (up to four busy intervals) so they stay unconfirmed a while
            if (window.held() > 0 && !full) window.awaitProgress(flowing ? tuning.busyPollInterval() : quietHold());
            if (stopping.getAsBoolean()) return;
            Integer offset = window.offset(flowing);
            int timeout = window.held() > 0 ? 0 : pollSeconds;
            int limit = window.limit(tuning.maxInFlight());
            List<Update> updates;
            try {
                updates = api.getUpdates(offset, limit, timeout);
            } catch (ApiFailure f) {
                onFailure(f, backoff);
                continue;
            }
            recovered(backoff);
            heartbeat.beat();
            if (stopping.getAsBoolean()) return; // left unconfirmed: delivered again at the next start
            int fresh = 0;
            for (Update u : updates) {
                if (take(u)) fresh++;
            }
            // a poll soon after the last one (a full batch, or a held update finished) may find nothing new
            // yet: that says nothing about whether updates are still coming
            long now = timing.nanoTime();
            boolean soon = now - lastPollAt < tuning.busyPollInterval().toNanos();
            lastPollAt = now;
            flowing = fresh > 0 || updates.size() >= limit || (soon && flowing);
            full = updates.size() >= limit;
            long early = window.confirmedEarly();
            if (early > loggedEarly && (loggedEarly == 0 || timing.nanoTime() - loggedEarlyAt > LOG_EVERY.toNanos())) {
                LOG.info(
                        "{} updates confirmed before they were answered, to keep fetching under load",
                        early - loggedEarly);
                loggedEarly = early;
                loggedEarlyAt = timing.nanoTime();
            }
        }
    }

    private Duration quietHold() {
        return tuning.busyPollInterval().multipliedBy(4);
    }

    /** Longer than any handling that is still making progress: the send retries and some 429 waits. */
    private Duration giveUpAfter() {
        return tuning.sendRetryBudget().multipliedBy(3);
    }

    /** True when the update is new (not a re-delivery). */
    private boolean take(Update u) {
        Integer id = u.getUpdateId();
        if (id == null || !window.admit(id)) return false;
        Runnable done = () -> {
            window.done(id);
            handled.accept(1);
        };
        try {
            dispatch.accept(u, done);
        } catch (RuntimeException e) { // a bug in the edge itself: skip the update, keep polling
            LOG.error("an update could not be dispatched: {}", e.getClass().getName());
            done.run();
        }
        return true;
    }

    private JsonNode persist(ApiCall call) throws Exit, InterruptedException {
        Backoff backoff = backoff();
        while (true) {
            if (stopping.getAsBoolean()) throw new Exit(TelegramBot.EXIT_OK);
            try {
                JsonNode result = call.run();
                recovered(backoff);
                return result;
            } catch (ApiFailure f) {
                onFailure(f, backoff);
            }
        }
    }

    private void onFailure(ApiFailure f, Backoff backoff) throws Exit, InterruptedException {
        if (stopping.getAsBoolean()) throw new Exit(TelegramBot.EXIT_OK);
        switch (f.kind()) {
            case RATE_LIMITED -> {
                LOG.info("{} rate-limited: waiting {} s", f.method(), f.retryAfterSeconds());
                timing.sleep(Duration.ofSeconds(Math.max(1, f.retryAfterSeconds())));
            }
            case UNAVAILABLE -> {
                Duration wait = backoff.next();
                int n = backoff.failures();
                if (n == 1) LOG.warn("Bot API unreachable ({}): retrying with back-off", f.getMessage());
                else if (n % 10 == 0) LOG.warn("Bot API still unreachable after {} attempts ({})", n, f.getMessage());
                timing.sleep(wait);
            }
            case REJECTED -> rejected(f, backoff);
        }
    }

    private void rejected(ApiFailure f, Backoff backoff) throws Exit, InterruptedException {
        switch (f.code()) {
            case 401 -> {
                LOG.error("Telegram rejected the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN; "
                        + "BotFather shows the bot's current token");
                throw new Exit(TelegramBot.EXIT_BAD_TOKEN);
            }
            case 404 -> {
                LOG.error(
                        "the Bot API answered 404 Not Found to {}: the bot token or TELEGRAM_API_URL is wrong",
                        f.method());
                throw new Exit(TelegramBot.EXIT_BAD_TOKEN);
            }
            case 409 -> conflict(f, backoff);
            default -> {
                LOG.warn("{}: retrying with back-off", f.getMessage());
                timing.sleep(backoff.next());
            }
        }
    }

    private void conflict(ApiFailure f, Backoff backoff) throws Exit, InterruptedException {
        if (f.says("webhook")) {
            LOG.warn("a webhook is set for this bot (409 on {}): deleting it to poll instead", f.method());
            persist(() ->
                    api.call(DeleteWebhook.builder().dropPendingUpdates(false).build()));
            return;
        }
        long now = timing.nanoTime();
        if (conflicts > 0
                && now - lastConflict > tuning.pollTimeout().multipliedBy(10).toNanos()) conflicts = 0;
        lastConflict = now;
        conflicts++;
        if (conflicts > tuning.conflictRetries()) {
            LOG.error(
                    "another instance of the bot is polling with the same token (409 Conflict, {} times): "
                            + "stopping; run one instance only",
                    conflicts);
            throw new Exit(TelegramBot.EXIT_CONFLICT);
        }
        LOG.warn(
                "409 Conflict: another instance is polling with the same token ({} of {} tolerated)",
                conflicts,
                tuning.conflictRetries());
        timing.sleep(backoff.next());
    }

    private void recovered(Backoff backoff) {
        if (backoff.failures() > 0) LOG.info("Bot API reachable again after {} failed attempts", backoff.failures());
        backoff.reset();
    }

    private Backoff backoff() {
        return new Backoff(tuning.backoffBase(), tuning.backoffCap(), random);
    }
}
