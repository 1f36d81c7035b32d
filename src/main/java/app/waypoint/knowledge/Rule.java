package app.waypoint.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A cross-cutting rule that applies to many destinations (internal-passport entry, cards abroad, ...).
 *
 * @param id    lower-case id
 * @param topic what it is about
 * @param title a short title
 * @param facts the statements
 */
public record Rule(String id, Topic topic, Text title, List<Fact> facts) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(title, "title");
        facts = List.copyOf(facts);
    }

    /** Topics of cross-cutting rules. */
    public enum Topic { ENTRY, CHILDREN, CARDS, SCHENGEN, BANKING, ASYLUM, CSTO, BELARUS, USA, MOBILISATION }
}
