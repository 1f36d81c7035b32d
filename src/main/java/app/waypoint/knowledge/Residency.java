package app.waypoint.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Ways to stay long term.
 *
 * @param routes          the routes, each with what it takes
 * @param pathToPermanent how hard permanent residence is
 * @param byDescent       residence or citizenship by descent open to Russians
 */
public record Residency(List<Route> routes, Level pathToPermanent, Set<Descent> byDescent) {
    public Residency {
        routes = List.copyOf(routes);
        Objects.requireNonNull(pathToPermanent, "pathToPermanent");
        byDescent = Set.copyOf(byDescent);
    }

    /** True when a route of this kind exists. */
    public boolean has(RouteKind kind) {
        return routes.stream().anyMatch(r -> r.kind() == kind);
    }

    /**
     * One residency route.
     *
     * @param kind the kind of route
     * @param fact what it takes, with sources
     */
    public record Route(RouteKind kind, Fact fact) {
        public Route {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(fact, "fact");
        }
    }

    /** Kinds of residency route. */
    public enum RouteKind {
        WORK,
        STUDY,
        REMOTE_WORK,
        BUSINESS,
        INVESTMENT,
        FAMILY,
        REPATRIATION,
        HUMANITARIAN,
        ASYLUM
    }

    /** Descents that open a right of residence or return. */
    public enum Descent {
        JEWISH,
        GERMAN,
        POLISH,
        GREEK,
        ARMENIAN,
        BULGARIAN,
        OTHER
    }

    /** How hard the path to permanent residence is. */
    public enum Level {
        EASY,
        MODERATE,
        HARD,
        UNKNOWN
    }
}
