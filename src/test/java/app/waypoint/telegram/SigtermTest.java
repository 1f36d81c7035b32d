package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.telegram.fake.FakeTelegram;
import app.waypoint.telegram.fake.FakeUser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A real SIGTERM to a bot process with an update in flight: it finishes, confirms, and exits in time. */
@SuppressWarnings("try") // resources that only need closing: the bot and the fake
class SigtermTest {

    @Test
    void sigtermFinishesInFlightWorkConfirmsItAndExitsWithinTenSeconds() throws Exception {
        try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN)) {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process bot = new ProcessBuilder(
                            java,
                            "-cp",
                            classpath,
                            SigtermRun.class.getName(),
                            Harness.TOKEN,
                            tg.url().toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                FakeUser u = tg.user(3);
                u.sends("/start");
                u.awaitText("Where to?");
                u.sends("/slow");
                BufferedReader out =
                        new BufferedReader(new InputStreamReader(bot.getInputStream(), StandardCharsets.UTF_8));
                assertEquals("IN-HANDLE", out.readLine());
                long t0 = System.nanoTime();
                // SIGTERM as Docker sends it (Process.destroy would also close our end of the pipes)
                assertEquals(
                        0,
                        new ProcessBuilder("kill", "-TERM", Long.toString(bot.pid()))
                                .start()
                                .waitFor());
                try (OutputStream in = bot.getOutputStream()) {
                    in.write('\n'); // the slow update may now finish
                }
                assertTrue(bot.waitFor(10, TimeUnit.SECONDS), "exited within 10 s");
                long millis = (System.nanoTime() - t0) / 1_000_000;
                System.out.println("SIGTERM to exit: " + millis + " ms, exit status " + bot.exitValue());
                assertEquals(0, bot.exitValue(), "a clean stop on SIGTERM exits 0");
                u.awaitText("command slow []");
                assertEquals(0, tg.unconfirmed(), "the in-flight update was confirmed before exit");
            } finally {
                bot.destroyForcibly();
            }
        }
    }
}
