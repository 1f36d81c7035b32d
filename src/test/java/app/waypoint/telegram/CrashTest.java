package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.telegram.fake.FakeTelegram;
import app.waypoint.telegram.fake.FakeUser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a real bot process killed with SIGKILL while answers are partly sent, then started again on the
 * same data directory. An update answered while an earlier one was still unfinished could not be confirmed
 * to Telegram (an offset confirms only a prefix) and comes again after the restart: the answered-update file
 * must keep it from being answered twice. Every user's last action must still be answered.
 */
@SuppressWarnings("try") // resources that only need closing: the fake
class CrashTest {
    static final int USERS = 10;

    @Test
    void aKilledBotAnswersNothingTwiceAndEveryLastAction(@TempDir Path data) throws Exception {
        try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN)) {
            Map<String, List<Long>> answeredAt = new HashMap<>(); // reply text → when the fake took it (guarded by tg)
            tg.onBotMessage((chat, shown) -> answeredAt
                    .computeIfAbsent(shown.text(), t -> new ArrayList<>())
                    .add(System.nanoTime()));
            Process first = start(tg, data, true);
            long killedAt;
            try {
                FakeUser blocker = tg.user(1);
                List<FakeUser> users = new ArrayList<>();
                for (int i = 0; i < USERS; i++) users.add(tg.user(100 + i));
                synchronized (tg) { // one burst, fetched together: then nothing more comes until the kill
                    blocker.sends("/slow"); // stays unfinished: every later update stays unconfirmed behind it
                    for (int i = 0; i < USERS; i++) {
                        for (int k = 1; k <= 4; k++)
                            users.get(i).sends("u" + i + " m" + k); // m4 waits under 1/s per chat
                    }
                }
                BufferedReader out =
                        new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
                assertEquals("IN-HANDLE", out.readLine());
                tg.await("the first 30 answers", Duration.ofSeconds(10), () -> count(answeredAt, " m") >= 3 * USERS);
                long burst = System.nanoTime();
                // the kill must come more than half a second after those answers: wait for the clock
                tg.await(
                        "0.7 s after the first answers",
                        Duration.ofSeconds(5),
                        () -> System.nanoTime() - burst > 700_000_000L);
                killedAt = System.nanoTime();
                assertEquals(
                        0,
                        new ProcessBuilder("kill", "-KILL", Long.toString(first.pid()))
                                .start()
                                .waitFor());
                assertTrue(first.waitFor(10, TimeUnit.SECONDS));
            } finally {
                first.destroyForcibly();
            }
            List<String> ids = Files.readAllLines(data.resolve("answered-update-ids"));
            assertTrue(ids.size() >= 3 * USERS, "answered ids written: " + ids.size());
            assertTrue(ids.stream().allMatch(l -> l.matches("[0-9]+")), "numbers only: " + ids);
            assertTrue(
                    tg.unconfirmed() >= 3 * USERS,
                    "answered updates still unconfirmed at the kill: " + tg.unconfirmed());

            Process second = start(tg, data, false);
            try {
                tg.await("every user's last action answered", Duration.ofSeconds(15), () -> {
                    if (!answeredAt.containsKey("command slow []")) return false;
                    for (int i = 0; i < USERS; i++) if (!answeredAt.containsKey("echo: u" + i + " m4")) return false;
                    return true;
                });
                tg.await("everything confirmed", Duration.ofSeconds(10), () -> tg.unconfirmed() == 0);
            } finally {
                second.destroyForcibly();
            }
            synchronized (tg) {
                List<String> twice = new ArrayList<>();
                int old = 0;
                for (var e : answeredAt.entrySet()) {
                    long firstAt = e.getValue().getFirst();
                    if (killedAt - firstAt > 500_000_000L) {
                        old++;
                        if (e.getValue().size() > 1) twice.add(e.getKey());
                    }
                }
                System.out.println("SIGKILL: " + old + " answers older than 0.5 s at the kill, answered again: " + twice
                        + "; " + answeredAt.size() + " distinct answers in all");
                assertTrue(old >= 3 * USERS, "the test covers answers sent well before the kill: " + old);
                assertEquals(List.of(), twice, "answered again after the restart");
            }
        }
    }

    private static int count(Map<String, List<Long>> answeredAt, String fragment) {
        return (int)
                answeredAt.keySet().stream().filter(t -> t.contains(fragment)).count();
    }

    private static Process start(FakeTelegram tg, Path data, boolean block) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-cp",
                classpath,
                CrashRun.class.getName(),
                Harness.TOKEN,
                tg.url().toString(),
                data.toString()));
        if (block) cmd.add("block");
        return new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
