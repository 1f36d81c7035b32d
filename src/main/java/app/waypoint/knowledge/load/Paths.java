package app.waypoint.knowledge.load;

/** Key paths such as {@code destinations[ge].entry.facts[2].text}, built the same way by loader and validator. */
final class Paths {
    private Paths() {}

    static String key(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static String id(String parent, String id) {
        return parent + "[" + id + "]";
    }

    /** The enclosing path: {@code a.b[2]} for {@code a.b[2].c}, {@code a.b} for {@code a.b[2]}, "" at the top. */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
