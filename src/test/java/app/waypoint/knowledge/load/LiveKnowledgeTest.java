package app.waypoint.knowledge.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.waypoint.knowledge.KnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveKnowledgeTest {
    private static final String VALID = Fixtures.text("valid.yml");
    /** The valid fixture without Norway, the last destination. */
    private static final String WITHOUT_NORWAY = VALID.substring(0, VALID.indexOf("  - id: no\n"));

    private static final String BROKEN =
            VALID.replace("stay: {visit: unknown, cap: {days: 180", "stai: {visit: unknown, cap: {days: 180");

    @TempDir
    Path dir;

    private Path file;
    private final List<ReloadResult> told = new ArrayList<>();
    private LiveKnowledge live;

    @BeforeEach
    void openValidFile() throws IOException {
        file = write(VALID);
        live = LiveKnowledge.open(file, Fixtures.loader(), told::add);
    }

    @AfterEach
    void stop() {
        live.close();
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("destinations.yml"), text, StandardCharsets.UTF_8);
    }

    @Nested
    class StartUp {
        @Test
        void servesTheFileItOpened() {
            assertEquals(3, live.get().destinations().size());
        }

        @Test
        void keepsTheWarningsOfTheVersionInService() throws IOException {
            Clock september = Clock.fixed(Instant.parse("2026-09-27T12:00:00Z"), ZoneOffset.UTC);
            try (LiveKnowledge late =
                    LiveKnowledge.open(file, new KnowledgeLoader(KnowledgeValidator.standard(september)), told::add)) {
                assertEquals(7, late.warnings().size(), "everything checked in February is stale");
                write(VALID.replace("2026-02", "2026-03"));
                late.checkNow();
                assertEquals(
                        List.of("destinations[ge].entry.facts[0].checked"),
                        late.warnings().stream().map(Problem::path).toList());
            }
        }

        @Test
        void anInvalidFileFailsFastWithEveryProblem() throws IOException {
            write(BROKEN);
            KnowledgeLoadException e = assertThrows(
                    KnowledgeLoadException.class, () -> LiveKnowledge.open(file, Fixtures.loader(), told::add));
            assertEquals(
                    List.of(file + ":«‸stai: {visit: unknown, cap: {d»: error: destinations[am].entry.stai: "
                            + "unknown key 'stai': did you mean 'stay'?"),
                    e.problems().stream().map(p -> Fixtures.pointed(BROKEN, p)).toList());
            assertEquals(file + " cannot be loaded, 1 error:\n" + e.problems().getFirst(), e.getMessage());
        }

        @Test
        void aMissingFileFailsFast() {
            KnowledgeLoadException e = assertThrows(
                    KnowledgeLoadException.class,
                    () -> LiveKnowledge.open(dir.resolve("nothing.yml"), Fixtures.loader(), told::add));
            assertEquals(
                    List.of(dir.resolve("nothing.yml") + ": error: cannot read the knowledge base: no such file"),
                    e.problems().stream().map(Problem::toString).toList());
        }
    }

    @Nested
    class CheckNow {
        @Test
        void aValidEditGoesLive() throws IOException {
            write(WITHOUT_NORWAY);
            assertEquals(new ReloadResult.Reloaded(2, List.of()), live.checkNow());
            assertEquals(2, live.get().destinations().size());
            assertEquals(List.of(new ReloadResult.Reloaded(2, List.of())), told);
        }

        @Test
        void aBrokenEditKeepsTheLastGoodVersionAndIsReportedOnce() throws IOException {
            KnowledgeBase good = live.get();
            write(BROKEN);
            ReloadResult.Rejected rejected = assertInstanceOf(ReloadResult.Rejected.class, live.checkNow());
            assertEquals(
                    List.of(file + ":«‸stai: {visit: unknown, cap: {d»: error: destinations[am].entry.stai: "
                            + "unknown key 'stai': did you mean 'stay'?"),
                    rejected.problems().stream()
                            .map(p -> Fixtures.pointed(BROKEN, p))
                            .toList());
            assertSame(good, live.get());
            assertEquals(rejected, live.checkNow(), "asked again, the file is still refused");
            assertEquals(List.of(rejected), told, "but the listener hears of it once");
        }

        @Test
        void anUnchangedFileIsNotReloaded() throws IOException {
            KnowledgeBase before = live.get();
            write(VALID); // rewritten with the same bytes: a new modification time, the same content
            assertEquals(new ReloadResult.Unchanged(), live.checkNow());
            assertSame(before, live.get());
            assertEquals(List.of(), told);
        }

        @Test
        void aFileReplacedAtomicallyIsReloaded() throws IOException {
            Path next = Files.writeString(dir.resolve(".destinations.yml.tmp"), WITHOUT_NORWAY);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertEquals(new ReloadResult.Reloaded(2, List.of()), live.checkNow());
        }

        @Test
        void aDeletedFileIsRefusedAndTheLastGoodVersionStays() throws IOException {
            KnowledgeBase good = live.get();
            Files.delete(file);
            ReloadResult.Rejected rejected = assertInstanceOf(ReloadResult.Rejected.class, live.checkNow());
            assertEquals(
                    file + ": error: cannot read the knowledge base: no such file",
                    rejected.problems().getFirst().toString());
            assertSame(good, live.get());
        }

        @Test
        void aBreakageFixedByRevertingIsQuietAndANewBreakageIsReportedAgain() throws IOException {
            write(BROKEN);
            live.checkNow();
            write(VALID);
            assertEquals(new ReloadResult.Unchanged(), live.checkNow());
            write(BROKEN);
            live.checkNow();
            assertEquals(2, told.size());
        }
    }

    @Nested
    class Polling {
        @Test
        void aChangeIsAppliedOnceItHasStayedTheSameForOnePoll() throws IOException {
            write(WITHOUT_NORWAY);
            live.poll();
            assertEquals(3, live.get().destinations().size(), "maybe still being written: wait");
            live.poll();
            assertEquals(2, live.get().destinations().size());
            assertEquals(List.of(new ReloadResult.Reloaded(2, List.of())), told);
        }

        @Test
        void aFileChangingBetweenPollsIsNotApplied() throws IOException {
            write(BROKEN.substring(0, BROKEN.length() / 2));
            live.poll();
            write(WITHOUT_NORWAY);
            live.poll();
            assertEquals(List.of(), told, "the half-written file was never reported");
            live.poll();
            assertEquals(List.of(new ReloadResult.Reloaded(2, List.of())), told);
        }

        @Test
        void thePollingThreadAppliesAnEdit() throws Exception {
            CompletableFuture<ReloadResult> heard = new CompletableFuture<>();
            try (LiveKnowledge polled = LiveKnowledge.open(file, Fixtures.loader(), heard::complete)) {
                polled.startPolling(Duration.ofMillis(10));
                write(WITHOUT_NORWAY);
                assertEquals(new ReloadResult.Reloaded(2, List.of()), heard.get(10, TimeUnit.SECONDS));
                assertEquals(2, polled.get().destinations().size());
            }
        }
    }
}
