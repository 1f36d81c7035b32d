package app.waypoint.conversation;

import app.waypoint.knowledge.Lang;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What is kept per chat, in memory only: what cannot travel in a button. Bounded in size and dropped after
 * a day without use; the answers are never here (they live in the buttons). Thread-safe.
 */
final class Sessions {
    static final long MAX_SIZE = 200_000;
    static final Duration IDLE = Duration.ofHours(24);

    /**
     * @param lang   the language the user chose with /language, if they did
     * @param menuId the message of the menu the user last pressed, 0 if none
     */
    record Session(Optional<Lang> lang, int menuId) {
        static final Session EMPTY = new Session(Optional.empty(), 0);
    }

    private final Cache<Long, Session> cache;

    Sessions(Ticker ticker) {
        cache = Caffeine.newBuilder()
                .maximumSize(MAX_SIZE)
                .expireAfterAccess(IDLE)
                .ticker(ticker)
                .build();
    }

    Session get(long chatId) {
        Session s = cache.getIfPresent(chatId);
        return s == null ? Session.EMPTY : s;
    }

    void update(long chatId, UnaryOperator<Session> change) {
        cache.asMap().compute(chatId, (id, s) -> change.apply(s == null ? Session.EMPTY : s));
    }

    void forget(long chatId) {
        cache.invalidate(chatId);
    }

    /** Chats with a session, after expired ones are dropped. */
    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
