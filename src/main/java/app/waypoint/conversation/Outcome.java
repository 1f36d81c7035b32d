package app.waypoint.conversation;

import java.util.Objects;
import java.util.Optional;

/** What rendering a state gives: a screen (with an optional notice on the pressed button), or a wipe. */
sealed interface Outcome {

    /**
     * @param screen the screen
     * @param notice a short plain-text notice for the button press
     */
    record Show(Screen screen, Optional<String> notice) implements Outcome {
        public Show {
            Objects.requireNonNull(screen, "screen");
            Objects.requireNonNull(notice, "notice");
        }

        public Show(Screen screen) {
            this(screen, Optional.empty());
        }
    }

    /** The user confirmed deleting the chat. */
    record Wipe() implements Outcome {}
}
