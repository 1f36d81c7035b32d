package app.waypoint.conversation;

/** What matters most to the user (up to three, in the order chosen). Codes travel in button data. */
enum Priority {
    STAY('1'),
    RUSSIAN('2'),
    COST('3'),
    RESIDENCE('4'),
    BANKING('5');

    /** At most this many priorities. */
    static final int MAX = 3;

    final char code;

    Priority(char code) {
        this.code = code;
    }
}
