package app.waypoint.conversation;

import java.util.List;
import java.util.Optional;

/**
 * The questionnaire, declared once: the questions in the order they are asked, how each is answered, and the
 * code its answer has in button data. Back goes to the previous question (from the first, home); after the
 * last comes the advice, then the list. Everything else is derived from this table or forced by the compiler:
 * a new constant must be given a field in {@link Answers} (its record components and {@link Answers#answered}),
 * a reading and writing in {@link AnswerCodec}, a screen in {@link QuestionScreens}, texts {@code q.NAME} and
 * {@code opt.<options>.*} in both bundles (MessagesTest checks them), and a rule in {@link Scorers} if it
 * changes the ranking. docs/architecture.md has the recipe.
 */
enum Step {
    CITIZENSHIP("c", Kind.ONE, "citizenship"),
    DOCUMENTS("d", Kind.ONE, "documents"),
    SITUATION("s", Kind.MANY, "situation"),
    PRIORITIES("p", Kind.RANKED, "priority");

    /** Every step, in order (one array for the hot paths, not a copy per call). */
    static final List<Step> ALL = List.of(values());

    /** How a question is answered. */
    enum Kind {
        /** One option; pressing it answers and moves on. */
        ONE,
        /** Any number of options, toggled, then Done (or Skip). */
        MANY,
        /** Up to three options in the order chosen, then Done (or Skip). */
        RANKED
    }

    /** The key of this answer in button data (one letter, unique). */
    final String code;

    final Kind kind;
    /** The middle of the options' bundle keys: {@code opt.<options>.<NAME>}. */
    final String options;

    Step(String code, Kind kind, String options) {
        this.code = code;
        this.kind = kind;
        this.options = options;
    }

    /** 1-based position, for "2/4". */
    int number() {
        return ordinal() + 1;
    }

    /** The question Back leads to; none from the first (Back leads home). */
    Optional<Step> previous() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(ALL.get(ordinal() - 1));
    }

    /** The last question: after it come the advice and the list, and Back from them leads here. */
    static Step last() {
        return ALL.getLast();
    }

    /** The bundle key of one option of this question. */
    String option(Enum<?> value) {
        return "opt." + options + "." + value.name();
    }
}
