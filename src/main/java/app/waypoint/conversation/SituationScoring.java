package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Residency;
import app.waypoint.knowledge.Safety;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Score parts for the user's situation. Safety comes first: for a soldier or deserter a CSTO country or one
 * with a high extradition risk sinks to the bottom and always carries the warning; draft-age users and
 * activists are warned too, and good asylum prospects weigh most for deserters. Residence routes that fit
 * the situation add points.
 */
final class SituationScoring {
    private SituationScoring() {
    }

    static List<Part> parts(Answers answers, Destination d) {
        List<Part> parts = new ArrayList<>();
        risk(answers, d).ifPresent(parts::add);
        asylum(answers, d).ifPresent(parts::add);
        if (answers.has(Situation.ACTIVIST) && d.safety().refusesCritics() == Safety.Refusals.DOCUMENTED) parts.add(Part.warning(-3, "warn.refusals"));
        route(parts, answers, Situation.REMOTE, d, Residency.RouteKind.REMOTE_WORK, 2, "reason.route.remote");
        route(parts, answers, Situation.STUDENT, d, Residency.RouteKind.STUDY, 2, "reason.route.study");
        if (answers.has(Situation.JEWISH) && d.residency().byDescent().contains(Residency.Descent.JEWISH)) parts.add(Part.reason(8, "reason.route.lawOfReturn"));
        return parts;
    }

    /** The gravest penalty among the user's situations; said even when the data does not know the risk. */
    private static Optional<Part> risk(Answers a, Destination d) {
        boolean soldier = a.has(Situation.SOLDIER);
        boolean draft = a.has(Situation.DRAFT_AGE);
        boolean activist = a.has(Situation.ACTIVIST);
        if (!soldier && !draft && !activist) return Optional.empty();
        if (Ranking.dangerous(d)) {
            double points = soldier ? -12 : draft ? -5 : -4;
            return Optional.of(Part.warning(points, d.csto() ? "warn.csto" : "warn.extradition"));
        }
        return switch (d.safety().extraditionRisk()) {
            case MEDIUM -> Optional.of(Part.warning(soldier ? -4 : -1.5, "warn.extraditionMedium"));
            case UNKNOWN -> soldier ? Optional.of(Part.warning(-1, "warn.extraditionUnknown"))
                    : Optional.empty();
            case LOW, HIGH -> Optional.empty();
        };
    }

    private static Optional<Part> asylum(Answers a, Destination d) {
        double weight = a.has(Situation.SOLDIER) ? 5 : a.has(Situation.DRAFT_AGE) ? 2 : a.has(Situation.ACTIVIST) ? 1.5 : 0;
        Safety.Asylum asylum = d.safety().asylum();
        double value = switch (asylum) {
            case GOOD -> 1;
            case MIXED -> 0.4;
            case POOR, UNKNOWN -> 0;
        };
        if (weight * value == 0) return Optional.empty();
        return Optional.of(Part.reason(weight * value, "reason.asylum." + asylum));
    }

    /** The route kinds scored here as situation reasons, so the ordinary routes do not repeat them. */
    static Set<Residency.RouteKind> situational(Answers a) {
        Set<Residency.RouteKind> kinds = EnumSet.of(Residency.RouteKind.ASYLUM, Residency.RouteKind.REPATRIATION);
        if (a.has(Situation.REMOTE)) kinds.add(Residency.RouteKind.REMOTE_WORK);
        if (a.has(Situation.STUDENT)) kinds.add(Residency.RouteKind.STUDY);
        return kinds;
    }

    private static void route(List<Part> parts, Answers a, Situation s, Destination d, Residency.RouteKind kind,
                              double points, String key) {
        if (a.has(s) && d.residency().has(kind)) parts.add(Part.reason(points, key));
    }
}
