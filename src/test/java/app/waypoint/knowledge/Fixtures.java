package app.waypoint.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The fixture files under {@code src/test/resources/knowledge} and the fixed day they are judged on. */
final class Fixtures {
    /** The fixtures' check dates (2026-02 and 2026-03) are fresh on this day. */
    static final Clock APRIL_2026 = Clock.fixed(Instant.parse("2026-04-15T12:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/knowledge/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KnowledgeLoader loader() {
        return new KnowledgeLoader(KnowledgeValidator.standard(APRIL_2026));
    }

    static LoadResult load(String name) {
        return loader().load(name, text(name));
    }

    /** Loads YAML text given inline, as file {@code inline.yml}. */
    static LoadResult loadText(String yaml) {
        return loader().load("inline.yml", yaml);
    }

    static KnowledgeBase valid() {
        return switch (load("valid.yml")) {
            case LoadResult.Loaded loaded -> loaded.knowledge();
            case LoadResult.Failed failed -> throw new AssertionError("valid.yml fails: " + failed.problems());
        };
    }

    /** The problems of a result as the validate command prints them. */
    static List<String> rendered(LoadResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    static List<String> errors(LoadResult result) {
        return result.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
    }
}
