package app.waypoint.knowledge.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps {@code destinations.schema.json}, the editors' schema, in step with the loader: files the loader accepts
 * pass the schema, and every rejection fixture the schema can express is refused by both. The schema cannot
 * express YAML-level mistakes (syntax, duplicate keys, anchors and tags), cross-references (help ids, duplicate
 * ids) or comparisons between values (a cap's days within its window): those fixtures are left to the loader.
 *
 * <p>YAML is turned into JSON the way YAML language servers read it (YAML 1.2 core schema): {@code 60} is a
 * number, {@code true} a boolean, {@code 2026-03} and {@code no} are text.
 */
class KnowledgeSchemaTest {
    private static final Path SHIPPED = Path.of("destinations.yml");
    private static final Schema SCHEMA = schema();
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    /** Fixtures the loader refuses for reasons JSON Schema cannot state. */
    static final List<String> LOADER_ONLY =
            List.of("syntax-error.yml", "duplicate-key.yml", "alias-bomb.yml", "java-tag.yml", "references.yml");

    private static Schema schema() {
        try {
            String json = Files.readString(Path.of("destinations.schema.json"), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(json, InputFormat.JSON);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> schemaErrors(String yaml) {
        Findings findings = new Findings("inline.yml");
        YamlNode root = YamlTree.parse(yaml, findings).orElseThrow(() -> new AssertionError("not YAML"));
        return SCHEMA.validate(json(root)).stream().map(Error::toString).toList();
    }

    private static JsonNode json(YamlNode node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (node) {
            case YamlNode.Scalar s -> scalar(s.text());
            case YamlNode.Sequence s -> {
                ArrayNode array = f.arrayNode();
                s.items().forEach(i -> array.add(json(i)));
                yield array;
            }
            case YamlNode.Mapping m -> {
                ObjectNode object = f.objectNode();
                m.fields().forEach(field -> object.set(field.key().text(), json(field.value())));
                yield object;
            }
            case YamlNode.Broken b -> f.nullNode();
        };
    }

    /** YAML 1.2 core schema resolution of a plain scalar. */
    private static JsonNode scalar(String text) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (text.isEmpty() || text.equals("null") || text.equals("~")) return f.nullNode();
        if (text.equals("true") || text.equals("false")) return f.booleanNode(Boolean.parseBoolean(text));
        if (INT.matcher(text).matches()) return f.numberNode(new BigDecimal(text).toBigInteger());
        if (FLOAT.matcher(text).matches()) return f.numberNode(new BigDecimal(text));
        return f.textNode(text);
    }

    @Test
    void theShippedFilePassesBothAndNamesTheSchemaOnItsFirstLine() throws IOException {
        String text = Files.readString(SHIPPED, StandardCharsets.UTF_8);
        assertEquals(
                "# yaml-language-server: $schema=./destinations.schema.json",
                text.lines().findFirst().orElseThrow());
        assertEquals(List.of(), schemaErrors(text));
        LoadResult loaded = Fixtures.loader().load("destinations.yml", text);
        assertInstanceOf(
                LoadResult.Loaded.class, loaded, () -> Fixtures.errors(loaded).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid.yml", "v2-spec.yml"})
    void validFixturesPassBoth(String name) {
        assertEquals(List.of(), schemaErrors(Fixtures.text(name)));
        assertEquals(List.of(), Fixtures.errors(Fixtures.load(name)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bad-date.yml",
                "bad-enum.yml",
                "missing-field.yml",
                "no-as-id.yml",
                "unknown-key.yml",
                "several-errors.yml"
            })
    void rejectionFixturesAreRefusedByBoth(String name) {
        assertFalse(Fixtures.errors(Fixtures.load(name)).isEmpty(), name + " passes the loader");
        assertFalse(schemaErrors(Fixtures.text(name)).isEmpty(), name + " passes the schema");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("app.waypoint.knowledge.load.SchemaV2Cases#REJECTIONS")
    void everyV2RejectionIsRefusedByBoth(SchemaV2Cases.Case c) {
        String text = SchemaV2Cases.edited(c);
        assertFalse(Fixtures.errors(Fixtures.loadText(text)).isEmpty(), c.name() + " passes the loader");
        assertFalse(schemaErrors(text).isEmpty(), c.name() + " passes the schema");
    }

    @Test
    void everyRejectionFixtureIsCoveredHereOrNamedAsLoaderOnly() throws IOException {
        try (var files = Files.list(Path.of("src/test/resources/knowledge"))) {
            List<String> names =
                    files.map(p -> p.getFileName().toString()).sorted().toList();
            for (String name : names) {
                boolean covered = List.of(
                                        "valid.yml",
                                        "v2-spec.yml",
                                        "bad-date.yml",
                                        "bad-enum.yml",
                                        "missing-field.yml",
                                        "no-as-id.yml",
                                        "unknown-key.yml",
                                        "several-errors.yml")
                                .contains(name)
                        || LOADER_ONLY.contains(name);
                assertTrue(covered, name + " is neither checked against the schema nor named as loader-only");
            }
        }
    }
}
