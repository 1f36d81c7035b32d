package app.waypoint.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Waypoint's benchmarks, all six parts in one run (about six minutes on two cores): the core, end to end over
 * loopback HTTP through the fake Bot API, memory per session, start-up and knowledge-base loading, and how the
 * ranking grows with the number of destinations. Prints each figure as it is measured, with the load it was
 * measured under, then a Markdown table.
 *
 * <p>Run with {@code ./mvnw -q -Pbench verify} (see the README); arguments choose parts:
 * {@code core e2e memory startup ranking}. Not a test: timings on a shared machine are not assertions.
 */
public final class Benchmarks {
    static final List<String> PARTS = List.of("core", "e2e", "memory", "startup", "ranking", "flood");

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        // The fake Bot API is the JDK's HttpServer, which writes a response's headers and body separately and,
        // by default, with Nagle's algorithm on: the body then waits for the client's delayed ACK, tens of
        // milliseconds on every call. Telegram's servers send without that delay; so does the fake here.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // the bots under test log every start, stop and 429 wait: keep the figures readable (429s are counted)
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        List<String> parts = new ArrayList<>();
        for (String a : args) {
            for (String p : a.split("[,\\s]+")) if (!p.isBlank()) parts.add(p.toLowerCase(Locale.ROOT));
        }
        parts.remove("all");
        if (parts.isEmpty()) parts.addAll(PARTS);
        for (String p : parts) {
            if (!PARTS.contains(p))
                throw new IllegalArgumentException("unknown part '" + p + "': choose from " + PARTS);
        }
        Report report = new Report(out);
        long began = System.nanoTime();
        out.println("Waypoint benchmarks: " + parts + " (run in the order core, memory, startup, e2e, ranking)");
        out.println("Machine: " + Machine.describe());
        out.println("At start: " + Machine.load());
        long freshRss = Machine.rssBytes();
        // the core first (its single-thread rate moves by a tenth with what ran before it in this JVM), then
        // memory and start-up, then the long end-to-end runs
        if (parts.contains("core")) CoreBench.run(report, Duration.ofSeconds(8), Duration.ofSeconds(10));
        if (parts.contains("memory")) MemoryBench.run(report, freshRss);
        if (parts.contains("startup")) StartupBench.run(report);
        if (parts.contains("e2e")) EndToEndBench.run(report);
        if (parts.contains("ranking")) RankingBench.run(report);
        if (parts.contains("flood")) EndToEndBench.flood(report);
        report.table();
        out.printf(Locale.ROOT, "%nTotal %.0f s; at the end: %s%n", (System.nanoTime() - began) / 1e9, Machine.load());
    }
}
