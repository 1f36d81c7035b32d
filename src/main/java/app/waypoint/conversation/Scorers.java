package app.waypoint.conversation;

import app.waypoint.knowledge.Banking;
import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Life;
import app.waypoint.knowledge.Residency;
import app.waypoint.knowledge.Safety;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The ranking's rules, one record each, and the list the bot ranks with. Entry first (a visa costs a little),
 * then the user's priorities (each a value from 0 to 1 times the priority's weight; unknown data scores
 * nothing), then the user's situation (safety first: for a soldier or deserter a CSTO country or one with a
 * high extradition risk sinks to the bottom and always carries the warning). The numbers are in
 * {@link Weights}.
 */
final class Scorers {
    private Scorers() {}

    /** Every rule, in the order their parts are listed. To add a rule, add it here. */
    static List<Scorer> standard(Weights w) {
        return List.of(
                new BelarusData(w),
                new Visa(w),
                new InternalPassportByAir(),
                new Stay(w),
                new Russian(w),
                new Cost(w),
                new Residence(w),
                new Bank(w),
                new Risk(w),
                new Asylum(w),
                new Refusals(w),
                new SituationRoute(
                        Situation.REMOTE, Residency.RouteKind.REMOTE_WORK, w.remoteRoute(), "reason.route.remote"),
                new SituationRoute(Situation.STUDENT, Residency.RouteKind.STUDY, w.studyRoute(), "reason.route.study"),
                new LawOfReturn(w));
    }

    // ---- entry

    /** The data says nothing about Belarusians' entry: said, and it costs a little. */
    record BelarusData(Weights w) implements Scorer {
        @Override
        public void score(Candidate c, List<Part> parts) {
            if (c.entry().isEmpty()) parts.add(Part.warning(w.noBelarusData(), "warn.noBelarusData"));
        }
    }

    /** A visa, an e-visa or a visa on arrival costs a little; the stay priority rewards visa-free days. */
    record Visa(Weights w) implements Scorer {
        @Override
        public void score(Candidate c, List<Part> parts) {
            c.entry().ifPresent(e -> {
                switch (e.visa()) {
                    case VISA_FREE -> {}
                    case VISA_ON_ARRIVAL -> parts.add(Part.warning(w.visaOnArrival(), "warn.visaOnArrival"));
                    case E_VISA -> parts.add(Part.warning(w.eVisa(), "warn.eVisa"));
                    case VISA_REQUIRED -> parts.add(Part.warning(w.visaRequired(), "warn.visaRequired"));
                }
            });
        }
    }

    /** With only an internal passport, a country that takes it by air only says so (no points). */
    record InternalPassportByAir() implements Scorer {
        @Override
        public void score(Candidate c, List<Part> parts) {
            if (!c.answers().is(Documents.INTERNAL_ONLY)) return;
            c.entry().ifPresent(e -> {
                if (e.internalPassportBy().orElse(Entry.InternalPassportBy.ANY) == Entry.InternalPassportBy.AIR) {
                    parts.add(Part.warning(0, "warn.internalByAir"));
                }
            });
        }
    }

    // ---- priorities

    private static void add(List<Part> parts, double points, Words words) {
        if (points > 0) parts.add(new Part(points, false, words));
    }

    /** Visa-free days in one visit (not the total over a window), up to a year. */
    record Stay(Weights w) implements Scorer {
        @Override
        public void score(Candidate c, List<Part> parts) {
            double weight = w.priority(c.answers().chosen(), Priority.STAY);
            c.entry().ifPresent(e -> add(parts, weight * value(e), StayWords.of(e)));
        }

        double value(Entry e) {
            if (e.visa() != Entry.Visa.VISA_FREE) return 0;
            OptionalInt days = e.stay().singleVisit();
            if (days.isEmpty()) return w.unknownStay();
            return Math.min(days.getAsInt(), 365) / 365.0;
        }
    }

    /** How widely Russian is spoken. */
    record Russian(Weights w) implements Scorer {
        @Override
        public void score(Candidate c, List<Part> parts) {
            Life.Russian r = c.destination().life().russian();
            double value = switch (r) {
                case WIDELY -> 1;
                case PARTLY -> 0.5;
                case RARELY, UNKNOWN -> 0;
            };
            add(parts, w.priority(c.answers().chosen(), Priority.RUSSIAN) * value, Words.of("reason.russian." + r));
        }
    }

    /** The cost of living: low is best. */
    record Cost(Weights w) implements Scorer {
        @Override
        public void score(Candidate c, List<Part> parts) {
            Life.Cost cost = c.destination().life().cost();
            double value = switch (cost) {
                case LOW -> 1;
                case MEDIUM -> 0.5;
                case HIGH, UNKNOWN -> 0;
            };
            add(parts, w.priority(c.answers().chosen(), Priority.COST) * value, Words.of("reason.cost." + cost));
        }
    }

    /**
     * Long-term residence and the EU: ordinary residence routes (up to three kinds count; those a situation
     * rule scores are left out), a known path to permanent residence, and being in the EU.
     */
    record Residence(Weights w) implements Scorer {
        @Override
        public void score(Candidate c, List<Part> parts) {
            double weight = w.priority(c.answers().chosen(), Priority.RESIDENCE);
            Destination d = c.destination();
            Set<Residency.RouteKind> situational = situational(c.answers());
            // a loop, not a stream: this runs for every destination on every ranking
            Set<Residency.RouteKind> kinds = EnumSet.noneOf(Residency.RouteKind.class);
            List<Words> names = new ArrayList<>(3);
            for (Residency.Route route : d.residency().routes()) {
                Residency.RouteKind k = route.kind();
                if (situational.contains(k) || !kinds.add(k)) continue;
                if (names.size() < 3) names.add(Words.of("kind." + k.name()));
            }
            if (!kinds.isEmpty()) {
                add(
                        parts,
                        weight * w.routes() * Math.min(kinds.size(), 3) / 3,
                        Words.of("reason.routes", "kinds", List.copyOf(names)));
            }
            Residency.Level level = d.residency().pathToPermanent();
            double value = switch (level) {
                case EASY -> w.permanentEasy();
                case MODERATE -> w.permanentModerate();
                case HARD, UNKNOWN -> 0;
            };
            add(parts, weight * value, Words.of("reason.permanent." + level));
            if (d.region() == Destination.Region.EUROPEAN_UNION) add(parts, weight * w.inEu(), Words.of("reason.eu"));
        }
    }

    /** Whether a Russian can open a bank account. */
    record Bank(Weights w) implements Scorer {
        @Override
        public void score(Candidate c, List<Part> parts) {
            Banking.Access a = c.destination().banking().account();
            double value = switch (a) {
                case EASY -> 1;
                case POSSIBLE -> 0.5;
                case HARD, UNKNOWN -> 0;
            };
            add(parts, w.priority(c.answers().chosen(), Priority.BANKING) * value, Words.of("reason.bank." + a));
        }
    }

    // ---- situation

    /** The route kinds the situation rules score, so the residence priority does not count them again. */
    static Set<Residency.RouteKind> situational(Answers a) {
        Set<Residency.RouteKind> kinds = EnumSet.of(Residency.RouteKind.ASYLUM, Residency.RouteKind.REPATRIATION);
        if (a.has(Situation.REMOTE)) kinds.add(Residency.RouteKind.REMOTE_WORK);
        if (a.has(Situation.STUDENT)) kinds.add(Residency.RouteKind.STUDY);
        return kinds;
    }

    /**
     * Extradition and abduction risk for soldiers, deserters, draft-age men and activists: the gravest penalty
     * among their situations, said even when the data does not know the risk.
     */
    record Risk(Weights w) implements Scorer {
        @Override
        public void score(Candidate c, List<Part> parts) {
            Answers a = c.answers();
            Destination d = c.destination();
            boolean soldier = a.has(Situation.SOLDIER);
            boolean draft = a.has(Situation.DRAFT_AGE);
            if (!soldier && !draft && !a.has(Situation.ACTIVIST)) return;
            if (d.dangerousForWanted()) {
                double points = soldier ? w.dangerSoldier() : draft ? w.dangerDraft() : w.dangerActivist();
                parts.add(Part.warning(points, d.csto() ? "warn.csto" : "warn.extradition"));
                return;
            }
            switch (d.safety().extraditionRisk()) {
                case MEDIUM ->
                    parts.add(Part.warning(
                            soldier ? w.mediumRiskSoldier() : w.mediumRiskOthers(), "warn.extraditionMedium"));
                case UNKNOWN -> {
                    if (soldier) parts.add(Part.warning(w.unknownRiskSoldier(), "warn.extraditionUnknown"));
                    else if (draft) parts.add(Part.warning(w.unknownRiskDraft(), "warn.extraditionUnknown"));
                }
                case LOW, HIGH -> {}
            }
        }
    }

    /** Asylum prospects, weighing most for deserters. */
    record Asylum(Weights w) implements Scorer {
        @Override
        public void score(Candidate c, List<Part> parts) {
            Answers a = c.answers();
            double weight = a.has(Situation.SOLDIER)
                    ? w.asylumSoldier()
                    : a.has(Situation.DRAFT_AGE) ? w.asylumDraft() : a.has(Situation.ACTIVIST) ? w.asylumActivist() : 0;
            Safety.Asylum asylum = c.destination().safety().asylum();
            double value = switch (asylum) {
                case GOOD -> 1;
                case MIXED -> w.asylumMixed();
                case POOR, UNKNOWN -> 0;
            };
            if (weight * value != 0) parts.add(Part.reason(weight * value, "reason.asylum." + asylum));
        }
    }

    /** Documented refusals of entry or deportations of critics, for activists. */
    record Refusals(Weights w) implements Scorer {
        @Override
        public void score(Candidate c, List<Part> parts) {
            if (c.answers().has(Situation.ACTIVIST)
                    && c.destination().safety().refusesCritics() == Safety.Refusals.DOCUMENTED) {
                parts.add(Part.warning(w.refusalsActivist(), "warn.refusals"));
            }
        }
    }

    /** A residence route that fits a situation (remote work for remote workers, study for students). */
    record SituationRoute(Situation situation, Residency.RouteKind kind, double points, String key) implements Scorer {
        @Override
        public void score(Candidate c, List<Part> parts) {
            if (c.answers().has(situation) && c.destination().residency().has(kind))
                parts.add(Part.reason(points, key));
        }
    }

    /** Residence by Jewish descent (the Law of Return) for someone who has it. */
    record LawOfReturn(Weights w) implements Scorer {
        @Override
        public void score(Candidate c, List<Part> parts) {
            if (c.answers().has(Situation.JEWISH)
                    && c.destination().residency().byDescent().contains(Residency.Descent.JEWISH)) {
                parts.add(Part.reason(w.lawOfReturn(), "reason.route.lawOfReturn"));
            }
        }
    }
}
