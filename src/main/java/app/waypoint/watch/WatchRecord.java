package app.waypoint.watch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The previous run's result per source, kept in a small tab-separated file beside the data: the address, what it
 * gave (a fingerprint of its text, where it moved, or why it was dead) and the day. No personal data: only public
 * addresses and hashes.
 */
final class WatchRecord {
    static final String HEADER = "# Waypoint source watch: what each cited page gave on the last run. Written by "
            + "`waypoint sources`; public addresses and text hashes only.\n# url\tstate\tvalue\tday\n";

    /**
     * One source's last result.
     *
     * @param state page, moved or dead
     * @param value the fingerprint, the new address, or the reason
     * @param day   the day of the run
     */
    record Line(String state, String value, LocalDate day) {
        Line {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(day, "day");
        }

        static Line of(Outcome outcome, LocalDate day) {
            return switch (outcome) {
                case Outcome.Page p -> new Line("page", p.fingerprint(), day);
                case Outcome.Moved m -> new Line("moved", m.to().toString(), day);
                case Outcome.Dead d -> new Line("dead", d.reason(), day);
            };
        }
    }

    private WatchRecord() {}

    /** The record of the last run; empty when there was none. */
    static Map<URI, Line> read(Path file) throws RecordException {
        Map<URI, Line> out = new LinkedHashMap<>();
        if (!Files.exists(file)) return out;
        try {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 4)
                    throw new RecordException(file + ":" + n + ": expected 4 tab-separated fields, found " + f.length
                            + ": '" + line + "'");
                try {
                    out.put(URI.create(f[0]), new Line(f[1], f[2], LocalDate.parse(f[3])));
                } catch (RuntimeException e) {
                    throw new RecordException(file + ":" + n + ": " + e.getMessage() + ": '" + line + "'");
                }
            }
            return out;
        } catch (IOException e) {
            throw new RecordException("cannot read the record file " + file + ": " + e);
        }
    }

    /** Replaces the record in one step, so an interrupted run leaves the previous one. */
    static void write(Path file, Map<URI, Line> lines) throws RecordException {
        StringBuilder text = new StringBuilder(HEADER);
        lines.forEach((url, l) -> text.append(url)
                .append('\t')
                .append(l.state())
                .append('\t')
                .append(l.value().replace('\t', ' ').replace('\n', ' '))
                .append('\t')
                .append(l.day())
                .append('\n'));
        try {
            Path dir = file.toAbsolutePath().getParent();
            Path temp = Files.createTempFile(dir, ".sources-", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new RecordException("cannot write the record file " + file + ": " + e);
        }
    }

    /** The record file cannot be read or written; the message says which and why. */
    static final class RecordException extends Exception {
        RecordException(String message) {
            super(message);
        }
    }
}
