package app.waypoint.conversation;

/** The questions, in the order they are asked. Codes travel in button data. */
enum Step {
    CITIZENSHIP("c"), DOCUMENTS("d"), SITUATION("s"), PRIORITIES("p");

    final String code;

    Step(String code) {
        this.code = code;
    }

    /** 1-based position, for "2/4". */
    int number() {
        return ordinal() + 1;
    }
}
