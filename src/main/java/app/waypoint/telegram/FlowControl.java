package app.waypoint.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps outgoing messages within Telegram's limits: about {@link Tuning#chatRate()} per chat with a short
 * burst, and {@link Tuning#globalRate()} overall. After a 429 the chat pauses for {@code retry_after}; when
 * a second chat is told to wait while the first still waits, Telegram is limiting the bot as a whole and
 * every chat pauses, so that retries do not arrive as a storm. Thread-safe.
 */
final class FlowControl {
    private final Tuning tuning;
    private final Timing timing;
    private final TokenBucket global;
    private final AtomicLong globalPausedUntil = new AtomicLong(Long.MIN_VALUE);
    private final Cache<Long, ChatFlow> chats;
    private long lastLimitedChat;
    private long lastLimitedUntil = Long.MIN_VALUE;

    private record ChatFlow(TokenBucket bucket, AtomicLong pausedUntil) {}

    FlowControl(Tuning tuning, Timing timing) {
        this.tuning = tuning;
        this.timing = timing;
        this.global = new TokenBucket(tuning.globalRate(), Math.max(1, (int) tuning.globalRate()), timing::nanoTime);
        this.chats = Caffeine.newBuilder()
                .ticker(timing::nanoTime)
                .executor(Runnable::run)
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    /** Waits until this chat may get its next message (pauses first, then the chat's and the global rate). */
    void awaitTurn(long chatId) throws InterruptedException {
        ChatFlow chat = chat(chatId);
        long wait;
        while ((wait = Math.max(remaining(globalPausedUntil), remaining(chat.pausedUntil()))) > 0) {
            timing.sleep(Duration.ofNanos(wait));
        }
        timing.sleep(Duration.ofNanos(chat.bucket().reserve()));
        timing.sleep(Duration.ofNanos(global.reserve()));
    }

    /** About how long a message to this chat queued now would wait (pauses and both rates), in nanoseconds. */
    long expectedWait(long chatId) {
        ChatFlow chat = chat(chatId);
        long paused = Math.max(remaining(globalPausedUntil), remaining(chat.pausedUntil()));
        return Math.max(0, paused) + chat.bucket().peek() + global.peek();
    }

    /** Telegram answered 429 to a message for this chat. */
    void rateLimited(long chatId, int retryAfterSeconds) {
        long until = timing.nanoTime()
                + Duration.ofSeconds(Math.max(1, retryAfterSeconds)).toNanos();
        chat(chatId).pausedUntil().accumulateAndGet(until, Math::max);
        synchronized (this) {
            boolean another = lastLimitedChat != chatId && lastLimitedUntil - timing.nanoTime() > 0;
            if (another) globalPausedUntil.accumulateAndGet(until, Math::max);
            lastLimitedChat = chatId;
            lastLimitedUntil = until;
        }
    }

    /** Drops what is kept about a chat that blocked the bot. */
    void forget(long chatId) {
        chats.invalidate(chatId);
    }

    private ChatFlow chat(long chatId) {
        return chats.get(
                chatId,
                id -> new ChatFlow(
                        new TokenBucket(tuning.chatRate(), tuning.chatBurst(), timing::nanoTime),
                        new AtomicLong(Long.MIN_VALUE)));
    }

    private long remaining(AtomicLong until) {
        long u = until.get();
        return u == Long.MIN_VALUE ? 0 : u - timing.nanoTime();
    }
}
