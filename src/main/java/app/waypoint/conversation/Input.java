package app.waypoint.conversation;

import java.util.Objects;

/**
 * What a user did, as the conversation sees it: no Telegram types. The edge (Telegram or console) maps its
 * events to one of these.
 */
public sealed interface Input {

    /**
     * A command such as {@code /start ge}: {@code name} is "start", {@code argument} is "ge" (empty if none).
     * Names are lower case, without the slash and without a {@code @botname} suffix.
     */
    record Command(String name, String argument) implements Input {
        public Command {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(argument, "argument");
        }
    }

    /** Free text typed by the user (not a command). May be empty or very long: it is input like any other. */
    record Text(String text) implements Input {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A button press. {@code data} is untrusted: it may be forged, outdated or from an older version.
     *
     * @param data      the button's callback data
     * @param messageId the message the button belongs to (so the reply can edit it in place), 0 if unknown
     */
    record Press(String data, int messageId) implements Input {
        public Press {
            Objects.requireNonNull(data, "data");
        }
    }

    /** Something the bot does not read: a sticker, photo, voice message, poll, file, location... */
    record Unsupported(String kind) implements Input {
        public Unsupported {
            Objects.requireNonNull(kind, "kind");
        }
    }
}
