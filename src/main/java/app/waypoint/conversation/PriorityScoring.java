package app.waypoint.conversation;

import app.waypoint.knowledge.Banking;
import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Life;
import app.waypoint.knowledge.Residency;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Score parts for the user's priorities. Each priority gives a value from 0 to 1 times its weight: the
 * chosen ones weigh 3, 2.5 and 2 in the order chosen, the others 0.5; without priorities all weigh 1.
 * Unknown data scores nothing. The words of every part are the reason the user reads.
 */
final class PriorityScoring {

    private PriorityScoring() {
    }

    static List<Part> parts(Answers answers, Destination d, Optional<Entry> entry) {
        List<Part> parts = new ArrayList<>();
        for (Priority p : Priority.values()) {
            double w = weight(answers.chosen(), p);
            switch (p) {
                case STAY -> entry.ifPresent(e -> add(parts, w * stay(e), EntryScoring.stay(e)));
                case RUSSIAN -> add(parts, w * russian(d.life().russian()), Words.of("reason.russian." + d.life().russian()));
                case COST -> add(parts, w * cost(d.life().cost()), Words.of("reason.cost." + d.life().cost()));
                case RESIDENCE -> residence(parts, w, d, SituationScoring.situational(answers));
                case BANKING -> add(parts, w * banking(d.banking().account()), Words.of("reason.bank." + d.banking().account()));
            }
        }
        return parts;
    }

    static double weight(List<Priority> chosen, Priority p) {
        if (chosen.isEmpty()) return 1;
        int at = chosen.indexOf(p);
        return at < 0 ? 0.5 : 3 - 0.5 * at;
    }

    private static void add(List<Part> parts, double points, Words words) {
        if (points > 0) parts.add(new Part(points, false, words));
    }

    private static double stay(Entry e) {
        if (e.visa() != Entry.Visa.VISA_FREE) return 0;
        // what one person can stay in one go, not the total over a window
        OptionalInt days = e.stay().singleVisit();
        if (days.isEmpty()) return 0.3;
        return Math.min(days.getAsInt(), 365) / 365.0;
    }

    private static double russian(Life.Russian r) {
        return switch (r) {
            case WIDELY -> 1;
            case PARTLY -> 0.5;
            case RARELY, UNKNOWN -> 0;
        };
    }

    private static double cost(Life.Cost c) {
        return switch (c) {
            case LOW -> 1;
            case MEDIUM -> 0.5;
            case HIGH, UNKNOWN -> 0;
        };
    }

    private static double banking(Banking.Access a) {
        return switch (a) {
            case EASY -> 1;
            case POSSIBLE -> 0.5;
            case HARD, UNKNOWN -> 0;
        };
    }

    /**
     * Long-term residence and the EU: ordinary residence routes (up to three kinds count; those the situation
     * scores are left out), a known path to permanent residence, and being in the EU, which is what this
     * priority is about.
     */
    private static void residence(List<Part> parts, double w, Destination d, Set<Residency.RouteKind> situational) {
        // a loop, not a stream: this runs for every destination on every ranking
        Set<Residency.RouteKind> kinds = EnumSet.noneOf(Residency.RouteKind.class);
        List<Words> names = new ArrayList<>(3);
        for (Residency.Route route : d.residency().routes()) {
            Residency.RouteKind k = route.kind();
            if (situational.contains(k) || !kinds.add(k)) continue;
            if (names.size() < 3) names.add(Words.of("kind." + k.name()));
        }
        if (!kinds.isEmpty()) {
            add(parts, w * 0.6 * Math.min(kinds.size(), 3) / 3, Words.of("reason.routes", "kinds", List.copyOf(names)));
        }
        Residency.Level level = d.residency().pathToPermanent();
        double value = switch (level) {
            case EASY -> 0.6;
            case MODERATE -> 0.3;
            case HARD, UNKNOWN -> 0;
        };
        add(parts, w * value, Words.of("reason.permanent." + level));
        if (d.region() == Destination.Region.EUROPEAN_UNION) add(parts, w, Words.of("reason.eu"));
    }
}
