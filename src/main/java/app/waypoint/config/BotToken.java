package app.waypoint.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Telegram bot token. It is a secret: {@link #toString()} never shows it, and no message built from
 * this type does. Only the Telegram client reads {@link #reveal()}.
 */
public final class BotToken {
    /** BotFather tokens look like {@code 123456789:AA...}: digits, a colon, 30+ URL-safe characters. */
    private static final Pattern SHAPE = Pattern.compile("\\d{1,20}:[A-Za-z0-9_-]{20,100}");

    private final String value;

    private BotToken(String value) {
        this.value = value;
    }

    /**
     * Wraps a token after checking its shape.
     *
     * @throws IllegalArgumentException without the token in the message
     */
    public static BotToken of(String value) {
        Objects.requireNonNull(value, "token");
        String v = value.strip();
        if (!SHAPE.matcher(v).matches()) {
            throw new IllegalArgumentException(
                    "does not look like a bot token from BotFather (expected digits, ':' and 20+ letters; " + v.length()
                            + " characters given)");
        }
        return new BotToken(v);
    }

    /** The token itself, for the Bot API client only. */
    public String reveal() {
        return value;
    }

    /** The bot's numeric id, the part before the colon: safe to log. */
    public String botId() {
        return value.substring(0, value.indexOf(':'));
    }

    @Override
    public String toString() {
        return "BotToken[***]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BotToken t && t.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
