package app.waypoint.knowledge;

import java.util.Objects;

/**
 * A piece of user-facing text in both languages the bot speaks. Plain text: whoever renders it escapes it.
 *
 * @param en English text, never blank
 * @param ru Russian text, never blank
 */
public record Text(String en, String ru) {
    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(ru, "ru");
    }

    /** The text in the given language. */
    public String in(Lang lang) {
        return switch (lang) {
            case EN -> en;
            case RU -> ru;
        };
    }
}
