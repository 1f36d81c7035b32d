package app.waypoint.conversation;

/**
 * What the user said about their situation (several may apply; none is the empty set). {@code bit} is the
 * bit in the hexadecimal mask that travels in button data: never change it. The mask has two hex digits, so
 * the eight bits are all used: a ninth situation needs a new button-data version (StateCodec).
 */
enum Situation {
    DRAFT_AGE(0),
    SOLDIER(1),
    ACTIVIST(2),
    REMOTE(3),
    STUDENT(4),
    FAMILY(5),
    JEWISH(6),
    LGBT(7);

    final int bit;

    Situation(int bit) {
        this.bit = bit;
    }
}
