package app.waypoint.knowledge.load;

import app.waypoint.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of loading one knowledge-base file: a knowledge base to serve, or the reasons it must not be.
 * Switch over it without {@code default}: both cases have to be handled.
 */
public sealed interface LoadResult {

    /** Every problem found, errors and warnings, in file order. */
    List<Problem> problems();

    /**
     * The file is valid and may be served.
     *
     * @param knowledge the knowledge base
     * @param warnings  things a maintainer should look at (stale facts, missing translations, ...); no errors
     */
    record Loaded(KnowledgeBase knowledge, List<Problem> warnings) implements LoadResult {
        public Loaded {
            Objects.requireNonNull(knowledge, "knowledge");
            warnings = List.copyOf(warnings);
            if (warnings.stream().anyMatch(Problem::isError)) {
                throw new IllegalArgumentException("a loaded file has no errors: " + warnings);
            }
        }

        @Override
        public List<Problem> problems() {
            return warnings;
        }
    }

    /**
     * The file has errors and must not be served.
     *
     * @param problems at least one error, and the warnings about the parts that could be read
     */
    record Failed(List<Problem> problems) implements LoadResult {
        public Failed {
            problems = List.copyOf(problems);
            if (problems.stream().noneMatch(Problem::isError)) {
                throw new IllegalArgumentException("a failed load needs at least one error");
            }
        }

        /** The errors only. */
        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }
    }
}
