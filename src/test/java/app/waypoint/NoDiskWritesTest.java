package app.waypoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A guard for every code path, including those no test runs: the production sources use the APIs that write
 * files in four places only, the heartbeat (a timestamp for health checks), the answered-update file (update
 * ids only, which say nothing about a user; {@code AnsweredIdsTest} reads it back), the console streams of Main
 * (stdout and stderr, not files) and the maintainers' source-watch record (public addresses and page hashes,
 * written by the {@code sources} command, never by the bot). LogPrivacyTest proves the bot's part at run time.
 */
class NoDiskWritesTest {
    private static final Pattern WRITES = Pattern.compile("\\b(FileOutputStream|FileWriter|RandomAccessFile"
            + "|FileChannel|AsynchronousFileChannel|PrintWriter\\s*\\(\\s*(new\\s+File|\")|Files\\s*\\.\\s*(write\\w*"
            + "|newOutputStream|newBufferedWriter|newByteChannel|create\\w*|copy|move|delete\\w*|setLastModifiedTime"
            + "|setAttribute|setPosixFilePermissions)|\\.(mkdirs?|createNewFile|renameTo|deleteOnExit)\\s*\\()");

    @Test
    void onlyTheHeartbeatAndTheConsoleStreamsWrite() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> uses = new ArrayList<>();
                Matcher m = WRITES.matcher(Files.readString(file));
                while (m.find()) uses.add(m.group(1).replaceAll("\\s+", ""));
                if (!uses.isEmpty()) found.put(file.getFileName().toString(), uses);
            }
        }
        assertEquals(
                Map.of(
                        "AnsweredIds.java",
                                List.of("FileChannel", "FileChannel", "FileChannel", "Files.writeString", "Files.move"),
                        "Heartbeat.java", List.of("Files.writeString", "Files.setLastModifiedTime", "Files.move"),
                        "Main.java", List.of("FileOutputStream", "FileOutputStream", "FileOutputStream"),
                        "WatchRecord.java", List.of("Files.createTempFile", "Files.writeString", "Files.move")),
                found);
    }

    @Test
    void mainsFileOutputStreamsAreTheConsole() throws IOException {
        String main = Files.readString(Path.of("src/main/java/app/waypoint/cli/Main.java"));
        Matcher m = Pattern.compile("new FileOutputStream\\(([^)]*)\\)").matcher(main);
        int n = 0;
        while (m.find()) {
            assertTrue(m.group(1).equals("FileDescriptor.out") || m.group(1).equals("FileDescriptor.err"), m.group());
            n++;
        }
        assertEquals(2, n);
    }
}
