package app.waypoint.cli;

import app.waypoint.watch.SourceWatch;
import app.waypoint.watch.SourcesCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Options of {@code sources [FILE] [--record FILE] [--markdown] [--timeout SECONDS] [--concurrency N]}. */
final class SourcesOptions {
    private SourcesOptions() {}

    static SourcesCommand.Options parse(List<String> args, Path configured) {
        Optional<Path> file = Optional.empty();
        Optional<Path> record = Optional.empty();
        boolean markdown = false;
        SourceWatch.Settings polite = SourceWatch.Settings.polite();
        Duration timeout = polite.timeout();
        int concurrency = polite.concurrency();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--markdown" -> markdown = true;
                case "--record" -> record = Optional.of(Path.of(value(args, ++i, a)));
                case "--timeout" -> timeout = Duration.ofSeconds(number(value(args, ++i, a), a, 1, 300));
                case "--concurrency" -> concurrency = number(value(args, ++i, a), a, 1, 16);
                default -> {
                    if (a.startsWith("--")) throw new UsageException("sources: unknown option '" + a + "'");
                    if (file.isPresent()) throw new UsageException("sources: one file at a time, got '" + a + "' too");
                    file = Optional.of(Path.of(a));
                }
            }
        }
        Path data = file.orElse(configured);
        return new SourcesCommand.Options(
                data,
                record.orElse(SourcesCommand.Options.recordBeside(data)),
                markdown,
                new SourceWatch.Settings(timeout, polite.retries(), concurrency, polite.perHostGap()));
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) throw new UsageException("sources: " + option + " needs a value");
        return args.get(i);
    }

    private static int number(String value, String option, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("sources: " + option + " takes a whole number from " + min + " to " + max
                    + ", not '" + value + "'");
        }
    }
}
