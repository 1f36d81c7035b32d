package app.waypoint.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.conversation.Conversation;
import app.waypoint.conversation.Incoming;
import app.waypoint.conversation.Input;
import app.waypoint.conversation.Reply;
import app.waypoint.conversation.Screen;
import app.waypoint.knowledge.load.KnowledgeLoader;
import app.waypoint.knowledge.load.KnowledgeValidator;
import app.waypoint.knowledge.load.LiveKnowledge;
import app.waypoint.knowledge.load.ReloadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminCommandsTest {
    static final long ADMIN = 4242L;
    static final long USER = 777L;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    Path file;
    LiveKnowledge knowledge;
    final List<Incoming> passedOn = new ArrayList<>();
    final List<ReloadResult> heard = new ArrayList<>();
    Stats stats;
    AdminCommands admin;

    /** Stands in for the conversation: answers everything with "inner". */
    final Conversation inner = new Conversation() {
        @Override
        public List<Reply> handle(Incoming incoming) {
            passedOn.add(incoming);
            return List.of(new Reply.Send(Screen.text("inner")));
        }

        @Override
        public List<Reply> afterWipe(long chatId, String languageCode, int deleted, int tooOld) {
            return List.of();
        }

        @Override
        public void forget(long chatId) {}
    };

    @BeforeEach
    void open() throws Exception {
        file = Files.copy(Path.of("src/test/resources/knowledge/valid.yml"), dir.resolve("destinations.yml"));
        knowledge = LiveKnowledge.open(file, new KnowledgeLoader(KnowledgeValidator.standard(CLOCK)), heard::add);
        stats = new Stats(CLOCK);
        admin = new AdminCommands(inner, Set.of(ADMIN), knowledge, stats, CLOCK, 180);
    }

    @AfterEach
    void close() {
        knowledge.close();
    }

    private String say(long chat, String command) {
        List<Reply> replies = admin.handle(new Incoming(chat, "en", new Input.Command(command, "")));
        assertEquals(1, replies.size());
        return ((Reply.Send) replies.getFirst()).screen().html();
    }

    @Test
    void othersGetTheConversationsAnswerForMaintainersCommands() {
        for (String command : List.of("reload", "stale", "stats")) {
            assertEquals("inner", say(USER, command));
        }
        assertEquals(3, passedOn.size());
    }

    @Test
    void aMaintainersOtherCommandsReachTheConversation() {
        assertEquals("inner", say(ADMIN, "start"));
        assertEquals(1, passedOn.size());
    }

    @Test
    void reloadReportsUnchangedThenAValidEditThenARefusedOne() throws Exception {
        assertTrue(say(ADMIN, "reload").contains("unchanged: 3 destinations"), say(ADMIN, "reload"));

        Files.writeString(file, Files.readString(file).replace("Georgia", "Sakartvelo"));
        String done = say(ADMIN, "reload");
        assertTrue(done.contains("Reloaded: 3 destinations"), done);
        assertEquals(
                "Sakartvelo",
                knowledge.get().destination("ge").orElseThrow().name().en());

        Files.writeString(file, Files.readString(file).replace("visa: visa_free", "visa: visa_fre"));
        String refused = say(ADMIN, "reload");
        assertTrue(refused.contains("errors and was not loaded"), refused);
        assertTrue(refused.contains("destinations.yml:") && refused.contains("visa_fre"), refused);
        assertEquals(
                "Sakartvelo",
                knowledge.get().destination("ge").orElseThrow().name().en(),
                "the last good version stays in service");
    }

    @Test
    void staleListsOverdueAreasWithCounts() {
        String stale = say(ADMIN, "stale");
        assertTrue(stale.contains("Checked more than 180 days ago"), stale);
        assertTrue(stale.contains("ge: "), stale);
        assertTrue(stale.contains("am: ") && stale.contains("oldest 2026-02"), stale);
    }

    @Test
    void staleSaysSoWhenNothingIsOverdue() {
        var fresh = new AdminCommands(
                inner,
                Set.of(ADMIN),
                knowledge,
                stats,
                Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC),
                180);
        var replies = fresh.handle(new Incoming(ADMIN, "ru", new Input.Command("stale", "")));
        String html = ((Reply.Send) replies.getFirst()).screen().html();
        assertTrue(html.startsWith("Нет ничего"), html);
    }

    @Test
    void statsCountInputsUsersAndCardsButShowNoIds() {
        admin.handle(new Incoming(USER, "en", new Input.Text("hello")));
        admin.handle(new Incoming(USER, "en", new Input.Press("1|v=w.0", 5)));
        admin.handle(new Incoming(USER + 1, "en", new Input.Command("start", "")));
        stats.cardViewed("ge");
        stats.cardViewed("ge");
        stats.cardViewed("am");
        String html = say(ADMIN, "stats");
        assertTrue(html.contains("Inputs handled: 4"), html); // three above and /stats itself
        assertTrue(html.contains("Distinct users: ≈ 3"), html); // an estimate: nothing per user is kept
        assertTrue(html.contains("ge 2") && html.contains("am 1"), html);
        assertFalse(html.contains(Long.toString(USER)) || html.contains(Long.toString(ADMIN)), html);
        assertFalse(html.contains("dropped"), "no drops, no line: " + html);
        stats.dropped(1_994); // the Telegram edge's count of inputs from chats sending too fast
        html = say(ADMIN, "stats");
        assertTrue(html.contains("Inputs dropped (a chat sent faster than I may answer): 1,994"), html);
    }

    @Test
    void theNoticeOfARefusedEditListsTheErrorsEscaped() {
        var problems = List.of(new app.waypoint.knowledge.load.Problem(
                app.waypoint.knowledge.load.Problem.Severity.ERROR,
                "destinations.yml",
                3,
                7,
                "destinations[ge]",
                "found '<b>'"));
        String html = AdminCommands.rejectedNotice(problems);
        assertTrue(html.contains("has 1 errors"), html);
        assertTrue(html.contains("found '&lt;b&gt;'"), html);
    }
}
