package app.waypoint.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;

/**
 * Makes outgoing calls and retries what is worth retrying: a 429 waits {@code retry_after} (and pauses
 * the chat, or everyone, through {@link FlowControl}) up to {@link Tuning#rateLimitAttempts()} times; 5xx
 * and network failures back off with jitter for up to {@link Tuning#sendRetryBudget()}. Other errors are
 * the caller's to interpret. Thread-safe; the waits end early when the thread is interrupted.
 */
final class Sender {
    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);

    private final BotApi api;
    private final FlowControl flow;
    private final Tuning tuning;
    private final Timing timing;
    private final DoubleSupplier random;
    private final BooleanSupplier stopping;

    Sender(
            BotApi api,
            FlowControl flow,
            Tuning tuning,
            Timing timing,
            DoubleSupplier random,
            BooleanSupplier stopping) {
        this.api = api;
        this.flow = flow;
        this.tuning = tuning;
        this.timing = timing;
        this.random = random;
        this.stopping = stopping;
    }

    /** A message to a chat (send, edit, delete): waits its turn under the rate limits, then retries. */
    JsonNode toChat(long chatId, PartialBotApiMethod<?> method) throws ApiFailure, InterruptedException {
        return call(chatId, () -> method, true, tuning.sendRetryBudget());
    }

    /**
     * {@link #toChat(long, PartialBotApiMethod)} with the method made only once the chat's turn has come, so
     * that what waited under the rate limits goes out as it is then (the newest screen of a merged edit).
     */
    JsonNode toChat(long chatId, Supplier<PartialBotApiMethod<?>> method) throws ApiFailure, InterruptedException {
        return call(chatId, method, true, tuning.sendRetryBudget());
    }

    /**
     * A call outside the message flow (answerCallbackQuery, leaveChat, setMyCommands): not rate-limited by
     * the bot and not held by the messages' pauses; its own 429 is waited out within {@code budget} only,
     * since a late answer is worthless.
     */
    JsonNode direct(long chatId, PartialBotApiMethod<?> method, Duration budget)
            throws ApiFailure, InterruptedException {
        return call(chatId, () -> method, false, budget);
    }

    private JsonNode call(long chatId, Supplier<PartialBotApiMethod<?>> method, boolean metered, Duration budget)
            throws ApiFailure, InterruptedException {
        long deadline = timing.nanoTime() + budget.toNanos();
        Backoff backoff = new Backoff(tuning.backoffBase(), tuning.backoffCap(), random);
        int limited = 0;
        while (true) {
            if (metered) flow.awaitTurn(chatId);
            try {
                return api.call(method.get());
            } catch (ApiFailure f) {
                switch (f.kind()) {
                    case REJECTED -> throw f;
                    case RATE_LIMITED -> {
                        if (++limited >= tuning.rateLimitAttempts() || !fits(deadline, f.retryAfterSeconds())) {
                            LOG.warn("{} still rate-limited after {} attempts: given up", f.method(), limited);
                            throw f;
                        }
                        LOG.info("{} rate-limited: waiting {} s", f.method(), f.retryAfterSeconds());
                        if (metered) flow.rateLimited(chatId, f.retryAfterSeconds()); // awaitTurn waits it out
                        else timing.sleep(Duration.ofSeconds(Math.max(1, f.retryAfterSeconds())));
                    }
                    case UNAVAILABLE -> {
                        Duration wait = backoff.next();
                        if (stopping.getAsBoolean() || timing.nanoTime() + wait.toNanos() - deadline > 0) {
                            LOG.warn(
                                    "{} failed {} times ({}): given up",
                                    f.method(),
                                    backoff.failures(),
                                    f.getMessage());
                            throw f;
                        }
                        LOG.debug("{} failed ({}): retrying in {} ms", f.method(), f.getMessage(), wait.toMillis());
                        timing.sleep(wait);
                    }
                }
            }
        }
    }

    private boolean fits(long deadline, int retryAfterSeconds) {
        return timing.nanoTime() + Duration.ofSeconds(retryAfterSeconds).toNanos() - deadline <= 0;
    }
}
