package app.waypoint.knowledge.load;

/** Quotes a value from the file for a message, shortened so one bad paragraph does not flood the report. */
final class Quote {
    private static final int MAX = 60;

    private Quote() {}

    static String of(String text) {
        String oneLine = text.replace("\n", "\\n");
        return "'" + (oneLine.length() > MAX ? oneLine.substring(0, MAX) + "..." : oneLine) + "'";
    }
}
