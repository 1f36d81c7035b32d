package app.waypoint.knowledge.load;

import static app.waypoint.knowledge.load.Fixtures.errors;
import static app.waypoint.knowledge.load.Fixtures.load;
import static app.waypoint.knowledge.load.Fixtures.loadText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile or careless YAML: aliases, tags, size, depth. */
class YamlSafetyTest {

    @Test
    void anAliasBombIsRefusedAtItsFirstAnchorWithoutExpandingIt() {
        // Expanded, the file is 10^9 strings: finishing at all shows nothing was expanded.
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> load("alias-bomb.yml"));
        List<String> errors = errors(result);
        assertTrue(
                errors.contains("alias-bomb.yml:3:4: error: a: anchors are not allowed, found '&a': write the "
                        + "value out in full"),
                errors::toString);
        assertTrue(
                errors.contains("alias-bomb.yml:4:8: error: b[0]: aliases are not allowed, found '*a': write the "
                        + "value out in full"),
                errors::toString);
        assertTrue(
                errors.contains("alias-bomb.yml:12:16: error: destinations[0]: aliases are not allowed, found "
                        + "'*i': write the value out in full"),
                errors::toString);
        assertEquals(
                9,
                errors.stream()
                        .filter(e -> e.contains("aliases are not allowed"))
                        .count(),
                "each alias name is reported once, not once per use");
    }

    @Test
    void everyExplicitTagIsRefusedAndNothingIsInstantiated() {
        int before = Canary.CREATED.get();
        assertEquals(
                List.of(
                        "java-tag.yml:10:15: error: destinations[0].aliases[0]: tags are not allowed, found "
                                + "'!!app.waypoint.knowledge.load.Canary': remove it, every value is read as plain text",
                        "java-tag.yml:10:56: error: destinations[0].aliases[1]: tags are not allowed, found '!!str': remove "
                                + "it, every value is read as plain text",
                        "java-tag.yml:10:71: error: destinations[0].aliases[2]: tags are not allowed, found '!local': remove "
                                + "it, every value is read as plain text",
                        "java-tag.yml:26:17: error: destinations[0].banking.sources[0].url: tags are not allowed, found "
                                + "'!!java.net.URL': remove it, every value is read as plain text",
                        "java-tag.yml:27:11: error: destinations[0].banking.sources[1]: tags are not allowed, found "
                                + "'!!javax.script.ScriptEngineManager': remove it, every value is read as plain text",
                        "java-tag.yml:27:47: error: destinations[0].banking.sources[1][0]: tags are not allowed, found "
                                + "'!!java.net.URLClassLoader': remove it, every value is read as plain text",
                        "java-tag.yml:27:75: error: destinations[0].banking.sources[1][0][0][0]: tags are not allowed, found "
                                + "'!!java.net.URL': remove it, every value is read as plain text"),
                errors(load("java-tag.yml")));
        assertEquals(before, Canary.CREATED.get());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() {
        String huge = "schema_version: 2\n# " + "x".repeat(YamlTree.MAX_CODE_POINTS) + "\n";
        assertEquals(
                List.of("inline.yml: error: the file has 16777237 characters, more than the 16777216 a knowledge "
                        + "base may have"),
                errors(loadText(huge)));
    }

    @Test
    void absurdNestingIsRefusedWithItsLine() {
        String deep = "schema_version: 2\ndestinations: " + "[".repeat(100) + "]".repeat(100) + "\n";
        LoadResult.Failed failed = assertInstanceOf(LoadResult.Failed.class, loadText(deep));
        assertEquals(
                List.of("inline.yml:2:55: error: nested deeper than 40 levels: the schema is never this deep"),
                errors(failed));
    }
}
