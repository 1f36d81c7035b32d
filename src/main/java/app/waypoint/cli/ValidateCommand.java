package app.waypoint.cli;

import app.waypoint.knowledge.load.CardMeasure;
import app.waypoint.knowledge.load.KnowledgeFile;
import app.waypoint.knowledge.load.KnowledgeLoader;
import app.waypoint.knowledge.load.KnowledgeValidator;
import app.waypoint.knowledge.load.LoadResult;
import app.waypoint.knowledge.load.Problem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * {@code waypoint validate [FILE]}: checks a knowledge-base file the way the running bot would, so a maintainer
 * sees every error and warning before committing. Prints one line per problem in compiler style and a summary;
 * the exit code is 0 when the bot would accept the file and 1 when it would refuse it.
 */
public final class ValidateCommand {
    private final CardMeasure cards;

    /** Measures cards with {@link CardMeasure#conservative()}. */
    public ValidateCommand() {
        this(CardMeasure.conservative());
    }

    /** Measures cards with the given measure, such as the real renderer's. */
    public ValidateCommand(CardMeasure cards) {
        this.cards = Objects.requireNonNull(cards, "cards");
    }

    /**
     * Validates the file and reports to {@code out}.
     *
     * @param staleDays facts checked longer ago than this are reported
     * @return 0 when there are no errors, 1 otherwise (a missing or unreadable file included)
     */
    public int run(Path file, PrintStream out, Clock clock, int staleDays) {
        KnowledgeLoader loader = new KnowledgeLoader(new KnowledgeValidator(clock, staleDays, cards));
        LoadResult result = KnowledgeFile.load(file, loader);
        result.problems().forEach(out::println);
        List<Problem> problems = result.problems();
        long errors = problems.stream().filter(Problem::isError).count();
        String counts = count(errors, "error") + ", " + count(problems.size() - errors, "warning");
        out.println(file + ": "
                + switch (result) {
                    case LoadResult.Loaded loaded ->
                        count(loaded.knowledge().destinations().size(), "destination") + ", " + counts;
                    case LoadResult.Failed failed -> counts + "; the bot would refuse this file";
                });
        if (problems.stream().anyMatch(p -> p.message().contains(" days old, more than "))) {
            out.println("To see which cited pages died, moved or changed since the last run: "
                    + "java -jar target/waypoint.jar sources " + file);
        }
        return errors == 0 ? 0 : 1;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
