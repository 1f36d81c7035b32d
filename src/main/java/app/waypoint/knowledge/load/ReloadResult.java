package app.waypoint.knowledge.load;

import java.util.List;

/**
 * What a reload check found, for the log, the maintainers' chat and the admin {@code /reload} command. Switch
 * over it without {@code default}.
 */
public sealed interface ReloadResult {

    /** The file is the version already in service. */
    record Unchanged() implements ReloadResult {}

    /**
     * A new valid version is now in service.
     *
     * @param destinations how many destinations it has
     * @param warnings     what a maintainer should look at in it
     */
    record Reloaded(int destinations, List<Problem> warnings) implements ReloadResult {
        public Reloaded {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The file on disk is invalid or unreadable; the last good version stays in service.
     *
     * @param problems why, with at least one error
     */
    record Rejected(List<Problem> problems) implements ReloadResult {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.stream().noneMatch(Problem::isError)) {
                throw new IllegalArgumentException("a rejected file needs at least one error");
            }
        }
    }
}
