package app.waypoint.conversation;

import java.util.List;

/**
 * The conversation's front door, shared by the Telegram edge and the console chat: input in, replies out.
 *
 * <p>Implementations are pure (no I/O, no Telegram types) and thread-safe. The edge calls {@link #handle}
 * for one chat in order, and for different chats in parallel.
 */
public interface Conversation {

    /** Answers one input. Never throws for bad input: a forged button or odd text gets a friendly reply. */
    List<Reply> handle(Incoming incoming);

    /**
     * What to tell the user after the edge carried out a {@link Reply.Wipe}.
     *
     * @param deleted messages deleted
     * @param tooOld  messages older than 48 hours that Telegram no longer lets the bot delete
     */
    List<Reply> afterWipe(long chatId, String languageCode, int deleted, int tooOld);

    /** Drops whatever is kept about the chat (the user blocked the bot, or asked to be forgotten). */
    void forget(long chatId);
}
