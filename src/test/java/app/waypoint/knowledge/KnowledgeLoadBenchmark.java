package app.waypoint.knowledge;

import java.util.Arrays;
import java.util.Locale;

/**
 * Times load + validate of generated files of several sizes: the median of several runs after warm-up. Not part of
 * the test suite (timings on a shared machine are not assertions); run its {@code main} with the test class path.
 */
public final class KnowledgeLoadBenchmark {
    private static final int WARM_UP = 5;
    private static final int RUNS = 9;

    private KnowledgeLoadBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[]{30, 200, 676, 1000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        KnowledgeLoader loader = Fixtures.loader();
        for (int size : sizes) {
            String yaml = KnowledgeFiles.generate(size);
            for (int i = 0; i < WARM_UP; i++) loader.load("bench.yml", yaml);
            long[] nanos = new long[RUNS];
            LoadResult result = null;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                result = loader.load("bench.yml", yaml);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%5d destinations, %6.1f MB: median %7.1f ms (min %7.1f, max %7.1f), %s, %d problems%n",
                    size, yaml.length() / 1e6, nanos[RUNS / 2] / 1e6, nanos[0] / 1e6, nanos[RUNS - 1] / 1e6,
                    result.getClass().getSimpleName(), result.problems().size());
        }
    }
}
