package app.waypoint.conversation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The buttons a person presses to give a set of answers, question by question, derived from the order and
 * kinds in {@link Step}: the test and benchmark drivers walk the questionnaire with this, so a new question
 * is walked without editing them (the switch below makes the compiler ask how to answer it).
 */
public final class Answering {
    private Answering() {}

    /**
     * The answers with every question the test drivers do not name given its neutral answer. Today the drivers
     * name all four; a new question gets its neutral answer here (for example "no budget limit"), so profiles
     * built from four answers stay complete.
     */
    static Answers completed(Answers a) {
        return a;
    }

    /** The bundle keys to press, in order, from the first question to the screen after the last. */
    static List<String> keys(Answers target) {
        List<String> keys = new ArrayList<>();
        for (Step step : Step.ALL) {
            List<? extends Enum<?>> chosen = switch (step) {
                case CITIZENSHIP -> target.citizenship().stream().toList();
                case DOCUMENTS -> target.documents().stream().toList();
                case SITUATION ->
                    List.copyOf(EnumSet.copyOf(
                            target.situations().filter(s -> !s.isEmpty()).orElse(EnumSet.noneOf(Situation.class))));
                case PRIORITIES -> target.chosen();
            };
            for (Enum<?> option : chosen) keys.add(step.option(option));
            if (step.kind != Step.Kind.ONE) keys.add(chosen.isEmpty() ? "btn.skip" : "btn.done");
        }
        return keys;
    }

    /** The same for answers named as strings (enum constant names), for drivers outside this package. */
    public static List<String> keys(
            String citizenship, String documents, List<String> situations, List<String> priorities) {
        Set<Situation> s = EnumSet.noneOf(Situation.class);
        situations.forEach(x -> s.add(Situation.valueOf(x)));
        return keys(completed(Answers.NONE
                .withCitizenship(Citizenship.valueOf(citizenship))
                .withDocuments(Documents.valueOf(documents))
                .withSituations(s)
                .withPriorities(priorities.stream().map(Priority::valueOf).toList())));
    }
}
