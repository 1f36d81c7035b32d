package app.waypoint.cli;

import app.waypoint.diff.Change;
import app.waypoint.diff.DiffReport;
import app.waypoint.diff.KnowledgeDiff;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.load.CardMeasure;
import app.waypoint.knowledge.load.KnowledgeFile;
import app.waypoint.knowledge.load.KnowledgeLoader;
import app.waypoint.knowledge.load.KnowledgeValidator;
import app.waypoint.knowledge.load.LoadResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code waypoint diff OLD NEW}: what a data edit changed, in plain words. Exit status as diff(1): 0 no changes,
 * 1 changes, 2 a file that does not load (its errors are printed, with file, line and column).
 */
public final class DiffCommand {
    private DiffCommand() {}

    /** Compares two knowledge-base files and prints the changes. */
    public static int run(Path before, Path after, boolean markdown, PrintStream out, PrintStream err, Clock clock) {
        KnowledgeLoader loader = new KnowledgeLoader(
                new KnowledgeValidator(clock, KnowledgeValidator.DEFAULT_STALE_DAYS, CardMeasure.conservative()));
        Optional<KnowledgeBase> a = load(before, loader, err);
        Optional<KnowledgeBase> b = load(after, loader, err);
        if (a.isEmpty() || b.isEmpty()) return 2;
        List<Change> changes = KnowledgeDiff.between(a.get(), b.get());
        out.print(markdown ? DiffReport.markdown(changes) : DiffReport.text(changes));
        return changes.isEmpty() ? 0 : 1;
    }

    private static Optional<KnowledgeBase> load(Path file, KnowledgeLoader loader, PrintStream err) {
        return switch (KnowledgeFile.load(file, loader)) {
            case LoadResult.Loaded loaded -> Optional.of(loaded.knowledge());
            case LoadResult.Failed failed -> {
                failed.errors().forEach(err::println);
                err.println(file + ": does not load, so it cannot be compared");
                yield Optional.empty();
            }
        };
    }
}
