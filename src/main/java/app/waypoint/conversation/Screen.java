package app.waypoint.conversation;

import java.util.List;
import java.util.Objects;

/**
 * A message as the user sees it: HTML text (Telegram's subset, every dynamic value escaped) and buttons.
 *
 * @param html     1–4,096 characters of Telegram HTML
 * @param keyboard rows of buttons, possibly none
 */
public record Screen(String html, List<List<Button>> keyboard) {
    public Screen {
        Objects.requireNonNull(html, "html");
        keyboard = keyboard.stream().map(List::copyOf).toList();
    }

    /** Escapes {@code & < > "} so any text can go into a screen's HTML, for screens built outside the core. */
    public static String escape(String text) {
        return Html.escape(text);
    }

    /** A screen with no buttons. */
    public static Screen text(String html) {
        return new Screen(html, List.of());
    }
}
