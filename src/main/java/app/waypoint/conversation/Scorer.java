package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of the ranking: the parts it adds to one destination's score for one user's answers. The ranking
 * is the sum of the parts of every rule in {@link Scorers#standard}; each part carries the words the user
 * reads as a reason or a warning. A rule is a pure function, so a test can run it alone or write one as a
 * lambda.
 */
@FunctionalInterface
interface Scorer {
    /** Adds this rule's parts (none, one or more) for the candidate to {@code parts}. */
    void score(Candidate candidate, List<Part> parts);

    /**
     * What a rule looks at.
     *
     * @param answers     the user's answers
     * @param destination the destination being scored (it passed the hard filters)
     * @param entry       the entry rules for the user's citizenship; empty when the data has none for Belarusians
     */
    record Candidate(Answers answers, Destination destination, Optional<Entry> entry) {
        public Candidate {
            Objects.requireNonNull(answers, "answers");
            Objects.requireNonNull(destination, "destination");
            Objects.requireNonNull(entry, "entry");
        }
    }
}
