package app.waypoint.bench;

import app.waypoint.conversation.Button;
import app.waypoint.conversation.Conversation;
import app.waypoint.conversation.Incoming;
import app.waypoint.conversation.Input;
import app.waypoint.conversation.Reply;
import app.waypoint.conversation.Screen;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Part 1: the pure core. Full conversations ({@link Script}, four personas) are recorded once as the inputs a
 * user sends, then replayed on fresh chat ids through the conversation as the bot wires it, on one thread and on
 * two; each {@code handle} call is timed on its own.
 */
final class CoreBench {
    private CoreBench() {}

    /** One recorded conversation: the inputs, in order. */
    record Recorded(String persona, List<Input> inputs) {}

    /** Plays every persona's script once against the conversation and records what the user sent. */
    static List<Recorded> record(Conversation conversation) {
        List<Recorded> out = new ArrayList<>();
        long chatId = 9_000_000_000L;
        for (Script.Persona p : Script.PERSONAS) {
            out.add(new Recorded(p.name(), play(conversation, Script.full(p), chatId++)));
        }
        return out;
    }

    /** The screens a chat shows, as the core's replies build them; messages numbered from 1 as Telegram does. */
    static List<Input> play(Conversation conversation, Script script, long chatId) {
        List<Input> inputs = new ArrayList<>();
        Script.Walk walk = script.walk();
        Script.Act act = walk.first();
        int nextId = 1;
        int menu = 0;
        Screen shown = null;
        while (act != null) {
            Input input =
                    act.command() != null ? new Input.Command(act.command(), "") : new Input.Press(act.data(), menu);
            inputs.add(input);
            List<Reply> replies = conversation.handle(new Incoming(chatId, "en", input));
            Screen screen = null;
            for (Reply r : replies) {
                switch (r) {
                    case Reply.Send s -> {
                        menu = nextId++;
                        screen = s.screen();
                    }
                    case Reply.Edit e -> {
                        menu = e.messageId();
                        screen = e.screen();
                    }
                    case Reply.Notice n -> {}
                    case Reply.Wipe w -> throw new IllegalStateException("the script wiped the chat");
                }
            }
            if (screen == null) throw new IllegalStateException("no screen after " + input + ": " + replies);
            shown = screen;
            act = walk.next(buttons(screen));
        }
        if (shown == null || !shown.html().contains(Script.text("compare.title"))) {
            throw new IllegalStateException("the script did not end on a comparison");
        }
        return List.copyOf(inputs);
    }

    static List<Script.Btn> buttons(Screen screen) {
        List<Script.Btn> out = new ArrayList<>();
        for (List<Button> row : screen.keyboard()) {
            for (Button b : row) {
                out.add(new Script.Btn(b.label(), b instanceof Button.Callback c ? c.data() : null));
            }
        }
        return out;
    }

    /** The figures of one run. */
    record Result(int threads, long updates, double seconds, Latencies latencies) {
        double perSecond() {
            return updates / seconds;
        }
    }

    static void run(Report report, Duration warmUp, Duration measure) throws Exception {
        report.section("1. Core: full conversations on the shipped destinations.yml");
        Conversation conversation = Production.conversation(Production.shipped());
        List<Recorded> scripts = record(conversation);
        int perConversation = scripts.stream().mapToInt(r -> r.inputs().size()).sum() / scripts.size();
        report.note(
                "%d personas, %s updates per conversation (start, find, 4 questions, warnings, list, card "
                        + "sections, compare)",
                scripts.size(),
                scripts.stream().map(r -> r.persona() + " " + r.inputs().size()).toList());
        for (int threads : new int[] {1, 2}) {
            Result r = replay(conversation, scripts, threads, warmUp, measure);
            String what = threads == 1 ? "single thread" : threads + " threads";
            report.figure(
                    "core",
                    "updates/s, " + what,
                    String.format(Locale.ROOT, "%,.0f", r.perSecond()),
                    "≥ 50,000",
                    r.perSecond() >= 50_000);
            long p99 = r.latencies().percentile(99);
            report.figure(
                    "core",
                    "per update p50 / p99 / max, " + what,
                    Latencies.us(r.latencies().percentile(50)) + " / " + Latencies.us(p99) + " / "
                            + Latencies.ms(r.latencies().max()),
                    "p99 ≤ 1 ms",
                    p99 <= 1_000_000);
        }
        report.note(
                "(%d-update conversations; chat ids never repeat, so every conversation makes a new session)",
                perConversation);
    }

    /** Replays the recorded conversations on {@code threads} threads: warm-up, then timed updates. */
    static Result replay(
            Conversation conversation, List<Recorded> scripts, int threads, Duration warmUp, Duration measure)
            throws Exception {
        long warmEnd = System.nanoTime() + warmUp.toNanos();
        long[] measureEnd = new long[1];
        long[] measureStart = new long[1];
        CyclicBarrier measured = new CyclicBarrier(threads, () -> {
            measureStart[0] = System.nanoTime();
            measureEnd[0] = measureStart[0] + measure.toNanos();
        });
        Latencies[] perThread = new Latencies[threads];
        long[] counts = new long[threads];
        AtomicLong sink = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            perThread[t] = new Latencies(4_000_000);
            workers.add(new Thread(
                    () -> {
                        try {
                            long chat = 1_000_000_000L * (id + 1) + threads * 100_000_000L;
                            long local = 0;
                            for (int c = 0; System.nanoTime() < warmEnd; c++, chat++) {
                                for (Input in : scripts.get(c % scripts.size()).inputs()) {
                                    local += conversation
                                            .handle(new Incoming(chat, "en", in))
                                            .size();
                                }
                            }
                            measured.await(); // its action sets measureEnd before any worker goes on
                            long end = measureEnd[0];
                            Latencies lat = perThread[id];
                            long n = 0;
                            outer:
                            for (int c = 0; ; c++, chat++) {
                                for (Input in : scripts.get(c % scripts.size()).inputs()) {
                                    long t0 = System.nanoTime();
                                    if (t0 >= end) break outer;
                                    local += conversation
                                            .handle(new Incoming(chat, "en", in))
                                            .size();
                                    lat.add(System.nanoTime() - t0);
                                    n++;
                                }
                            }
                            counts[id] = n;
                            sink.addAndGet(local);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    "bench-core-" + t));
        }
        workers.forEach(Thread::start);
        for (Thread w : workers) w.join();
        Latencies all = new Latencies(4_000_000);
        long total = 0;
        for (int t = 0; t < threads; t++) {
            all.addAll(perThread[t]);
            total += counts[t];
        }
        if (sink.get() == 0) throw new IllegalStateException("no replies");
        return new Result(threads, total, measure.toNanos() / 1e9, all);
    }
}
