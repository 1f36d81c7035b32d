package app.waypoint.knowledge.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ids of one list (destinations, help, rules) as they are read: reports an id given twice with the line
 * of the first, and knows every id written, even in entries that have other errors, so references to them
 * are not reported a second time.
 */
final class Ids {
    private final String what;
    private final Findings findings;
    private final Map<String, Position> first = new HashMap<>();

    Ids(String what, Findings findings) {
        this.what = what;
        this.findings = findings;
    }

    /** The {@code id} scalar of a list item, if it has one. */
    static Optional<YamlNode.Scalar> peek(YamlNode item) {
        if (!(item instanceof YamlNode.Mapping mapping)) return Optional.empty();
        return mapping.field("id")
                .map(YamlNode.Field::value)
                .filter(YamlNode.Scalar.class::isInstance)
                .map(YamlNode.Scalar.class::cast);
    }

    /** Records the item's id; reports it when an earlier item has the same one. */
    void record(YamlNode item, String path) {
        peek(item).ifPresent(id -> {
            Position earlier = first.putIfAbsent(id.text(), id.at());
            if (earlier != null) {
                findings.error(
                        id.at(),
                        Paths.key(path, "id"),
                        "duplicate " + what + " id " + Quote.of(id.text()) + ": first used at " + earlier.describe()
                                + "; ids must be unique");
            }
        });
    }

    Set<String> known() {
        return Set.copyOf(first.keySet());
    }
}
