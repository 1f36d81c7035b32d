package app.waypoint.knowledge.load;

import org.yaml.snakeyaml.error.Mark;

/** A 1-based line and column in the file; {@link #FILE} (0, 0) stands for the whole file. */
record Position(int line, int column) {
    static final Position FILE = new Position(0, 0);

    Position {
        if ((line == 0) != (column == 0) || line < 0 || column < 0) {
            throw new IllegalArgumentException("bad position " + line + ":" + column);
        }
    }

    static Position of(Mark mark) {
        return mark == null ? FILE : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** "line 12" for messages that point at another place. */
    String describe() {
        return "line " + line;
    }
}
