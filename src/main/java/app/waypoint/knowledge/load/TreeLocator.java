package app.waypoint.knowledge.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a key path such as {@code destinations[ge].residency.routes[1].text} sits in the YAML tree. Done on
 * demand, for the few warnings a file has, rather than recording a position for every value read.
 */
final class TreeLocator {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)|\\[([^\\]]*)\\]|\\.");

    private TreeLocator() {}

    /** The position of the deepest node on the path that exists. */
    static Position locate(YamlNode root, String path) {
        YamlNode node = root;
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            YamlNode next =
                    m.group(1) != null ? child(node, m.group(1)) : m.group(2) != null ? item(node, m.group(2)) : node;
            if (next == null) break;
            node = next;
        }
        return node.at();
    }

    private static YamlNode child(YamlNode node, String key) {
        return node instanceof YamlNode.Mapping mapping
                ? mapping.field(key).map(YamlNode.Field::value).orElse(null)
                : null;
    }

    /** A list item by index ({@code [2]}) or by id ({@code [ge]}). */
    private static YamlNode item(YamlNode node, String selector) {
        if (!(node instanceof YamlNode.Sequence sequence)) return null;
        if (selector.chars().allMatch(Character::isDigit) && !selector.isEmpty()) {
            int index = Integer.parseInt(selector);
            return index < sequence.items().size() ? sequence.items().get(index) : null;
        }
        return sequence.items().stream()
                .filter(item ->
                        Ids.peek(item).filter(id -> id.text().equals(selector)).isPresent())
                .findFirst()
                .orElse(null);
    }
}
