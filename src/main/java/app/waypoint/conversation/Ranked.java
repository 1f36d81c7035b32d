package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A destination that passed the filters, with its score and the parts that explain it.
 *
 * @param destination the destination
 * @param score       the sum of the parts' points, rounded to thousandths so ties are exact
 * @param parts       every part, in the order they were scored
 */
record Ranked(Destination destination, double score, List<Part> parts) {
    /** Highest score first; equal scores in id order, so the list never depends on chance. */
    static final Comparator<Ranked> ORDER = Comparator.comparingDouble(Ranked::score)
            .reversed()
            .thenComparing(r -> r.destination().id());

    Ranked {
        Objects.requireNonNull(destination, "destination");
        parts = List.copyOf(parts);
    }

    static Ranked of(Destination destination, List<Part> parts) {
        double sum = parts.stream().mapToDouble(Part::points).sum();
        return new Ranked(destination, Math.round(sum * 1000) / 1000.0, parts);
    }

    /** The strongest reasons, at most {@code max}. */
    List<Part> reasons(int max) {
        return parts.stream()
                .filter(p -> !p.warning() && p.points() > 0)
                .sorted(Comparator.comparingDouble(Part::points).reversed())
                .limit(max)
                .toList();
    }

    /** The warnings, the gravest first. */
    List<Part> warnings() {
        return parts.stream()
                .filter(Part::warning)
                .sorted(Comparator.comparingDouble(Part::points))
                .toList();
    }
}
