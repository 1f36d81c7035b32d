package app.waypoint.knowledge.load;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The file's content at one moment, identified by a hash of its bytes. Hashing, rather than trusting the
 * modification time, catches editors that replace the file atomically, volumes with coarse or odd timestamps,
 * and two saves within one tick.
 */
sealed interface FileSnapshot {

    /** Equal for equal content; an unreadable file has a fingerprint of its reason. */
    String fingerprint();

    /** The loader's verdict on this content. */
    LoadResult load(KnowledgeLoader loader);

    static FileSnapshot read(Path file) {
        try {
            byte[] bytes = KnowledgeFile.read(file);
            return new Readable(file.toString(), sha256(bytes), bytes);
        } catch (IOException e) {
            Problem problem = KnowledgeFile.unreadable(file.toString(), e);
            return new Unreadable("unreadable: " + problem.message(), problem);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Bytes that were read. */
    record Readable(String name, String fingerprint, byte[] bytes) implements FileSnapshot {
        @Override
        public LoadResult load(KnowledgeLoader loader) {
            try {
                return loader.load(name, KnowledgeFile.decode(bytes));
            } catch (IOException e) {
                return new LoadResult.Failed(List.of(KnowledgeFile.unreadable(name, e)));
            }
        }
    }

    /** A file that could not be read. */
    record Unreadable(String fingerprint, Problem problem) implements FileSnapshot {
        @Override
        public LoadResult load(KnowledgeLoader loader) {
            return new LoadResult.Failed(List.of(problem));
        }
    }
}
