package app.waypoint.telegram;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ids of answered updates, kept across a restart in a small file of numbers (one update id a line, nothing
 * else: an update id says nothing about a user or a chat). Telegram re-delivers updates that were answered but
 * not yet confirmed when the process died; their ids in this file let the next run skip them.
 *
 * <p>Appended as each update is answered (no fsync: a killed process loses nothing, a power cut may lose the
 * last lines). Read at start-up: ids in a file last written more than 24 hours ago are dropped (Telegram keeps
 * updates no longer); a missing or unreadable file, or unreadable lines, cost only re-answers and a log line.
 * Compacted to the ids still young enough when it grows. Not thread-safe: {@link UpdateWindow} serialises calls.
 */
final class AnsweredIds {
    private static final Logger LOG = LoggerFactory.getLogger(AnsweredIds.class);
    /** The file's name in WAYPOINT_DATA. */
    static final String FILE = "answered-update-ids";

    private static final int COMPACT_AT = 200_000;

    private final Path file;
    private FileChannel out;
    private int lines;
    private boolean failed;

    /** Ids read at start-up, with the age to give them. */
    record Loaded(List<Integer> ids, Duration age) {}

    private AnsweredIds(Path file) {
        this.file = file;
    }

    /** In the given data directory; null means in memory only (no file). */
    static AnsweredIds in(Path dataDirectory) {
        return dataDirectory == null ? null : new AnsweredIds(dataDirectory.resolve(FILE));
    }

    /** Reads the file; never throws. Ids older than {@code keep} (by the file's last write) are not returned. */
    Loaded load(Instant now, Duration keep) {
        List<Integer> ids = new ArrayList<>();
        Duration age = Duration.ZERO;
        try {
            age = Duration.between(Files.getLastModifiedTime(file).toInstant(), now);
            if (age.compareTo(keep) > 0) {
                LOG.info("the answered-update file is older than {} h: starting a new one", keep.toHours());
                rewrite(List.of());
                return new Loaded(List.of(), Duration.ZERO);
            }
            int bad = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                try {
                    if (!line.isBlank()) ids.add(Integer.parseInt(line.strip()));
                } catch (NumberFormatException e) {
                    bad++;
                }
            }
            lines = ids.size() + bad;
            if (bad > 0) {
                LOG.warn(
                        "the answered-update file had {} unreadable lines (ignored): updates answered before the "
                                + "restart may be answered again",
                        bad);
                rewrite(ids);
            }
        } catch (NoSuchFileException e) {
            LOG.info("no answered-update file yet: updates answered before a crash may be answered again");
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "the answered-update file cannot be read ({}): starting a new one; updates answered before "
                            + "the restart may be answered again",
                    e.getClass().getSimpleName());
            ids.clear();
            rewrite(List.of());
        }
        LOG.info("{} answered update ids remembered from before the start", ids.size());
        return new Loaded(List.copyOf(ids), age);
    }

    /** Appends one id. A failing disk is logged once; the ids then stay in memory only. */
    void append(int id) {
        if (failed) return;
        try {
            if (out == null) {
                out = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            }
            out.write(ByteBuffer.wrap((id + "\n").getBytes(StandardCharsets.ISO_8859_1)));
            lines++;
        } catch (IOException e) {
            fail(e);
        }
    }

    /** True when the file has grown well past the ids still worth keeping. */
    boolean wantsCompaction(int live) {
        return !failed && lines > Math.max(COMPACT_AT, 2 * live);
    }

    /** Replaces the file's content with these ids (written aside, then moved over it). */
    void rewrite(Collection<Integer> ids) {
        if (failed) return;
        try {
            close();
            Path tmp = file.resolveSibling(FILE + ".tmp");
            StringBuilder sb = new StringBuilder(ids.size() * 10);
            for (int id : ids) sb.append(id).append('\n');
            Files.writeString(tmp, sb, StandardCharsets.ISO_8859_1);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            lines = ids.size();
        } catch (IOException e) {
            fail(e);
        }
    }

    void close() {
        if (out == null) return;
        try {
            out.close();
        } catch (IOException e) {
            LOG.debug("closing the answered-update file: {}", e.getClass().getSimpleName());
        }
        out = null;
    }

    private void fail(IOException e) {
        failed = true;
        LOG.warn(
                "the answered-update file cannot be written ({}): answered ids stay in memory only",
                e.getClass().getSimpleName());
        close();
    }
}
