package app.waypoint.cli;

import app.waypoint.knowledge.load.KnowledgeValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Options of {@code validate}.
 *
 * @param file      the file to check, or empty for the configured one
 * @param staleDays warn about facts checked longer ago than this
 */
record ValidateOptions(Optional<Path> file, int staleDays) {

    static ValidateOptions parse(List<String> args) {
        return parse(args, KnowledgeValidator.DEFAULT_STALE_DAYS);
    }

    /** The options, with the review age of {@code WAYPOINT_REVIEW_DAYS} unless --stale-days says otherwise. */
    static ValidateOptions parse(List<String> args, int reviewDays) {
        Optional<Path> file = Optional.empty();
        int staleDays = reviewDays;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--stale-days")) {
                if (i + 1 >= args.size()) throw new UsageException("validate: --stale-days needs a number of days");
                staleDays = days(args.get(++i));
            } else if (a.startsWith("--")) {
                throw new UsageException("validate: unknown option '" + a + "'");
            } else if (file.isEmpty()) {
                file = Optional.of(Path.of(a));
            } else {
                throw new UsageException("validate: one file at a time, got '" + a + "' too");
            }
        }
        return new ValidateOptions(file, staleDays);
    }

    private static int days(String value) {
        try {
            int days = Integer.parseInt(value);
            if (days < 1) throw new NumberFormatException();
            return days;
        } catch (NumberFormatException e) {
            throw new UsageException("validate: --stale-days takes a whole number of days, not '" + value + "'");
        }
    }
}
