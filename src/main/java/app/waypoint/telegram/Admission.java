package app.waypoint.telegram;

import java.util.HashMap;
import java.util.Map;

/**
 * Per-chat admission: a chat may have at most {@code cap} inputs in the works (asked of the conversation, and
 * their answers not yet sent). One more, the newest, waits; anything it replaces is dropped: confirmed without
 * being handled, since for someone typing or pressing faster than the bot may answer (Telegram: one message a
 * second per chat) the newest input is the one that matters. The first drop of an episode (until the chat's
 * queue runs dry) asks the caller to tell the user, once, to slow down. Thread-safe.
 *
 * @param <T> the waiting input
 */
final class Admission<T> {
    private final int cap;
    private final Map<Long, Chat<T>> chats = new HashMap<>();

    private static final class Chat<T> {
        int active;
        T waiting;
        boolean warned;
    }

    /**
     * What to do with an offered input.
     *
     * @param run     start it now
     * @param dropped the input it replaced as the waiting one (drop it), or null
     * @param warn    this is the episode's first drop: tell the user once to slow down
     */
    record Verdict<T>(boolean run, T dropped, boolean warn) {}

    Admission(int cap) {
        if (cap < 1) throw new IllegalArgumentException("cap must be at least 1, was " + cap);
        this.cap = cap;
    }

    /** Offers a new input of the chat. */
    synchronized Verdict<T> offer(long chatId, T input) {
        Chat<T> chat = chats.computeIfAbsent(chatId, id -> new Chat<>());
        if (chat.active < cap && chat.waiting == null) {
            chat.active++;
            return new Verdict<>(true, null, false);
        }
        T replaced = chat.waiting;
        chat.waiting = input;
        boolean warn = replaced != null && !chat.warned;
        if (replaced != null) chat.warned = true;
        return new Verdict<>(false, replaced, warn);
    }

    /** One of the chat's inputs is through; returns the waiting input to start now, or null. */
    synchronized T release(long chatId) {
        Chat<T> chat = chats.get(chatId);
        if (chat == null) return null;
        T next = chat.waiting;
        if (next != null) {
            chat.waiting = null;
            return next; // takes the released place: active stays
        }
        if (--chat.active <= 0) chats.remove(chatId);
        return null;
    }

    /** Forgets the chat (it blocked the bot); returns its waiting input, or null. */
    synchronized T forget(long chatId) {
        Chat<T> chat = chats.remove(chatId);
        return chat == null ? null : chat.waiting;
    }

    /** Chats with inputs in the works (for tests). */
    synchronized int chats() {
        return chats.size();
    }
}
