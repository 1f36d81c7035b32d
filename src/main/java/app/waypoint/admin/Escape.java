package app.waypoint.admin;

/** Escapes text for Telegram's HTML parse mode. */
final class Escape {
    private Escape() {
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
