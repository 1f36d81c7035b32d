package app.waypoint.bench;

import app.waypoint.knowledge.load.KnowledgeFile;
import app.waypoint.knowledge.load.KnowledgeFiles;
import app.waypoint.knowledge.load.KnowledgeLoader;
import app.waypoint.knowledge.load.LoadResult;
import app.waypoint.telegram.fake.FakeTelegram;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Part 4: start-up. The packaged bot ({@code java -jar target/waypoint.jar bot}) is launched as a child process
 * against a fake Bot API server, and timed from launch to its first getUpdates there; the first (cold) load of the
 * shipped knowledge base is timed in fresh JVMs; and load + validate is timed warm (median after warm-up) for the
 * shipped file and generated ones of 200, 676 and 1,000 destinations.
 */
final class StartupBench {
    private static final int LAUNCHES = 7;
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final int WARM_UP_RUNS = 10;
    private static final int RUNS = 9;

    private StartupBench() {}

    static void run(Report report) throws Exception {
        report.section("4. Start-up and knowledge-base loading");
        launches(report);
        cold(report);
        warm(report);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void launches(Report report) throws Exception {
        Path jar =
                Path.of(System.getProperty("bench.jar", "target/waypoint.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            report.note("start-up skipped: %s is missing (build it: ./mvnw -q package -DskipTests)", jar);
            return;
        }
        Path log = Files.createTempFile("waypoint-bench-startup", ".log");
        long[] toGetMe = new long[LAUNCHES];
        long[] toPoll = new long[LAUNCHES];
        long[] rss = new long[LAUNCHES];
        launch(jar, log); // warm the page cache and the file system
        for (int i = 0; i < LAUNCHES; i++) {
            long[] one = launch(jar, log);
            toGetMe[i] = one[0];
            toPoll[i] = one[1];
            rss[i] = one[2];
        }
        Files.deleteIfExists(log);
        long median = median(toPoll);
        report.figure(
                "startup",
                "JVM launch → first getUpdates, median of " + LAUNCHES,
                String.format(
                        Locale.ROOT,
                        "%d ms (min %d, max %d; getMe at %d ms)",
                        median / 1_000_000,
                        min(toPoll) / 1_000_000,
                        max(toPoll) / 1_000_000,
                        median(toGetMe) / 1_000_000),
                "≤ 1 s",
                median <= 1_000_000_000L);
        report.figure(
                "startup",
                "RSS of the bot process at its first getUpdates, median",
                String.format(Locale.ROOT, "%d MiB", median(rss) >> 20));
    }

    /** {to getMe, to first getUpdates, RSS then}: launch to the calls' arrival at the fake, in nanoseconds. */
    private static long[] launch(Path jar, Path log) throws Exception {
        try (FakeTelegram tg = FakeTelegram.start(EndToEndBench.TOKEN)) {
            ProcessBuilder pb = new ProcessBuilder(java(), "-jar", jar.toString(), "bot");
            pb.environment()
                    .keySet()
                    .removeIf(k -> k.startsWith("WAYPOINT_")
                            || k.startsWith("TELEGRAM_")
                            || k.startsWith("JAVA_TOOL_OPTIONS")
                            || k.startsWith("JDK_JAVA_OPTIONS"));
            pb.environment().put("TELEGRAM_BOT_TOKEN", EndToEndBench.TOKEN);
            pb.environment().put("TELEGRAM_API_URL", tg.url().toString());
            pb.environment()
                    .put("WAYPOINT_DESTINATIONS", Production.shippedFile().toString());
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            long t0 = System.nanoTime();
            Process p = pb.start();
            try {
                tg.await("getMe", Duration.ofSeconds(30), () -> tg.calls("getMe") > 0);
                long getMe = System.nanoTime() - t0;
                tg.await("the first getUpdates", Duration.ofSeconds(30), () -> tg.calls("getUpdates") > 0);
                long poll = System.nanoTime() - t0;
                long rss = Machine.rss(Path.of("/proc/" + p.pid() + "/status"));
                return new long[] {getMe, poll, rss};
            } finally {
                p.destroy(); // SIGTERM: the bot stops cleanly
                if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
            }
        }
    }

    private static void cold(Report report) throws Exception {
        long[] cold = new long[5];
        long[] second = new long[5];
        for (int i = 0; i < cold.length; i++) {
            Process p = new ProcessBuilder(
                            java(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            ColdLoad.class.getName(),
                            Production.shippedFile().toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0 || !out.startsWith("cold ")) throw new IllegalStateException("cold load: " + out);
            String[] f = out.split("\\s+");
            cold[i] = Long.parseLong(f[1]);
            second[i] = Long.parseLong(f[3]);
        }
        report.figure(
                "startup",
                "first (cold) load + validate of the shipped file in a fresh JVM, median of 5",
                String.format(
                        Locale.ROOT,
                        "%d ms (the second load in the same JVM: %d ms)",
                        median(cold) / 1_000_000,
                        median(second) / 1_000_000));
    }

    private static void warm(Report report) throws IOException {
        Path dir = Files.createTempDirectory("waypoint-bench");
        try {
            List<Object[]> files = new ArrayList<>();
            files.add(new Object[] {"shipped destinations.yml", Production.shippedFile(), Clock.systemUTC()});
            for (int n : new int[] {200, 676, 1_000}) {
                files.add(new Object[] {
                    "generated, " + n + " destinations",
                    KnowledgeFiles.write(dir.resolve(n + ".yml"), n),
                    Production.APRIL_2026
                });
            }
            for (Object[] f : files) {
                String name = (String) f[0];
                Path file = (Path) f[1];
                KnowledgeLoader loader = Production.loader((Clock) f[2]);
                long warmEnd = System.nanoTime() + WARM_UP_NANOS;
                for (int i = 0; i < WARM_UP_RUNS || System.nanoTime() < warmEnd; i++) KnowledgeFile.load(file, loader);
                long[] nanos = new long[RUNS];
                LoadResult result = null;
                for (int i = 0; i < RUNS; i++) {
                    long t0 = System.nanoTime();
                    result = KnowledgeFile.load(file, loader);
                    nanos[i] = System.nanoTime() - t0;
                }
                long errors =
                        result.problems().stream().filter(p -> p.isError()).count();
                String outcome = result instanceof LoadResult.Loaded ? "loads" : "refused: " + errors + " errors";
                String value = String.format(
                        Locale.ROOT,
                        "%.1f ms (min %.1f, max %.1f; %.1f MB, %s, %d warnings)",
                        median(nanos) / 1e6,
                        min(nanos) / 1e6,
                        max(nanos) / 1e6,
                        Files.size(file) / 1e6,
                        outcome,
                        result.problems().size() - errors);
                if (name.contains("200 ")) {
                    report.figure(
                            "startup",
                            "load + validate, " + name + ", median of " + RUNS + " after warm-up",
                            value,
                            "≤ 100 ms",
                            median(nanos) <= 100_000_000L);
                } else {
                    report.figure(
                            "startup", "load + validate, " + name + ", median of " + RUNS + " after warm-up", value);
                }
            }
        } finally {
            try (var s = Files.list(dir)) {
                s.forEach(p -> p.toFile().delete());
            }
            new File(dir.toString()).delete();
        }
    }

    static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
