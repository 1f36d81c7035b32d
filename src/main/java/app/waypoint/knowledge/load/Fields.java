package app.waypoint.knowledge.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One YAML mapping read against the keys the schema allows there. Unknown keys are reported as soon as the
 * mapping is opened (with the closest allowed key as a hint), missing keys when they are asked for.
 */
final class Fields {
    private final YamlNode.Mapping mapping;
    private final String path;
    private final Findings findings;

    private Fields(YamlNode.Mapping mapping, String path, Findings findings) {
        this.mapping = mapping;
        this.path = path;
        this.findings = findings;
    }

    /**
     * Opens the node as a mapping with these keys; empty (and reported) when it is something else. Reports
     * unknown keys, and keys given twice with the lines of both; the first of two is the one read.
     */
    static Optional<Fields> open(YamlNode node, String path, Findings findings, List<String> allowed) {
        switch (node) {
            case YamlNode.Mapping mapping -> {
                checkKeys(mapping, path, findings, allowed);
                return Optional.of(new Fields(mapping, path, findings));
            }
            case YamlNode.Broken broken -> findings.skip();
            case YamlNode.Scalar s -> findings.error(node.at(), path, "expected a mapping, found " + node.describe());
            case YamlNode.Sequence s -> findings.error(node.at(), path, "expected a mapping, found " + node.describe());
        }
        return Optional.empty();
    }

    private static void checkKeys(YamlNode.Mapping mapping, String path, Findings findings, List<String> allowed) {
        List<YamlNode.Field> fields = mapping.fields();
        for (int i = 0; i < fields.size(); i++) {
            YamlNode.Scalar key = fields.get(i).key();
            Optional<YamlNode.Scalar> first = firstWithKey(fields, i, key.text());
            if (first.isPresent()) {
                findings.error(
                        key.at(),
                        Paths.key(path, key.text()),
                        "duplicate key " + Quote.of(key.text())
                                + ": first given at " + first.get().at().describe() + ", column "
                                + first.get().at().column()
                                + "; keep one");
            } else if (!allowed.contains(key.text())) {
                findings.error(key.at(), Paths.key(path, key.text()), unknownKey(key.text(), allowed));
            }
        }
    }

    /** The earlier key with this text, if any: a scan, cheaper than a map for mappings of a dozen keys. */
    private static Optional<YamlNode.Scalar> firstWithKey(List<YamlNode.Field> fields, int before, String key) {
        for (int j = 0; j < before; j++) {
            if (fields.get(j).key().text().equals(key))
                return Optional.of(fields.get(j).key());
        }
        return Optional.empty();
    }

    private static String unknownKey(String key, List<String> allowed) {
        if (key.equals("<<")) return "merge keys ('<<') are not allowed: write the keys out in full";
        return Suggest.closest(key, allowed)
                .map(s -> "unknown key " + Quote.of(key) + ": did you mean '" + s + "'?")
                .orElse("unknown key " + Quote.of(key) + ": expected one of " + String.join(", ", allowed));
    }

    String path() {
        return path;
    }

    String path(String key) {
        return Paths.key(path, key);
    }

    Position at() {
        return mapping.at();
    }

    /** Where the key's value is, or the mapping when the key is left out. */
    Position at(String key) {
        return node(key).map(YamlNode::at).orElse(mapping.at());
    }

    /** True when the key is written, whatever its value. */
    boolean has(String key) {
        return mapping.field(key).isPresent();
    }

    /** The parsed value; null when it is missing or wrong (both reported). */
    <T> T required(String key, Parse<T> parse) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            findings.error(mapping.at(), path, "missing required key '" + key + "'");
            return null;
        }
        return parse.parse(node.get(), path(key));
    }

    /** The parsed value, empty when the key is left out or the value is wrong (reported). */
    <T> Optional<T> optional(String key, Parse<T> parse) {
        return node(key).map(n -> parse.parse(n, path(key)));
    }

    /** The items of a list; a list written with the same value twice is reported. */
    <T> List<T> list(String key, Presence presence, Parse<T> parse) {
        return list(key, presence, Fields::indexed, parse);
    }

    /** Like {@link #list}, with items named by their {@code id} in paths ({@code destinations[ge]}) when it has one. */
    <T> List<T> keyedList(String key, Presence presence, Parse<T> parse) {
        return list(key, presence, Fields::keyed, parse);
    }

    private <T> List<T> list(String key, Presence presence, ItemPath naming, Parse<T> parse) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            if (presence != Presence.OPTIONAL) findings.error(mapping.at(), path, "missing required key '" + key + "'");
            return List.of();
        }
        if (presence == Presence.NON_EMPTY
                && node.get() instanceof YamlNode.Sequence s
                && s.items().isEmpty()) {
            findings.error(s.at(), path(key), "expected at least one item, found an empty list");
        }
        return items(node.get(), path(key), naming, parse);
    }

    private <T> List<T> items(YamlNode node, String listPath, ItemPath naming, Parse<T> parse) {
        if (!(node instanceof YamlNode.Sequence sequence)) {
            if (node instanceof YamlNode.Broken) {
                findings.skip();
            } else {
                findings.error(
                        node.at(),
                        listPath,
                        "expected a list, found " + node.describe()
                                + (node.describe().equals("nothing") ? " (write [] or leave the key out)" : ""));
            }
            return List.of();
        }
        List<T> items = new ArrayList<>();
        Set<T> distinct = new HashSet<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode item = sequence.items().get(i);
            String itemPath = naming.of(listPath, i, item);
            T value = parse.parse(item, itemPath);
            if (value == null) continue;
            if (!distinct.add(value)) findings.error(item.at(), itemPath, repeated(item));
            items.add(value);
        }
        return items;
    }

    private static String indexed(String listPath, int index, YamlNode item) {
        return Paths.index(listPath, index);
    }

    private static String keyed(String listPath, int index, YamlNode item) {
        return Ids.peek(item)
                .filter(id -> Values.SLUG.matcher(id.text()).matches())
                .map(id -> Paths.id(listPath, id.text()))
                .orElse(Paths.index(listPath, index));
    }

    private static String repeated(YamlNode item) {
        return item instanceof YamlNode.Scalar ? item.describe() + " is listed twice" : "repeats an earlier item";
    }

    private Optional<YamlNode> node(String key) {
        return mapping.field(key).map(YamlNode.Field::value);
    }

    /** Reads one node at a path; returns null when it is wrong, after reporting why. */
    @FunctionalInterface
    interface Parse<T> {
        T parse(YamlNode node, String path);
    }

    /** Names the path of a list item. */
    @FunctionalInterface
    private interface ItemPath {
        String of(String listPath, int index, YamlNode item);
    }

    /** Whether a list may be left out or empty. */
    enum Presence {
        OPTIONAL,
        REQUIRED,
        NON_EMPTY
    }
}
