package app.waypoint.knowledge.load;

import app.waypoint.knowledge.KnowledgeBase;
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

    private Fixtures() {}

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
        return result.problems().stream()
                .filter(Problem::isError)
                .map(Problem::toString)
                .toList();
    }

    /**
     * A problem as printed, with its "line:column" replaced by what stands there in {@code yaml}: «the line
     * around the spot, ‸ at the column» (30 characters each side, indentation left out). Tests that edit a
     * shared fixture compare these, so they keep passing when the fixture grows above the spot, and still
     * fail when an error points anywhere else on the line or at another line.
     */
    static String pointed(String yaml, Problem p) {
        String printed = p.toString();
        if (p.line() == 0) return printed;
        String where = p.file() + ":" + p.line() + ":" + p.column() + ":";
        if (!printed.startsWith(where)) throw new AssertionError("unexpected rendering: " + printed);
        String[] lines = yaml.split("\n", -1);
        if (p.line() > lines.length)
            return p.file() + ":«line " + p.line() + " of " + lines.length + "»:" + printed.substring(where.length());
        String line = lines[p.line() - 1];
        int indent = line.length() - line.stripLeading().length();
        int at = Math.min(p.column() - 1, line.length());
        String before = line.substring(Math.min(indent, at), at);
        String after = line.substring(at).stripTrailing();
        before = before.substring(Math.max(0, before.length() - 30));
        after = after.substring(0, Math.min(30, after.length()));
        return p.file() + ":«" + before + "‸" + after + "»:" + printed.substring(where.length());
    }

    /** The 1-based numbers of the lines of a fixture that are exactly these, in order (each must occur once). */
    static List<Integer> linesOf(String name, String... exact) {
        List<String> lines = text(name).lines().toList();
        return java.util.Arrays.stream(exact)
                .map(x -> {
                    if (lines.indexOf(x) < 0 || lines.indexOf(x) != lines.lastIndexOf(x))
                        throw new IllegalArgumentException("not once in " + name + ": " + x);
                    return lines.indexOf(x) + 1;
                })
                .toList();
    }

    /** The errors of loading {@code yaml} as {@code inline.yml}, pointed (see {@link #pointed}). */
    static List<String> errorsIn(String yaml) {
        return loadText(yaml).problems().stream()
                .filter(Problem::isError)
                .map(p -> pointed(yaml, p))
                .toList();
    }
}
