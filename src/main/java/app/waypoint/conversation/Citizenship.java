package app.waypoint.conversation;

/** The user's citizenship, as asked in the first question. Codes travel in button data: never change them. */
enum Citizenship {
    RUSSIA("r"),
    BELARUS("b");

    final String code;

    Citizenship(String code) {
        this.code = code;
    }
}
