package app.waypoint.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A button under a message: it either calls back to the bot or opens a link. */
public sealed interface Button {

    /** What the button shows. */
    String label();

    /**
     * A button that sends {@code data} back to the bot.
     *
     * @param label what the user sees
     * @param data  ASCII, 1–64 bytes (Telegram's callback_data limit)
     */
    record Callback(String label, String data) implements Button {
        public Callback {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(data, "data");
            int bytes = data.getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > 64) {
                throw new IllegalArgumentException("callback data must be 1-64 bytes, was " + bytes);
            }
        }
    }

    /**
     * A button that opens a web page or Telegram link.
     *
     * @param label what the user sees
     * @param url   http, https or tg URL
     */
    record Link(String label, String url) implements Button {
        public Link {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(url, "url");
        }
    }
}
