package app.waypoint.knowledge.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one load of one file has found so far: the problems, and the means to find where a key path sits in the
 * file, so the validator, which only sees the records, can still point at a line.
 */
final class Findings {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Position> positions = new HashMap<>();
    private YamlNode root;
    private int errors;
    private int failures;

    Findings(String file) {
        this.file = file;
    }

    void error(Position at, String path, String message) {
        problems.add(new Problem(Problem.Severity.ERROR, file, at.line(), at.column(), path, message));
        errors++;
        failures++;
    }

    /**
     * A read failed on a node refused earlier (an alias, a tagged value), whose error is already reported: counts
     * as a failure so no record is built from it, without reporting it twice.
     */
    void skip() {
        failures++;
    }

    void warning(Position at, String path, String message) {
        problems.add(new Problem(Problem.Severity.WARNING, file, at.line(), at.column(), path, message));
    }

    /** Warns at the place recorded for the path, or the nearest enclosing one. */
    void warning(String path, String message) {
        warning(positionOf(path), path, message);
    }

    int errors() {
        return errors;
    }

    /** A mark to pass to {@link #cleanSince} after reading the parts of a record. */
    int mark() {
        return failures;
    }

    /** True when every read since the mark succeeded, so the record can be built. */
    boolean cleanSince(int mark) {
        return failures == mark;
    }

    /** The tree the paths refer to, once the file is parsed. */
    void root(YamlNode root) {
        this.root = root;
    }

    /** Remembers where a path is, for records validated without their tree; the first place wins. */
    void locate(String path, Position at) {
        positions.putIfAbsent(path, at);
    }

    /** Where the path is, or the nearest enclosing path that is known, or the whole file. */
    Position positionOf(String path) {
        if (root != null) return TreeLocator.locate(root, path);
        for (String p = path; !p.isEmpty(); p = Paths.parent(p)) {
            Position at = positions.get(p);
            if (at != null) return at;
        }
        return Position.FILE;
    }

    /** All problems, in file order. */
    List<Problem> sorted() {
        return problems.stream().sorted(Problem.BY_POSITION).toList();
    }
}
