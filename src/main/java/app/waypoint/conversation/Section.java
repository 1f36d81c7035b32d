package app.waypoint.conversation;

/** The sections of a destination card, one per screen. Codes travel in button data. */
enum Section {
    ENTRY("0"),
    RESIDENCY("1"),
    BANKING("2"),
    LIFE("3"),
    SAFETY("4"),
    SOURCES("5");

    final String code;

    Section(String code) {
        this.code = code;
    }
}
