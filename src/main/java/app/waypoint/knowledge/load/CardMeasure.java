package app.waypoint.knowledge.load;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Lang;

/**
 * How long the longest Telegram message of a destination's card would be. The card is rendered by the
 * conversation core, which the knowledge package must not depend on; the validator asks through this interface
 * so a card that Telegram would refuse (over {@link #TELEGRAM_LIMIT} characters) is caught when the file is
 * checked, not when a person asks. Implementations must be pure and thread-safe.
 */
@FunctionalInterface
public interface CardMeasure {
    /** Telegram's limit on the text of one message, in characters. */
    int TELEGRAM_LIMIT = 4096;

    /** The length, in UTF-16 characters as Telegram counts them, of the longest message of the card. */
    int longestMessage(Destination destination, Lang lang);

    /**
     * A stand-in until the real renderer is plugged in: the largest section's fact text plus 200 characters per
     * fact for headings, dates and sources. Errs on the long side.
     */
    static CardMeasure conservative() {
        return ConservativeCardMeasure::longestMessage;
    }
}
