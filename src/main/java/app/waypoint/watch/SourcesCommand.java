package app.waypoint.watch;

import app.waypoint.knowledge.load.CardMeasure;
import app.waypoint.knowledge.load.Citations;
import app.waypoint.knowledge.load.KnowledgeLoader;
import app.waypoint.knowledge.load.KnowledgeValidator;
import app.waypoint.knowledge.load.LoadResult;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code waypoint sources [FILE]}: fetches every page the knowledge base cites and reports which are dead, moved
 * or changed since the last run, with the facts that cite them. Exit status: 0 nothing needs attention, 1 some
 * source does (or the file does not load), 2 the record file cannot be read or written.
 */
public final class SourcesCommand {
    /** The exit status when the record file is the problem. */
    public static final int EXIT_RECORD = 2;

    /**
     * What to run.
     *
     * @param file     the knowledge base
     * @param record   the previous run's record, rewritten after this run
     * @param markdown Markdown instead of terminal text
     * @param settings how politely to fetch
     */
    public record Options(Path file, Path record, boolean markdown, SourceWatch.Settings settings) {
        public Options {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(settings, "settings");
        }

        /** The record beside the data: {@code destinations.yml} → {@code destinations.sources.tsv}. */
        public static Path recordBeside(Path file) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".sources.tsv");
        }
    }

    private SourcesCommand() {}

    /** Runs the watch and prints the report to {@code out}, problems to {@code err}. */
    public static int run(Options options, PrintStream out, PrintStream err, Clock clock) throws InterruptedException {
        String text;
        try {
            text = Files.readString(options.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(options.file() + ": cannot read the knowledge base: " + e);
            return 1;
        }
        KnowledgeLoader loader = new KnowledgeLoader(
                new KnowledgeValidator(clock, KnowledgeValidator.DEFAULT_STALE_DAYS, CardMeasure.conservative()));
        LoadResult result = loader.load(options.file().toString(), text);
        if (result instanceof LoadResult.Failed failed) {
            failed.errors().forEach(err::println);
            err.println(
                    options.file() + ": the file does not load; fix it (see `validate`) before watching its sources");
            return 1;
        }
        LoadResult.Loaded loaded = (LoadResult.Loaded) result;
        Map<URI, WatchRecord.Line> previous;
        try {
            previous = WatchRecord.read(options.record());
        } catch (WatchRecord.RecordException e) {
            err.println(e.getMessage());
            return EXIT_RECORD;
        }
        List<Citations.Citation> citations = Citations.of(text, loaded.knowledge());
        Report report = new SourceWatch(options.settings()).run(citations, previous, LocalDate.now(clock));
        String name = options.file().getFileName().toString();
        out.print(options.markdown() ? report.markdown(name) : report.text(name));
        try {
            WatchRecord.write(options.record(), report.record());
        } catch (WatchRecord.RecordException e) {
            err.println(e.getMessage());
            return EXIT_RECORD;
        }
        return report.needsAttention() ? 1 : 0;
    }
}
