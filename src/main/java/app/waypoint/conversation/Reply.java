package app.waypoint.conversation;

import java.util.Objects;

/** What the conversation wants done in the chat. The edge carries it out; the core does no I/O. */
public sealed interface Reply {

    /** Send a new message. */
    record Send(Screen screen) implements Reply {
        public Send {
            Objects.requireNonNull(screen, "screen");
        }
    }

    /** Replace the text and buttons of a message the bot sent earlier (the menu is edited in place). */
    record Edit(int messageId, Screen screen) implements Reply {
        public Edit {
            Objects.requireNonNull(screen, "screen");
        }
    }

    /**
     * A short notice on the pressed button (answerCallbackQuery text, at most 200 characters). Without one,
     * the edge still answers every button press at once, silently.
     */
    record Notice(String text) implements Reply {
        public Notice {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Wipe the chat: delete every message of this chat the edge still may delete (younger than 48 hours),
     * then send the screen that {@link Conversation#afterWipe} renders with the counts.
     *
     * @param languageCode the language to pass to {@link Conversation#afterWipe} (the one the user was reading,
     *                     since the wipe forgets a language chosen with /language), or null for the client's
     */
    record Wipe(String languageCode) implements Reply {
        /** A wipe reported in the client's language. */
        public Wipe() {
            this(null);
        }
    }
}
