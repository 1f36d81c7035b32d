package app.waypoint.conversation;

/** The travel documents the user has. Codes travel in button data: never change them. */
enum Documents {
    /** A valid international passport. */
    PASSPORT("i"),
    /** Only the internal passport (Russian citizens only). */
    INTERNAL_ONLY("n"),
    /** An international passport that expires soon. */
    EXPIRING("x");

    final String code;

    Documents(String code) {
        this.code = code;
    }
}
