package app.waypoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final Clock APRIL_2026 = Clock.fixed(Instant.parse("2026-04-15T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/knowledge/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    /** Runs the command; returns its exit code followed by what it printed. */
    private List<String> run(Path file, Clock clock, int staleDays) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code =
                new ValidateCommand().run(file, new PrintStream(bytes, true, StandardCharsets.UTF_8), clock, staleDays);
        return Stream.concat(
                        Stream.of("exit " + code),
                        bytes.toString(StandardCharsets.UTF_8).lines())
                .toList();
    }

    @Test
    void aValidFileSucceedsWithASummary() throws IOException {
        Path file = fixture("valid.yml");
        assertEquals(List.of("exit 0", file + ": 3 destinations, 0 errors, 0 warnings"), run(file, APRIL_2026, 180));
    }

    @Test
    void warningsAreListedButDoNotFail() throws IOException {
        Path file = fixture("valid.yml");
        List<String> lines = run(file, APRIL_2026, 30);
        assertEquals(10, lines.size(), lines::toString);
        assertEquals("exit 0", lines.getFirst());
        assertEquals(
                file + ":54:20: warning: destinations[ge].entry.facts[0].checked: checked 2026-03-10 is 36 days "
                        + "old, more than 30: confirm it against its sources and update the date",
                lines.get(1));
        assertEquals(file + ": 3 destinations, 0 errors, 7 warnings", lines.get(8));
        assertEquals(
                "To see which cited pages died, moved or changed since the last run: "
                        + "java -jar target/waypoint.jar sources " + file,
                lines.getLast(),
                "stale facts point at the watch");
    }

    @Test
    void errorsFailWithEveryProblemAndASummary() throws IOException {
        Path file = fixture("missing-field.yml");
        assertEquals(
                List.of(
                        "exit 1",
                        file + ":12:7: error: destinations[ge].entry: missing required key 'visa'",
                        file + ": 1 error, 0 warnings; the bot would refuse this file"),
                run(file, APRIL_2026, 180));
    }

    @Test
    void aMissingFileFails() {
        Path file = dir.resolve("destinations.yml");
        assertEquals(
                List.of(
                        "exit 1",
                        file + ": error: cannot read the knowledge base: no such file",
                        file + ": 1 error, 0 warnings; the bot would refuse this file"),
                run(file, APRIL_2026, 180));
    }

    @Test
    void aFileThatIsNotUtf8Fails() throws IOException {
        Path file = Files.write(
                dir.resolve("latin1.yml"), "schema_version: 2\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(
                List.of(
                        "exit 1",
                        file + ": error: cannot read the knowledge base: the file is not UTF-8 text: save it as UTF-8",
                        file + ": 1 error, 0 warnings; the bot would refuse this file"),
                run(file, APRIL_2026, 180));
    }
}
