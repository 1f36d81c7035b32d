package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link LogPrivacyRun} in a JVM of its own, capturing everything it writes (SLF4J, java.util.logging,
 * stack traces, stdout), at debug level, and proves that no user data and no token is in it.
 */
class LogPrivacyTest {

    @Test
    void logsHoldNoUserDataAndNoToken(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("run.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process run = new ProcessBuilder(java, "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug", "-cp", classpath,
                LogPrivacyRun.class.getName())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = run.waitFor(60, TimeUnit.SECONDS);
        if (!ended) run.destroyForcibly();
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(ended, "the run ended:\n" + log);
        assertEquals(0, run.exitValue(), log);

        assertTrue(log.contains("EXIT=0"), log);
        assertTrue(log.contains("EXIT=" + TelegramBot.EXIT_BAD_TOKEN), log);
        assertTrue(log.contains("rejected the bot token"), log);
        assertTrue(log.contains("the conversation failed on a command update: java.lang.IllegalStateException"), log);
        assertTrue(log.contains("a user blocked the bot"), log);
        assertTrue(log.contains("rate-limited"), log);
        assertTrue(log.contains("DEBUG"), "debug lines included: " + log);

        List<String> secrets = new ArrayList<>(List.of(LogPrivacyRun.TOKEN, "SECRETtokenPART", "WRONGtokenPART",
                LogPrivacyRun.FIRST, LogPrivacyRun.LAST, LogPrivacyRun.USERNAME, "MARKER-WORDS", "секретный",
                LogPrivacyRun.DATA, "c:ge", LogPrivacyRun.NOTICE, "Where to?", "echo:"));
        for (long id : List.of(LogPrivacyRun.ALICE, LogPrivacyRun.BORIS, LogPrivacyRun.ADMIN, LogPrivacyRun.GROUP)) {
            secrets.add(Long.toString(id));
            secrets.add(Long.toString(Math.abs(id)));
        }
        for (String secret : secrets) assertFalse(log.contains(secret), "the log shows '" + secret + "':\n" + log);
        System.out.println("log of a full run: " + log.lines().count() + " lines, none with user data");
    }
}
