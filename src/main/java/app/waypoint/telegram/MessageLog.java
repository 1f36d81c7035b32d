package app.waypoint.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages of each chat that /forget may still delete: the bot's and the user's, with the time each
 * was seen. In memory only, never written anywhere. A message id is dropped once it is 48 hours old,
 * because Telegram lets a bot delete messages only while they are younger than that; only a count of the
 * dropped ones stays, so that /forget can say how many it could not delete. A chat's entry, count included,
 * expires 48 hours after its newest message. Thread-safe.
 */
final class MessageLog {
    /** Telegram's limit on deleting a message. */
    static final Duration DELETABLE = Duration.ofHours(48);
    /** Messages this close to the limit are counted as too old rather than risked. */
    private static final Duration MARGIN = Duration.ofMinutes(2);

    private final Timing timing;
    private final Cache<Long, Chat> chats;

    private record Seen(int messageId, long atNanos) {}

    /** One chat's tracked messages, and how many aged out of the log (ids forgotten, count kept). */
    private static final class Chat {
        final List<Seen> seen = new ArrayList<>();
        int agedOut;
    }

    /**
     * What a wipe can do.
     *
     * @param deletable ids still young enough to delete, oldest first
     * @param tooOld    how many are too close to (or past) the 48-hour limit, including those whose ids
     *                  were already dropped for age
     */
    record Wipe(List<Integer> deletable, int tooOld) {}

    MessageLog(Timing timing) {
        this.timing = timing;
        this.chats = Caffeine.newBuilder()
                .ticker(timing::nanoTime)
                .executor(Runnable::run)
                .expireAfterWrite(DELETABLE)
                .build();
    }

    /** Remembers a message of the chat (sent by the bot or by the user). */
    void track(long chatId, int messageId) {
        if (messageId <= 0) return;
        long now = timing.nanoTime();
        chats.asMap().compute(chatId, (id, chat) -> {
            Chat c = chat == null ? new Chat() : prune(chat, now);
            c.seen.add(new Seen(messageId, now));
            return c;
        });
    }

    /** Takes every tracked message of the chat out of the log, sorted into deletable and too old. */
    Wipe take(long chatId) {
        Chat chat = chats.asMap().remove(chatId);
        if (chat == null) return new Wipe(List.of(), 0);
        long now = timing.nanoTime();
        long limit = DELETABLE.minus(MARGIN).toNanos();
        List<Integer> deletable = new ArrayList<>();
        int tooOld = chat.agedOut;
        for (Seen s : chat.seen) {
            if (now - s.atNanos() < limit) deletable.add(s.messageId());
            else tooOld++;
        }
        return new Wipe(List.copyOf(deletable), tooOld);
    }

    /** Forgets the chat's messages without deleting them (the user blocked the bot). */
    void forget(long chatId) {
        chats.invalidate(chatId);
    }

    /** How many message ids of the chat are tracked (for tests). */
    int size(long chatId) {
        Chat chat = chats.getIfPresent(chatId);
        return chat == null ? 0 : chat.seen.size();
    }

    /** Drops the ids that reached the 48-hour limit, counting them. */
    private static Chat prune(Chat chat, long now) {
        long limit = DELETABLE.toNanos();
        int before = chat.seen.size();
        chat.seen.removeIf(s -> now - s.atNanos() >= limit);
        chat.agedOut += before - chat.seen.size();
        return chat;
    }
}
