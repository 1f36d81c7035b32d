package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link LogPrivacyRun} in a JVM of its own, capturing everything it writes (SLF4J, java.util.logging,
 * stack traces, stdout), at debug level, and proves that no user data and no token is in it. The JVM runs
 * in an empty working directory with an empty temporary directory of its own, so the same run proves that
 * nothing but the heartbeat is written to disk.
 */
class LogPrivacyTest {
    private static String log;
    private static Path work;
    private static Path tmp;
    private static Path knowledge;

    @BeforeAll
    static void runTheBotInAJvmOfItsOwn(@TempDir Path dir) throws Exception {
        work = Files.createDirectory(dir.resolve("work"));
        tmp = Files.createDirectory(dir.resolve("tmp"));
        knowledge = Files.copy(
                Path.of("destinations.yml"),
                Files.createDirectory(dir.resolve("kb")).resolve("destinations.yml"));
        Path output = dir.resolve("run.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = Stream.of(
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                                .split(File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
        Process run = new ProcessBuilder(
                        java,
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
                        "-Djava.io.tmpdir=" + tmp,
                        "-XX:-UsePerfData",
                        "-cp",
                        classpath,
                        LogPrivacyRun.class.getName(),
                        knowledge.toString(),
                        work.resolve("heartbeat").toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean ended = run.waitFor(90, TimeUnit.SECONDS);
        if (!ended) run.destroyForcibly();
        log = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(ended, "the run ended:\n" + log);
        assertEquals(0, run.exitValue(), log);
    }

    @Test
    void logsHoldNoUserDataAndNoToken() {
        assertTrue(log.contains("EXIT=0"), log);
        assertTrue(log.contains("EXIT=" + TelegramBot.EXIT_BAD_TOKEN), log);
        assertTrue(log.contains("rejected the bot token"), log);
        assertTrue(log.contains("the conversation failed on a command update: java.lang.IllegalStateException"), log);
        assertTrue(log.contains("a user blocked the bot"), log);
        assertTrue(log.contains("rate-limited"), log);
        assertTrue(log.contains("DEBUG"), "debug lines included: " + log);
        assertEquals(2, log.lines().filter(l -> l.contains("wiped a chat")).count(), "both wipes ran: " + log);
        assertTrue(log.contains("knowledge base edit rejected"), "the refused edit is logged: " + log);
        assertEquals(2, log.lines().filter(l -> l.equals("EXIT=0")).count(), "both bots stopped cleanly: " + log);

        List<String> secrets = new ArrayList<>(List.of(
                LogPrivacyRun.TOKEN,
                "SECRETtokenPART",
                "WRONGtokenPART",
                LogPrivacyRun.FIRST,
                LogPrivacyRun.LAST,
                LogPrivacyRun.USERNAME,
                "MARKER-WORDS",
                "секретный",
                LogPrivacyRun.DATA,
                "c:ge",
                LogPrivacyRun.NOTICE,
                "Where to?",
                "echo:",
                LogPrivacyRun.CAROL_FIRST,
                LogPrivacyRun.CAROL_LAST,
                LogPrivacyRun.CAROL_USERNAME,
                LogPrivacyRun.ADMIN_FIRST,
                LogPrivacyRun.ADMIN_USERNAME,
                "Marker",
                "Подобрать",
                "Показать страны",
                "Удалено",
                "Deleted:",
                "Distinct users",
                "unchanged"));
        for (long id : List.of(
                LogPrivacyRun.ALICE,
                LogPrivacyRun.BORIS,
                LogPrivacyRun.CAROL,
                LogPrivacyRun.ADMIN,
                LogPrivacyRun.GROUP)) {
            secrets.add(Long.toString(id));
            secrets.add(Long.toString(Math.abs(id)));
        }
        for (String secret : secrets) assertFalse(log.contains(secret), "the log shows '" + secret + "':\n" + log);
        System.out.println("log of a full run: " + log.lines().count() + " lines, none with user data");
    }

    /**
     * After whole sessions (the edge with every fault, then the production conversation with /forget and the
     * maintainers' commands), the working directory holds only the heartbeat file, the temporary directory
     * nothing, and the knowledge base only the maintainer's edit.
     */
    @Test
    void nothingButTheHeartbeatIsWrittenToDisk() throws IOException {
        assertEquals(List.of("heartbeat"), files(work), "the working directory");
        assertEquals(List.of(), files(tmp), "the temporary directory");
        assertEquals(List.of("destinations.yml"), files(knowledge.getParent()), "the knowledge base's directory");
        assertTrue(Files.readString(knowledge).endsWith("bogus_key: [1, 2\n"), "only the maintainer's edit");
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> !p.equals(dir))
                    .map(p -> dir.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }
}
