package app.waypoint.conversation;

import java.util.Objects;

/**
 * One input from one private chat.
 *
 * @param chatId       the chat; sessions are kept per chat
 * @param languageCode the user's client language (IETF tag such as "ru" or "en-GB"), or null if unknown
 * @param input        what the user did
 */
public record Incoming(long chatId, String languageCode, Input input) {
    public Incoming {
        Objects.requireNonNull(input, "input");
    }

    /** Never prints the input: it may hold the user's words. */
    @Override
    public String toString() {
        return "Incoming[" + input.getClass().getSimpleName() + "]";
    }
}
