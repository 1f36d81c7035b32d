package app.waypoint.knowledge.load;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a knowledge-base file, located precisely enough for a maintainer to fix it without
 * searching. {@link #toString()} renders it the way compilers do, so editors and CI logs link to the spot:
 * {@code destinations.yml:123:7: error: destinations[ge].entry.visa: expected one of ..., found 'visa_fre'}.
 *
 * @param severity whether the file is refused (ERROR) or used anyway (WARNING)
 * @param file     the file name as given to the loader
 * @param line     1-based line, or 0 when the problem concerns the whole file
 * @param column   1-based column (in characters), or 0 together with line 0
 * @param path     the key path, such as {@code destinations[ge].entry.stay_days}; empty when there is none
 * @param message  what was expected and what was found
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message) {
    /** Orders problems as they appear in the file; whole-file problems come first. */
    public static final Comparator<Problem> BY_POSITION =
            Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) throw new IllegalArgumentException("negative position " + line + ":" + column);
        if ((line == 0) != (column == 0)) {
            throw new IllegalArgumentException("line and column are both 0 (whole file) or both positive");
        }
        if (message.isBlank()) throw new IllegalArgumentException("a problem needs a message");
    }

    /** True when this problem refuses the file. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: path: message}, leaving out what is not known. */
    @Override
    public String toString() {
        String where = line == 0 ? file : file + ":" + line + ":" + column;
        String what = path.isEmpty() ? message : path + ": " + message;
        return where + ": " + severity.label() + ": " + what;
    }

    /** How bad a problem is. */
    public enum Severity {
        /** The file is refused; the last good version stays in service. */
        ERROR,
        /** The file is used, but a maintainer should look. */
        WARNING;

        /** The lower-case word used in reports. */
        public String label() {
            return switch (this) {
                case ERROR -> "error";
                case WARNING -> "warning";
            };
        }
    }
}
