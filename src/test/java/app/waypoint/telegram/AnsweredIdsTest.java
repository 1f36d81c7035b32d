package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.telegram.fake.FakeTelegram;
import app.waypoint.telegram.fake.FakeUser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answered-update file: numbers only, read back after a restart, and never a reason not to start. */
@SuppressWarnings("try") // resources that only need closing: the bot and the fake
class AnsweredIdsTest {

    @Test
    void holdsNothingButUpdateIdsAndIsReadBackAfterARestart(@TempDir Path data) throws Exception {
        UpdateWindow first = new UpdateWindow(new VirtualTime(0), AnsweredIds.in(data));
        for (int id : new int[] {500, 501, 502}) assertTrue(first.admit(id));
        first.done(502);
        first.done(500);
        first.close();
        assertEquals(
                List.of("502", "500"), Files.readAllLines(data.resolve(AnsweredIds.FILE)), "ids only, as answered");

        UpdateWindow second = new UpdateWindow(new VirtualTime(0), AnsweredIds.in(data));
        assertFalse(second.admit(500), "answered before the restart: skipped");
        assertFalse(second.admit(502), "answered before the restart: skipped");
        assertTrue(second.admit(501), "unfinished at the restart: handled");
    }

    @Test
    void aFileOlderThanADayIsForgotten(@TempDir Path data) throws Exception {
        Path file = data.resolve(AnsweredIds.FILE);
        Files.writeString(file, "700\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(25))));
        UpdateWindow window = new UpdateWindow(realWallClock(), AnsweredIds.in(data));
        assertTrue(window.admit(700), "Telegram keeps updates 24 h: an older id may be a new update after an id reset");
    }

    @Test
    void aMissingOrCorruptFileCostsOnlyRe_answersAndALogLine(@TempDir Path data) throws Exception {
        Path file = data.resolve(AnsweredIds.FILE);
        String log = stderrOf(() -> new UpdateWindow(realWallClock(), AnsweredIds.in(data)));
        assertTrue(log.contains("no answered-update file yet"), log);

        Files.write(file, new byte[] {'1', '2', '\n', (byte) 0xff, 0, 'x', '\n', '1', '3', '\n'});
        UpdateWindow[] window = new UpdateWindow[1];
        log = stderrOf(() -> window[0] = new UpdateWindow(realWallClock(), AnsweredIds.in(data)));
        assertTrue(log.contains("1 unreadable lines"), log);
        assertFalse(window[0].admit(12), "the readable ids still count");
        assertTrue(window[0].admit(14));
        window[0].close();
        assertEquals(List.of("12", "13"), Files.readAllLines(file), "rewritten with the readable ids only");

        Files.delete(file);
        Files.createDirectory(file); // unreadable as a file, and unwritable: in memory only
        log = stderrOf(() -> new UpdateWindow(realWallClock(), AnsweredIds.in(data)));
        assertTrue(log.contains("cannot be read"), log);
    }

    @Test
    void aBotStartsAndAnswersOnACorruptFile(@TempDir Path data) throws Exception {
        Files.write(data.resolve(AnsweredIds.FILE), new byte[] {(byte) 0xc3, 0x28, '\n', '-', '\n'});
        try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                Harness bot = Harness.start(
                        tg,
                        new TestConversation(),
                        Harness.fast(),
                        Timing.system(),
                        Optional.empty(),
                        Optional.of(data))) {
            FakeUser u = tg.user(5);
            u.sends("/start");
            u.awaitText("Where to?");
            u.awaitHandled();
            assertEquals(0, bot.stop());
            List<String> lines = Files.readAllLines(data.resolve(AnsweredIds.FILE));
            assertEquals(1, lines.size(), "the /start's id: " + lines);
            assertTrue(lines.getFirst().matches("[0-9]+"), lines.toString());
        }
    }

    private static Timing realWallClock() {
        return Timing.system();
    }

    private static String stderrOf(Runnable action) {
        PrintStream saved = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
