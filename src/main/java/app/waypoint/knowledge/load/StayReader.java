package app.waypoint.knowledge.load;

import app.waypoint.knowledge.Stay;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads {@code stay: {visit: 60, cap: {days: 90, window: 180}}}: {@code visit} is a number of days or
 * {@code unknown}; {@code cap} is a mapping, {@code none} or {@code unknown}; {@code window} is a number of days
 * or {@code calendar_year}. A key left out is unknown.
 */
final class StayReader {
    static final String UNKNOWN = "unknown";
    private static final List<String> STAY_KEYS = List.of("visit", "cap");
    private static final List<String> CAP_KEYS = List.of("days", "window");
    private static final String CALENDAR_YEAR = "calendar_year";

    private final Findings findings;
    private final Values values;

    StayReader(Findings findings, Values values) {
        this.findings = findings;
        this.values = values;
    }

    Stay stay(YamlNode node, String path) {
        return Fields.open(node, path, findings, STAY_KEYS)
                .map(f -> {
                    int before = findings.mark();
                    Optional<OptionalInt> visit = f.optional("visit", this::visit);
                    Optional<Stay.Cap> cap = f.optional("cap", this::cap);
                    if (!findings.cleanSince(before)) return null;
                    return new Stay(visit.orElse(OptionalInt.empty()), cap.orElse(new Stay.Cap.Unknown()));
                })
                .orElse(null);
    }

    private OptionalInt visit(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s && s.text().equals(UNKNOWN)) return OptionalInt.empty();
        if (node instanceof YamlNode.Scalar s && !Values.DAYS.matcher(s.text()).matches()) {
            findings.error(
                    node.at(),
                    path,
                    "expected a whole number of days from 1 to " + Values.MAX_DAYS + " or 'unknown', found "
                            + node.describe());
            return null;
        }
        Integer days = values.days(node, path);
        return days == null ? null : OptionalInt.of(days);
    }

    private Stay.Cap cap(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s) {
            return switch (s.text()) {
                case "none" -> new Stay.Cap.None();
                case UNKNOWN -> new Stay.Cap.Unknown();
                default -> {
                    findings.error(
                            node.at(),
                            path,
                            "expected a mapping {days: N, window: N or calendar_year}, " + "'none' or 'unknown', found "
                                    + node.describe());
                    yield null;
                }
            };
        }
        return Fields.open(node, path, findings, CAP_KEYS).map(this::window).orElse(null);
    }

    private Stay.Cap window(Fields f) {
        int before = findings.mark();
        Integer days = f.required("days", values::days);
        YamlNode.Scalar calendar = f.optional(
                        "window",
                        (n, p) -> n instanceof YamlNode.Scalar s && s.text().equals(CALENDAR_YEAR) ? s : null)
                .orElse(null);
        if (calendar != null) {
            if (days == null) return null;
            if (days > 366) return tooMany(f, days, "a calendar year");
            return new Stay.Cap.CalendarYear(days);
        }
        Integer window = f.required("window", this::windowDays);
        if (!findings.cleanSince(before)) return null;
        if (days > window) return tooMany(f, days, "a window of " + window + " days");
        return new Stay.Cap.Within(days, window);
    }

    private Integer windowDays(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s && !Values.DAYS.matcher(s.text()).matches()) {
            findings.error(
                    node.at(),
                    path,
                    "expected a whole number of days from 1 to " + Values.MAX_DAYS + " or 'calendar_year', found "
                            + node.describe());
            return null;
        }
        return values.days(node, path);
    }

    private Stay.Cap tooMany(Fields f, int days, String window) {
        findings.error(
                f.at("days"),
                f.path("days"),
                "expected at most as many days as the window, found " + days + " days in " + window);
        return null;
    }
}
