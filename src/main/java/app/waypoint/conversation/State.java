package app.waypoint.conversation;

import app.waypoint.knowledge.Lang;
import java.util.Objects;

/**
 * Everything a button carries: the answers so far, the language and the screen. Immutable.
 *
 * @param answers what the user answered
 * @param lang    the language of the screens
 * @param view    the screen
 */
record State(Answers answers, Lang lang, View view) {
    State {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(view, "view");
    }

    /** A fresh state on this screen. */
    static State fresh(Lang lang, View view) {
        return new State(Answers.NONE, lang, view);
    }

    State with(View next) {
        return new State(answers, lang, next);
    }

    State with(Answers next) {
        return new State(next, lang, view);
    }

    State with(Lang next) {
        return new State(answers, next, view);
    }
}
