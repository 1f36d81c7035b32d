package app.waypoint.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Touches a file after each successful getUpdates (and never otherwise), so a container health check can
 * tell a polling bot from a stuck one by the file's age. The file holds the epoch second of the last beat.
 */
final class Heartbeat {
    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final Optional<Path> file;
    private final Timing timing;
    private boolean warned;

    Heartbeat(Optional<Path> file, Timing timing) {
        this.file = file;
        this.timing = timing;
    }

    /** Records a successful poll; a file that cannot be written is reported once, never fatal. */
    void beat() {
        if (file.isEmpty()) return;
        Path path = file.get();
        try {
            Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
            Files.writeString(tmp, timing.now().getEpochSecond() + "\n");
            Files.setLastModifiedTime(tmp, FileTime.from(timing.now()));
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            warned = false;
        } catch (IOException | RuntimeException e) {
            if (!warned)
                LOG.warn("cannot write the heartbeat file: {}", e.getClass().getSimpleName());
            warned = true;
        }
    }
}
