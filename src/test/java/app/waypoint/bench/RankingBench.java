package app.waypoint.bench;

import app.waypoint.conversation.Conversation;
import app.waypoint.conversation.Incoming;
import app.waypoint.conversation.Input;
import app.waypoint.conversation.Reply;
import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.load.KnowledgeFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Part 5: how the cost of the ranked list grows with the number of destinations. The press that shows the list
 * (after the last question, or "Show the countries" after the warnings) is timed on the shipped file and on
 * generated ones of 30, 200 and 676 destinations (676 = every two-letter id). The loader refuses more (ids
 * repeat), so 1,000 is built in code from the 676 plus 324 of them again, repeated ids and all: ranking does not
 * look at ids.
 */
final class RankingBench {
    private static final long WARM_UP_NANOS = 1_500_000_000L;
    private static final long MEASURE_NANOS = 2_000_000_000L;

    private RankingBench() {}

    static void run(Report report) throws Exception {
        report.section("5. Ranking: time to produce the ranked list screen, by number of destinations");
        Conversation shipped = Production.conversation(Production.shipped());
        List<CoreBench.Recorded> recorded = CoreBench.record(shipped);
        List<Object[]> presses = new ArrayList<>();
        for (CoreBench.Recorded r : recorded) {
            if (r.persona().equals("it-worker") || r.persona().equals("belarus-activist")) {
                presses.add(new Object[] {r.persona(), listPress(shipped, r.inputs())});
            }
        }
        List<Object[]> kbs = new ArrayList<>();
        kbs.add(new Object[] {
            "shipped (" + Production.shipped().get().destinations().size() + ")",
            Production.shipped().get(),
            Clock.systemUTC()
        });
        Path dir = Files.createTempDirectory("waypoint-bench-rank");
        KnowledgeBase all = null;
        for (int n : new int[] {30, 200, 676}) {
            Path file = KnowledgeFiles.write(dir.resolve(n + ".yml"), n);
            KnowledgeBase kb = Production.load(file, Production.APRIL_2026);
            Files.delete(file);
            kbs.add(new Object[] {String.valueOf(n), kb, Production.APRIL_2026});
            all = kb;
        }
        Files.delete(dir);
        List<Destination> thousand = new ArrayList<>(all.destinations());
        thousand.addAll(all.destinations().subList(0, 1_000 - thousand.size()));
        kbs.add(new Object[] {
            "1,000 (676 ids)", new KnowledgeBase(thousand, all.help(), all.rules()), Production.APRIL_2026
        });
        for (Object[] press : presses) {
            StringBuilder line = new StringBuilder();
            for (Object[] k : kbs) {
                KnowledgeBase kb = (KnowledgeBase) k[1];
                Conversation core = Production.core(() -> kb, (Clock) k[2]);
                Latencies lat = time(core, (Input) press[1]);
                line.append(String.format(
                        Locale.ROOT,
                        "%s%s: %s / %s",
                        line.isEmpty() ? "" : "; ",
                        k[0],
                        Latencies.us(lat.percentile(50)),
                        Latencies.us(lat.percentile(99))));
            }
            report.figure("ranking", "list screen p50 / p99, persona " + press[0], line.toString());
        }
    }

    /** The press after which the chat shows the ranked list. */
    private static Input listPress(Conversation conversation, List<Input> inputs) {
        String header = Script.text("results.header");
        header = header.substring(0, header.indexOf('('));
        long chat = 8_000_000_000L;
        for (Input in : inputs) {
            for (Reply r : conversation.handle(new Incoming(chat, "en", in))) {
                if (r instanceof Reply.Edit e && e.screen().html().startsWith(header)) return in;
            }
        }
        throw new IllegalStateException("no press shows the list");
    }

    private static Latencies time(Conversation core, Input press) {
        Incoming in = new Incoming(7_000_000_000L, "en", press);
        long sink = 0;
        long end = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < end) sink += core.handle(in).size();
        Latencies lat = new Latencies(100_000);
        end = System.nanoTime() + MEASURE_NANOS;
        long t;
        while ((t = System.nanoTime()) < end) {
            sink += core.handle(in).size();
            lat.add(System.nanoTime() - t);
        }
        if (sink == 0) throw new IllegalStateException();
        return lat;
    }
}
