package app.waypoint.knowledge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the day, the month or only the year, as sources state them ({@code 2025-10-25},
 * {@code 2025-10}, {@code 2025}).
 *
 * @param year  the year
 * @param month 1–12, or 0 when only the year is known
 * @param day   1–31, or 0 when the day is not known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1900 || year > 2999) throw new IllegalArgumentException("year out of range: " + year);
        if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (month == 0 && day != 0) throw new IllegalArgumentException("a day needs a month");
        if (day != 0) LocalDate.of(year, month, day); // throws DateTimeException for 2025-02-30
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; throws IllegalArgumentException otherwise. */
    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) throw new IllegalArgumentException("expected a date as YYYY-MM-DD, YYYY-MM or YYYY");
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            return new PartialDate(year, month, day);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("no such date");
        }
    }

    /** A day-precise date. */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The first day this date can mean: the day itself, the month's first day, or 1 January. */
    public LocalDate earliestDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day this date can mean: the day itself, the month's last day, or 31 December. */
    public LocalDate latestDay() {
        if (day != 0) return LocalDate.of(year, month, day);
        if (month != 0) return YearMonth.of(year, month).atEndOfMonth();
        return LocalDate.of(year, 12, 31);
    }

    @Override
    public int compareTo(PartialDate o) {
        return latestDay().compareTo(o.latestDay());
    }

    /** The date as written in the data: {@code 2025-10-25}, {@code 2025-10} or {@code 2025}. */
    @Override
    public String toString() {
        if (month == 0) return String.format("%04d", year);
        if (day == 0) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
