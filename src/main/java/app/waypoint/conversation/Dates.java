package app.waypoint.conversation;

import app.waypoint.knowledge.PartialDate;

/** Dates as users read them: 03.2026, 24.11.2026 or 2026. */
final class Dates {
    private Dates() {
    }

    static String format(PartialDate date) {
        if (date.month() == 0) return String.format("%04d", date.year());
        if (date.day() == 0) return String.format("%02d.%04d", date.month(), date.year());
        return String.format("%02d.%02d.%04d", date.day(), date.month(), date.year());
    }
}
