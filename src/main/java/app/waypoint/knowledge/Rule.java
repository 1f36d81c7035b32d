package app.waypoint.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cross-cutting rule that applies to many destinations (internal-passport entry, cards abroad, ...).
 *
 * @param id    lower-case id
 * @param topic what it is about
 * @param title a short title
 * @param facts the statements
 * @param until when the whole rule ends or must be renewed, if it does
 */
public record Rule(String id, Topic topic, Text title, List<Fact> facts, Optional<PartialDate> until) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(title, "title");
        facts = List.copyOf(facts);
        Objects.requireNonNull(until, "until");
    }

    /** The facts, each carrying the rule's {@code until} when it has none of its own. */
    public List<Fact> effectiveFacts() {
        if (until.isEmpty()) return facts;
        return facts.stream()
                .map(f -> f.until().isPresent()
                        ? f
                        : new Fact(f.text(), f.sources(), f.checked(), f.mayChange(), f.since(), until))
                .toList();
    }

    /** Topics of cross-cutting rules. */
    public enum Topic {
        ENTRY,
        CHILDREN,
        CARDS,
        SCHENGEN,
        BANKING,
        ASYLUM,
        CSTO,
        BELARUS,
        USA,
        MOBILISATION
    }
}
