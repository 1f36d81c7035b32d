package app.waypoint.conversation;

import app.waypoint.knowledge.PartialDate;

/** Dates as users read them: 03.2026, 24.11.2026 or 2026. */
final class Dates {
    private Dates() {}

    static String format(PartialDate date) {
        // String.format is slow enough to show in every card render and in the validator's card check
        StringBuilder out = new StringBuilder(10);
        if (date.day() != 0 && date.month() != 0) pad(out, date.day(), 2).append('.');
        if (date.month() != 0) pad(out, date.month(), 2).append('.');
        return pad(out, date.year(), 4).toString();
    }

    /** Appends {@code n} with leading zeros to {@code width} digits, as %0{width}d does (n is not negative). */
    private static StringBuilder pad(StringBuilder out, int n, int width) {
        String digits = Integer.toString(n);
        for (int i = digits.length(); i < width; i++) out.append('0');
        return out.append(digits);
    }
}
