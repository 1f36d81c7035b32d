package app.waypoint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@code diff OLD NEW [--markdown]}.
 *
 * @param before   the earlier file
 * @param after    the later file
 * @param markdown Markdown instead of terminal text
 */
record DiffOptions(Path before, Path after, boolean markdown) {

    static DiffOptions parse(List<String> args) {
        List<Path> files = new ArrayList<>();
        boolean markdown = false;
        for (String a : args) {
            if (a.equals("--markdown")) markdown = true;
            else if (a.startsWith("--")) throw new UsageException("diff: unknown option '" + a + "'");
            else files.add(Path.of(a));
        }
        if (files.size() != 2) {
            throw new UsageException("diff: give two files, the old one and the new one (got " + files.size() + ")");
        }
        return new DiffOptions(files.get(0), files.get(1), markdown);
    }
}
