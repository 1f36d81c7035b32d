package app.waypoint.knowledge.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Builds the {@link YamlNode} tree straight from SnakeYAML's parser events. Going below the composer is what
 * makes the loader safe and precise: an alias is reported where it is written and never resolved, so an alias
 * bomb costs no more than its own text; every explicit tag is refused, and no constructor exists that could
 * instantiate anything. Keys given twice are kept, for {@link Fields} to report with both lines.
 */
final class YamlTree {
    /**
     * Largest file accepted, in characters: a bound on memory against a runaway file, with room for the
     * 1,000-destination benchmark file (10 million characters; the real file is a few hundred thousand).
     */
    static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

    private static final int MAX_DEPTH = 40;
    private static final String STANDARD_TAGS = "tag:yaml.org,2002:";

    private final Parser parser;
    private final Findings findings;
    private final Set<String> reportedAliases = new HashSet<>();

    private YamlTree(String yaml, Findings findings) {
        // Only the size limit applies to the parser; alias, depth and duplicate-key limits belong to the
        // composer, which is not used: those are enforced here instead.
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        this.parser = new ParserImpl(new StreamReader(new StringReader(yaml)), options);
        this.findings = findings;
    }

    /** The document's root, or empty when the file is not YAML at all (the reason is in the findings). */
    static Optional<YamlNode> parse(String yaml, Findings findings) {
        try {
            return new YamlTree(yaml, findings).document();
        } catch (MarkedYAMLException e) {
            findings.error(Position.of(e.getProblemMark()), "", syntaxMessage(e));
        } catch (TooDeep e) {
            findings.error(e.at, "", "nested deeper than " + MAX_DEPTH + " levels: the schema is never this deep");
        } catch (YAMLException e) {
            findings.error(Position.FILE, "", "not readable as YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    private Optional<YamlNode> document() {
        parser.getEvent(); // stream start
        Event start = parser.getEvent();
        if (start instanceof StreamEndEvent) {
            findings.error(
                    Position.FILE, "", "the file is empty: expected schema_version, help, rules and destinations");
            return Optional.empty();
        }
        YamlNode root = node(parser.getEvent(), "", 0);
        parser.getEvent(); // document end
        Event next = parser.getEvent();
        if (next instanceof DocumentStartEvent) {
            findings.error(
                    Position.of(next.getStartMark()),
                    "",
                    "a second YAML document ('---') is not allowed: keep everything in one document");
        }
        return Optional.of(root);
    }

    private YamlNode node(Event event, String path, int depth) {
        Position at = Position.of(event.getStartMark());
        if (depth > MAX_DEPTH) throw new TooDeep(at);
        if (event instanceof AliasEvent alias) {
            reportAlias(alias, at, path);
            return new YamlNode.Broken(at);
        }
        boolean acceptable = checkAnchorAndTag((NodeEvent) event, at, path);
        YamlNode node = switch (event) {
            case ScalarEvent s -> new YamlNode.Scalar(s.getValue(), at);
            case SequenceStartEvent s -> sequence(at, path, depth);
            case MappingStartEvent m -> mapping(at, path, depth);
            default -> throw new IllegalStateException("unexpected YAML event " + event);
        };
        return acceptable ? node : new YamlNode.Broken(at);
    }

    private YamlNode.Sequence sequence(Position at, String path, int depth) {
        List<YamlNode> items = new ArrayList<>();
        for (Event e = parser.getEvent(); !(e instanceof SequenceEndEvent); e = parser.getEvent()) {
            items.add(node(e, Paths.index(path, items.size()), depth + 1));
        }
        return new YamlNode.Sequence(items, at);
    }

    private YamlNode.Mapping mapping(Position at, String path, int depth) {
        List<YamlNode.Field> fields = new ArrayList<>();
        for (Event e = parser.getEvent(); !(e instanceof MappingEndEvent); e = parser.getEvent()) {
            YamlNode key = node(e, path, depth + 1);
            String keyPath = key instanceof YamlNode.Scalar s ? Paths.key(path, s.text()) : path;
            YamlNode value = node(parser.getEvent(), keyPath, depth + 1);
            if (key instanceof YamlNode.Scalar s) {
                fields.add(new YamlNode.Field(s, value));
            } else if (key instanceof YamlNode.Sequence || key instanceof YamlNode.Mapping) {
                findings.error(key.at(), path, "expected a plain key, found " + key.describe());
            }
        }
        return new YamlNode.Mapping(fields, at);
    }

    private boolean checkAnchorAndTag(NodeEvent event, Position at, String path) {
        boolean acceptable = true;
        if (event.getAnchor() != null) {
            findings.error(
                    at,
                    path,
                    "anchors are not allowed, found '&" + event.getAnchor() + "': write the value out in full");
            acceptable = false;
        }
        String tag = switch (event) {
            case ScalarEvent s -> s.getTag();
            case CollectionStartEvent c -> c.getTag();
            default -> null;
        };
        if (tag != null) {
            findings.error(
                    at,
                    path,
                    "tags are not allowed, found '" + shortTag(tag)
                            + "': remove it, every value is read as plain text");
            acceptable = false;
        }
        return acceptable;
    }

    private void reportAlias(AliasEvent alias, Position at, String path) {
        // One report per anchor name: a bomb repeats the same alias thousands of times.
        if (reportedAliases.add(alias.getAnchor())) {
            findings.error(
                    at,
                    path,
                    "aliases are not allowed, found '*" + alias.getAnchor() + "': write the value out in full");
        }
    }

    private static String shortTag(String tag) {
        return tag.startsWith(STANDARD_TAGS) ? "!!" + tag.substring(STANDARD_TAGS.length()) : tag;
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
        String context = e.getContext() == null || e.getContextMark() == null
                ? ""
                : " (" + e.getContext() + " at "
                        + Position.of(e.getContextMark()).describe() + ")";
        return "YAML syntax: " + problem + context;
    }

    /** Thrown to stop at absurd nesting before the stack is at risk. */
    private static final class TooDeep extends RuntimeException {
        private final transient Position at;

        TooDeep(Position at) {
            super(null, null, false, false);
            this.at = at;
        }
    }
}
