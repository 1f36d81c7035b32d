package app.waypoint.conversation;

import app.waypoint.knowledge.KnowledgeBase;

/** Where an answer leads and where Back goes, derived from the order in {@link Step}. */
final class Flow {
    private Flow() {}

    /** The first open question, or the answer (warnings first when there are any). */
    static View next(Answers answers, KnowledgeBase kb) {
        return answers.firstOpen()
                .<View>map(step -> new View.Question(step, false))
                .orElseGet(() -> Advice.of(answers, kb).isEmpty() ? new View.Results(0) : new View.Warnings(0));
    }

    /** Where Back leads from a question. */
    static View back(Step step) {
        return step.previous()
                .<View>map(previous -> new View.Question(previous, false))
                .orElseGet(View.Home::new);
    }

    /** Where Back leads from the list: the warnings if there are any, else the last question. */
    static View beforeResults(Answers answers, KnowledgeBase kb) {
        return Advice.of(answers, kb).isEmpty() ? new View.Question(Step.last(), false) : new View.Warnings(0);
    }
}
