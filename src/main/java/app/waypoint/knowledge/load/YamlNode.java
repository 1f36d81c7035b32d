package app.waypoint.knowledge.load;

import java.util.List;
import java.util.Optional;

/**
 * The YAML document as a plain tree of text, before any meaning is given to it. Scalars keep their exact
 * text: nothing is resolved to booleans, numbers or dates here.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping, YamlNode.Broken {

    Position at();

    /** How the node reads in a "found ..." message. */
    default String describe() {
        return switch (this) {
            case Scalar s when s.text().isEmpty() -> "nothing";
            case Scalar s -> Quote.of(s.text());
            case Sequence s -> "a list";
            case Mapping m -> "a mapping";
            case Broken b -> "a value that was refused";
        };
    }

    /** A scalar's text, whatever its style (plain, quoted, block). */
    record Scalar(String text, Position at) implements YamlNode {}

    /** A list. */
    record Sequence(List<YamlNode> items, Position at) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A mapping with scalar keys, in file order; a key given twice appears twice. */
    record Mapping(List<Field> fields, Position at) implements YamlNode {
        public Mapping {
            fields = List.copyOf(fields);
        }

        /** The first field with this key. */
        Optional<Field> field(String key) {
            return fields.stream().filter(f -> f.key().text().equals(key)).findFirst();
        }
    }

    /** One key and its value. */
    record Field(Scalar key, YamlNode value) {}

    /** A node already reported as an error (an alias, a tagged value): readers skip it silently. */
    record Broken(Position at) implements YamlNode {}
}
