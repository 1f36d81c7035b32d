package app.waypoint.knowledge.load;

import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.PartialDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What needs re-checking, grouped by destination (and by the help and rules lists), for maintainers'
 * {@code /stale}. Uses the same walk and the same month rule as the validator's freshness warnings.
 */
public final class Staleness {
    private Staleness() {}

    /**
     * One part of the knowledge base and how much of it is overdue.
     *
     * @param area   a destination id, "help" or "rules"
     * @param stale  check dates older than the limit
     * @param dates  all check dates in the area
     * @param oldest the oldest check date in the area
     */
    public record Area(String area, int stale, int dates, PartialDate oldest) {}

    /** Areas with at least one overdue date, most overdue first; ties keep file order. */
    public static List<Area> report(KnowledgeBase kb, LocalDate today, int staleDays) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, PartialDate> oldest = new LinkedHashMap<>();
        KnowledgeWalk.walk(kb, new KnowledgeWalk.Visitor() {
            @Override
            public void date(String path, PartialDate date) {
                String area = areaOf(path);
                int[] c = counts.computeIfAbsent(area, a -> new int[2]);
                c[1]++;
                if (ChronoUnit.DAYS.between(date.latestDay(), today) > staleDays) c[0]++;
                oldest.merge(area, date, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        });
        List<Area> areas = new ArrayList<>();
        counts.forEach((area, c) -> {
            if (c[0] > 0) areas.add(new Area(area, c[0], c[1], oldest.get(area)));
        });
        areas.sort((a, b) -> Integer.compare(b.stale(), a.stale()));
        return areas;
    }

    /** {@code destinations[ge].entry.checked} → {@code ge}; {@code help[kovcheg].checked} → {@code help}. */
    static String areaOf(String path) {
        if (path.startsWith("destinations[")) {
            return path.substring("destinations[".length(), path.indexOf(']'));
        }
        int cut = path.indexOf('[');
        return cut < 0 ? path : path.substring(0, cut);
    }
}
