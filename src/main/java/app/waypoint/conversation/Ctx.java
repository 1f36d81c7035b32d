package app.waypoint.conversation;

import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Lang;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a screen is rendered from: one knowledge-base version, the texts of the user's language, the state
 * and today's date. Buttons made here carry the state they lead to.
 *
 * @param kb    the knowledge base, read once for this input
 * @param msg   the texts in the user's language
 * @param state where the user is
 * @param today      today, for "not re-checked" marks and rules that have ended, judged at render time
 * @param reviewDays days after its check date a fact is marked as not re-checked
 */
record Ctx(KnowledgeBase kb, Msg msg, State state, LocalDate today, int reviewDays) {
    /** The review age when none is configured. */
    static final int DEFAULT_REVIEW_DAYS = 180;

    Ctx {
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(msg, "msg");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(today, "today");
    }

    /** Today and the review age, for marks judged at render time. */
    Review review() {
        return new Review(today, reviewDays);
    }

    Lang lang() {
        return state.lang();
    }

    Answers answers() {
        return state.answers();
    }

    /** Bundle text, HTML. */
    String t(String key, Object... pairs) {
        return msg.t(key, pairs);
    }

    /** Bundle text, plain (labels). */
    String label(String key, Object... pairs) {
        return msg.plain(key, pairs);
    }

    /** A button to another screen, keeping the answers. */
    Button.Callback go(String label, View view) {
        return go(label, state.with(view));
    }

    /** A button to another state. */
    Button.Callback go(String label, State target) {
        return new Button.Callback(label, StateCodec.encode(target));
    }

    /** The same context on another screen or with other answers. */
    Ctx with(State next) {
        return new Ctx(kb, msg, next, today, reviewDays);
    }
}
