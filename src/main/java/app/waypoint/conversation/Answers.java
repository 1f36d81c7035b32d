package app.waypoint.conversation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the user answered so far; an empty Optional is a question not answered yet. An answered situation
 * may be the empty set ("none of these"), answered priorities the empty list ("skipped").
 *
 * @param citizenship Russia or Belarus
 * @param documents   travel documents; never {@link Documents#INTERNAL_ONLY} for Belarus
 * @param situations  the situations that apply
 * @param priorities  up to three, in the order chosen, no repeats
 */
record Answers(
        Optional<Citizenship> citizenship,
        Optional<Documents> documents,
        Optional<Set<Situation>> situations,
        Optional<List<Priority>> priorities) {

    /** Nothing answered yet. */
    static final Answers NONE = new Answers(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    Answers {
        Objects.requireNonNull(citizenship, "citizenship");
        Objects.requireNonNull(documents, "documents");
        situations = frozen(situations, Set::copyOf);
        priorities = frozen(priorities, List::copyOf);
        if (citizenship.equals(Optional.of(Citizenship.BELARUS))
                && documents.equals(Optional.of(Documents.INTERNAL_ONLY))) {
            throw new IllegalArgumentException("the internal-passport answer is for Russian citizens only");
        }
        priorities.ifPresent(Answers::checkPriorities);
    }

    /**
     * An immutable copy of an answer; one that already is immutable is kept as it is, so the many Answers built
     * by each with… and by every decoded press do not copy the same set or list again and again.
     */
    private static <C> Optional<C> frozen(Optional<C> answer, java.util.function.UnaryOperator<C> copyOf) {
        if (answer.isEmpty()) return answer;
        C copy = copyOf.apply(answer.get());
        return copy == answer.get() ? answer : Optional.of(copy);
    }

    private static void checkPriorities(List<Priority> list) {
        if (list.size() > Priority.MAX) throw new IllegalArgumentException("more than three priorities");
        if (new HashSet<>(list).size() != list.size()) throw new IllegalArgumentException("repeated priority");
    }

    /** Sets the citizenship; drops an internal-passport answer a Belarusian cannot have given. */
    Answers withCitizenship(Citizenship value) {
        Optional<Documents> docs =
                value == Citizenship.BELARUS && documents.equals(Optional.of(Documents.INTERNAL_ONLY))
                        ? Optional.empty()
                        : documents;
        return new Answers(Optional.of(value), docs, situations, priorities);
    }

    Answers withDocuments(Documents value) {
        return new Answers(citizenship, Optional.of(value), situations, priorities);
    }

    Answers withSituations(Set<Situation> value) {
        return new Answers(citizenship, documents, Optional.of(value), priorities);
    }

    Answers withPriorities(List<Priority> value) {
        return new Answers(citizenship, documents, situations, Optional.of(value));
    }

    /** True when this question has an answer. */
    boolean answered(Step step) {
        return switch (step) {
            case CITIZENSHIP -> citizenship.isPresent();
            case DOCUMENTS -> documents.isPresent();
            case SITUATION -> situations.isPresent();
            case PRIORITIES -> priorities.isPresent();
        };
    }

    /** The first question without an answer, if any. */
    Optional<Step> firstOpen() {
        for (Step step : Step.ALL) {
            if (!answered(step)) return Optional.of(step);
        }
        return Optional.empty();
    }

    /** True when the ranking can be made: every question answered. */
    boolean complete() {
        return firstOpen().isEmpty();
    }

    boolean has(Situation situation) {
        return situations.isPresent() && situations.get().contains(situation);
    }

    boolean is(Citizenship value) {
        return citizenship.equals(Optional.of(value));
    }

    boolean is(Documents value) {
        return documents.equals(Optional.of(value));
    }

    /** The chosen priorities, or none. */
    List<Priority> chosen() {
        return priorities.orElse(List.of());
    }
}
