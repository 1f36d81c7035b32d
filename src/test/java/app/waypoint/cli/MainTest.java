package app.waypoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    static final Path SHIPPED = Path.of("destinations.yml");

    /** One run of the command line with captured streams. */
    record Run(int code, String out, String err) {
        static Run of(Map<String, String> env, String stdin, String... args) {
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            int code = Main.run(
                    args,
                    env,
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Nested
    class Usage {
        @Test
        void helpPrintsUsageAndSucceeds() {
            Run r = Run.of(Map.of(), "", "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: java -jar waypoint.jar"), r.out());
            assertTrue(r.out().contains("validate [FILE]"), r.out());
        }

        @Test
        void anUnknownCommandPrintsUsageAndExits2() {
            Run r = Run.of(Map.of(), "", "--frobnicate");
            assertEquals(2, r.code());
            assertTrue(r.err().contains("unknown command '--frobnicate'"), r.err());
            assertTrue(r.err().contains("Usage:"), r.err());
        }

        @Test
        void badOptionsOfASubcommandExit2() {
            assertEquals(2, Run.of(Map.of(), "", "chat", "--lang", "de").code());
            assertEquals(
                    2, Run.of(Map.of(), "", "validate", "--stale-days", "soon").code());
        }
    }

    @Nested
    class Bot {
        @Test
        void withoutATokenItSaysSoAndFails() {
            Run r = Run.of(Map.of("WAYPOINT_DESTINATIONS", SHIPPED.toString()), "", "bot");
            assertEquals(1, r.code());
            assertTrue(r.err().contains("TELEGRAM_BOT_TOKEN is not set"), r.err());
        }

        @Test
        void aBadVariableIsNamedWithItsValue() {
            Run r = Run.of(Map.of("WAYPOINT_ADMINS", "alice"), "", "bot");
            assertEquals(1, r.code());
            assertTrue(r.err().contains("WAYPOINT_ADMINS") && r.err().contains("'alice'"), r.err());
        }
    }

    @Nested
    class Chat {
        @Test
        void noTokenStartsTheConsoleChatAndEndOfInputExits0() {
            Run r = Run.of(Map.of("WAYPOINT_DESTINATIONS", SHIPPED.toString(), "LANG", "en_GB.UTF-8"), "/start\n1\n");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("TELEGRAM_BOT_TOKEN is not set: starting the console chat"), r.err());
            assertTrue(r.out().contains("[1] "), r.out());
            assertTrue(r.out().contains("> 1"), r.out());
        }

        @Test
        void aBrokenKnowledgeBaseStopsStartUpWithItsErrors(@TempDir Path dir) throws Exception {
            Path bad = dir.resolve("broken.yml");
            Files.writeString(bad, "schema_version: 2\ndestinations:\n  - id: NO\n");
            Run r = Run.of(Map.of("WAYPOINT_DESTINATIONS", bad.toString()), "/start\n", "chat");
            assertEquals(1, r.code());
            assertTrue(r.err().contains("broken.yml:3:"), r.err());
            assertFalse(r.out().contains("[1]"), r.out());
        }
    }

    @Nested
    class Validate {
        @Test
        void theShippedFileIsValid() {
            Run r = Run.of(Map.of(), "", "validate", SHIPPED.toString());
            assertEquals(0, r.code(), r.out());
            assertTrue(r.out().contains(" 0 errors"), r.out());
        }

        @Test
        void aMissingFileFails(@TempDir Path dir) {
            Run r = Run.of(Map.of(), "", "validate", dir.resolve("nope.yml").toString());
            assertEquals(1, r.code());
        }
    }
}
