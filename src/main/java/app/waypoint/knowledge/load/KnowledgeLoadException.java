package app.waypoint.knowledge.load;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The knowledge base could not be loaded at start-up. The bot must not start without its facts, so this is
 * thrown rather than handled; it carries every problem, and its message lists them for the log.
 */
public final class KnowledgeLoadException extends RuntimeException {
    private final transient List<Problem> problems;

    /** @param problems the problems found, at least one of them an error */
    public KnowledgeLoadException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, errors and warnings, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        String file =
                problems.isEmpty() ? "the knowledge base" : problems.getFirst().file();
        return file + " cannot be loaded, " + errors + (errors == 1 ? " error" : " errors") + ":\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
