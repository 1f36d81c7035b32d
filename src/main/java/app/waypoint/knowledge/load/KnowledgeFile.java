package app.waypoint.knowledge.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads {@code destinations.yml} from disk for the loader: refuses files that are too large or not UTF-8, and
 * turns an unreadable file into a {@link Problem} like any other, so callers handle one kind of failure.
 */
public final class KnowledgeFile {
    /** Two bytes a character, as in Cyrillic UTF-8; the loader checks the exact count of characters. */
    private static final long MAX_BYTES = 2L * YamlTree.MAX_CODE_POINTS;

    private KnowledgeFile() {}

    /** Reads and loads the file; a missing or unreadable file is a {@link LoadResult.Failed} naming it. */
    public static LoadResult load(Path file, KnowledgeLoader loader) {
        String name = file.toString();
        try {
            return loader.load(name, decode(read(file)));
        } catch (IOException e) {
            return new LoadResult.Failed(List.of(unreadable(name, e)));
        }
    }

    static byte[] read(Path file) throws IOException {
        if (Files.isDirectory(file)) throw new IOException("it is a directory, not a file");
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("the file has " + Files.size(file) + " bytes, more than " + MAX_BYTES);
        }
        return Files.readAllBytes(file);
    }

    static String decode(byte[] bytes) throws IOException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("the file is not UTF-8 text: save it as UTF-8", e);
        }
    }

    static Problem unreadable(String name, IOException e) {
        String reason = switch (e) {
            case NoSuchFileException missing -> "no such file";
            case AccessDeniedException denied -> "permission denied";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
        return new Problem(Problem.Severity.ERROR, name, 0, 0, "", "cannot read the knowledge base: " + reason);
    }
}
