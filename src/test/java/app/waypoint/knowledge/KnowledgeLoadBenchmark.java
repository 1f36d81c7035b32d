package app.waypoint.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times load + validate of generated files of several sizes, or of files given by path: the median of several runs
 * after warm-up. Not part of the test suite (timings on a shared machine are not assertions); run its {@code main}
 * with the test class path, with sizes or file names as arguments.
 */
public final class KnowledgeLoadBenchmark {
    /** Small files need many runs before the JIT has compiled the loader. */
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final int WARM_UP_RUNS = 10;
    private static final int RUNS = 9;

    private KnowledgeLoadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> inputs = args.length == 0 ? List.of("30", "200", "676", "1000") : List.of(args);
        for (String input : inputs) {
            String yaml = input.chars().allMatch(Character::isDigit)
                    ? KnowledgeFiles.generate(Integer.parseInt(input))
                    : Files.readString(Path.of(input));
            time(input, yaml);
        }
    }

    private static void time(String name, String yaml) {
        KnowledgeLoader loader = Fixtures.loader();
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        for (int i = 0; i < WARM_UP_RUNS || System.nanoTime() < warmUpEnd; i++) loader.load("bench.yml", yaml);
        long[] nanos = new long[RUNS];
        LoadResult result = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = loader.load("bench.yml", yaml);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-16s %5.1f M chars: median %7.1f ms (min %7.1f, max %7.1f), %s, %d problems%n",
                name, yaml.length() / 1e6, nanos[RUNS / 2] / 1e6, nanos[0] / 1e6, nanos[RUNS - 1] / 1e6,
                result.getClass().getSimpleName(), result.problems().size());
    }
}
