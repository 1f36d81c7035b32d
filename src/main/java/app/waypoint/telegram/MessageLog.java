package app.waypoint.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages of each chat that /forget may still delete: the bot's and the user's, with the time each
 * was seen. In memory only, never written anywhere; a chat's entry expires 48 hours after its newest
 * message, because Telegram lets a bot delete messages only while they are younger than that.
 * Thread-safe.
 */
final class MessageLog {
    /** Telegram's limit on deleting a message. */
    static final Duration DELETABLE = Duration.ofHours(48);
    /** Messages this close to the limit are counted as too old rather than risked. */
    private static final Duration MARGIN = Duration.ofMinutes(2);

    private final Timing timing;
    private final Cache<Long, List<Seen>> chats;

    private record Seen(int messageId, long atNanos) {
    }

    /**
     * What a wipe can do.
     *
     * @param deletable ids still young enough to delete, oldest first
     * @param tooOld    how many are too close to (or past) the 48-hour limit
     */
    record Wipe(List<Integer> deletable, int tooOld) {
    }

    MessageLog(Timing timing) {
        this.timing = timing;
        this.chats = Caffeine.newBuilder().ticker(timing::nanoTime).executor(Runnable::run)
                .expireAfterWrite(DELETABLE).build();
    }

    /** Remembers a message of the chat (sent by the bot or by the user). */
    void track(long chatId, int messageId) {
        if (messageId <= 0) return;
        long now = timing.nanoTime();
        chats.asMap().compute(chatId, (id, seen) -> {
            List<Seen> list = seen == null ? new ArrayList<>() : prune(seen, now);
            list.add(new Seen(messageId, now));
            return list;
        });
    }

    /** Takes every tracked message of the chat out of the log, sorted into deletable and too old. */
    Wipe take(long chatId) {
        List<Seen> seen = chats.asMap().remove(chatId);
        if (seen == null) return new Wipe(List.of(), 0);
        long now = timing.nanoTime();
        long limit = DELETABLE.minus(MARGIN).toNanos();
        List<Integer> deletable = new ArrayList<>();
        int tooOld = 0;
        for (Seen s : seen) {
            if (now - s.atNanos() < limit) deletable.add(s.messageId());
            else tooOld++;
        }
        return new Wipe(List.copyOf(deletable), tooOld);
    }

    /** Forgets the chat's messages without deleting them (the user blocked the bot). */
    void forget(long chatId) {
        chats.invalidate(chatId);
    }

    /** How many messages of the chat are tracked (for tests). */
    int size(long chatId) {
        List<Seen> seen = chats.getIfPresent(chatId);
        return seen == null ? 0 : seen.size();
    }

    private static List<Seen> prune(List<Seen> seen, long now) {
        long limit = DELETABLE.toNanos();
        seen.removeIf(s -> now - s.atNanos() >= limit);
        return seen;
    }
}
