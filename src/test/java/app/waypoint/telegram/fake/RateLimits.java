package app.waypoint.telegram.fake;

import app.waypoint.telegram.Timing;
import java.util.HashMap;
import java.util.Map;

/** Telegram's message limits as the fake enforces them: token buckets per chat and for the whole bot. */
final class RateLimits {
    private final Timing time;
    private boolean enabled;
    private double perChat;
    private int burst;
    private double global;
    private final Map<Long, Bucket> chats = new HashMap<>();
    private Bucket all;

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }
    }

    RateLimits(Timing time) {
        this.time = time;
    }

    void enable(double perChat, int burst, double global) {
        this.enabled = true;
        this.perChat = perChat;
        this.burst = burst;
        this.global = global;
        this.all = new Bucket(Math.max(1, global), time.nanoTime());
        chats.clear();
    }

    /** 0 when the message may go now (and takes the tokens), else the seconds to wait (retry_after). */
    int take(long chatId) {
        if (!enabled) return 0;
        Bucket chat = chats.computeIfAbsent(chatId, id -> new Bucket(burst, time.nanoTime()));
        refill(chat, perChat, burst);
        refill(all, global, Math.max(1, global));
        if (chat.tokens >= 1 && all.tokens >= 1) {
            chat.tokens -= 1;
            all.tokens -= 1;
            return 0;
        }
        double wait = Math.max((1 - chat.tokens) / perChat, (1 - all.tokens) / global);
        return Math.max(1, (int) Math.ceil(wait));
    }

    private void refill(Bucket bucket, double rate, double cap) {
        long now = time.nanoTime();
        bucket.tokens = Math.min(cap, bucket.tokens + (now - bucket.last) / 1e9 * rate);
        bucket.last = now;
    }
}
