package app.waypoint.bench;

import app.waypoint.knowledge.load.KnowledgeFile;
import app.waypoint.knowledge.load.LoadResult;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a fresh JVM by the start-up benchmark: times the first load + validate of a knowledge-base file (cold:
 * nothing loaded, nothing compiled), then a second one, and prints both in nanoseconds.
 */
public final class ColdLoad {
    private ColdLoad() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long t0 = System.nanoTime();
        LoadResult first = KnowledgeFile.load(file, Production.loader(Clock.systemUTC()));
        long t1 = System.nanoTime();
        LoadResult second = KnowledgeFile.load(file, Production.loader(Clock.systemUTC()));
        long t2 = System.nanoTime();
        if (!(first instanceof LoadResult.Loaded) || !(second instanceof LoadResult.Loaded)) {
            System.out.println("failed " + first.problems().size());
            System.exit(1);
        }
        System.out.println("cold " + (t1 - t0) + " second " + (t2 - t1));
    }
}
