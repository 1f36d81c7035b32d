package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Residency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each ranking rule alone, on the fixture countries, with the standard weights or with changed ones. */
class ScorersTest {
    private static final Weights W = Weights.STANDARD;

    private static Answers russian(Set<Situation> situations, Priority... priorities) {
        return new Answers(
                Optional.of(Citizenship.RUSSIA),
                Optional.of(Documents.PASSPORT),
                Optional.of(situations),
                Optional.of(List.of(priorities)));
    }

    private static List<Part> score(Scorer scorer, Answers a, Destination d) {
        List<Part> parts = new ArrayList<>();
        scorer.score(new Scorer.Candidate(a, d, Ranking.entryFor(a, d)), parts);
        return parts;
    }

    /** The parts as "key points" strings: short to compare, and they say which words the user reads. */
    private static List<String> said(List<Part> parts) {
        return parts.stream()
                .map(p -> (p.warning() ? "!" : "") + p.words().key() + " " + Math.round(p.points() * 1000) / 1000.0)
                .toList();
    }

    @Nested
    class Entry {
        @Test
        void aVisaCostsALittleAndVisaFreeNothing() {
            Scorer visa = new Scorers.Visa(W);
            assertEquals(List.of("!warn.visaRequired -1.0"), said(score(visa, russian(Set.of()), Fixtures.germany())));
            assertEquals(List.of(), said(score(visa, russian(Set.of()), Fixtures.georgia())));
        }

        @Test
        void belarusiansAreToldWhenTheDataKnowsNothingAboutThem() {
            Answers belarusian = new Answers(
                    Optional.of(Citizenship.BELARUS),
                    Optional.of(Documents.PASSPORT),
                    Optional.of(Set.of()),
                    Optional.of(List.of()));
            Scorer rule = new Scorers.BelarusData(W);
            assertEquals(List.of("!warn.noBelarusData -1.0"), said(score(rule, belarusian, Fixtures.mongolia())));
            assertEquals(List.of(), said(score(rule, belarusian, Fixtures.georgia())));
            assertEquals(List.of(), said(score(rule, russian(Set.of()), Fixtures.mongolia())));
        }

        @Test
        void anInternalPassportTakenByAirOnlyIsSaidWithoutPoints() {
            Answers internal = new Answers(
                    Optional.of(Citizenship.RUSSIA),
                    Optional.of(Documents.INTERNAL_ONLY),
                    Optional.of(Set.of()),
                    Optional.of(List.of()));
            Scorer rule = new Scorers.InternalPassportByAir();
            assertEquals(List.of("!warn.internalByAir 0.0"), said(score(rule, internal, Fixtures.armenia())));
            assertEquals(List.of(), said(score(rule, internal, Fixtures.kazakhstan())), "by road too");
            assertEquals(List.of(), said(score(rule, russian(Set.of()), Fixtures.armenia())), "a passport holder");
        }
    }

    @Nested
    class Priorities {
        @Test
        void chosenPrioritiesWeighThreeTwoAndAHalfTwoTheOthersAHalfAndWithoutChoicesAllOne() {
            List<Priority> chosen = List.of(Priority.COST, Priority.STAY, Priority.RUSSIAN);
            assertEquals(3, W.priority(chosen, Priority.COST));
            assertEquals(2.5, W.priority(chosen, Priority.STAY));
            assertEquals(2, W.priority(chosen, Priority.RUSSIAN));
            assertEquals(0.5, W.priority(chosen, Priority.BANKING));
            assertEquals(1, W.priority(List.of(), Priority.BANKING));
        }

        @Test
        void aYearPerVisitIsTheWholeStayValueAndAnUnknownLimitCountsLittle() {
            Scorer stay = new Scorers.Stay(W);
            assertEquals(
                    3.0,
                    score(stay, russian(Set.of(), Priority.STAY), Fixtures.georgia())
                            .getFirst()
                            .points());
            assertEquals(
                    3 * 60 / 365.0,
                    score(stay, russian(Set.of(), Priority.STAY), Fixtures.turkey())
                            .getFirst()
                            .points(),
                    1e-9,
                    "the single visit, not the 90 days of the window");
            assertEquals(
                    List.of(), score(stay, russian(Set.of(), Priority.STAY), Fixtures.germany()), "a visa: nothing");
        }

        @Test
        void russianCostAndBankingScaleFromNothingToTheWholeWeight() {
            Answers a = russian(Set.of(), Priority.RUSSIAN, Priority.COST, Priority.BANKING);
            assertEquals(
                    List.of("reason.russian.WIDELY 3.0"),
                    said(score(new Scorers.Russian(W), a, Fixtures.kyrgyzstan())));
            assertEquals(
                    List.of("reason.russian.PARTLY 1.5"), said(score(new Scorers.Russian(W), a, Fixtures.georgia())));
            assertEquals(List.of(), said(score(new Scorers.Russian(W), a, Fixtures.germany())));
            assertEquals(List.of("reason.cost.LOW 2.5"), said(score(new Scorers.Cost(W), a, Fixtures.kyrgyzstan())));
            assertEquals(
                    List.of("reason.bank.POSSIBLE 1.0"), said(score(new Scorers.Bank(W), a, Fixtures.kazakhstan())));
            assertEquals(
                    List.of(), said(score(new Scorers.Bank(W), a, Fixtures.kyrgyzstan())), "unknown scores nothing");
        }

        @Test
        void residenceCountsOrdinaryRoutesThePathToPermanentResidenceAndTheEu() {
            Scorer rule = new Scorers.Residence(W);
            // Germany: work and study count (asylum is a situation route), a moderate path, in the EU
            assertEquals(
                    List.of("reason.routes 1.2", "reason.permanent.MODERATE 0.9", "reason.eu 3.0"),
                    said(score(rule, russian(Set.of(), Priority.RESIDENCE), Fixtures.germany())));
            // a student's study route is scored by the situation rule, so only work counts here
            assertEquals(
                    List.of("reason.routes 0.6", "reason.permanent.MODERATE 0.9", "reason.eu 3.0"),
                    said(score(rule, russian(Set.of(Situation.STUDENT), Priority.RESIDENCE), Fixtures.germany())));
        }
    }

    @Nested
    class Situation_ {
        @Test
        void aCstoCountrySinksFurthestForASoldierThenADraftAgeManThenAnActivist() {
            Scorer risk = new Scorers.Risk(W);
            assertEquals(
                    List.of("!warn.csto -12.0"),
                    said(score(risk, russian(Set.of(Situation.SOLDIER)), Fixtures.kazakhstan())));
            assertEquals(
                    List.of("!warn.csto -5.0"),
                    said(score(risk, russian(Set.of(Situation.DRAFT_AGE)), Fixtures.kazakhstan())));
            assertEquals(
                    List.of("!warn.csto -4.0"),
                    said(score(risk, russian(Set.of(Situation.ACTIVIST)), Fixtures.kazakhstan())));
            assertEquals(
                    List.of(),
                    said(score(risk, russian(Set.of(Situation.REMOTE)), Fixtures.kazakhstan())),
                    "nobody wanted");
        }

        @Test
        void aMediumOrUnknownRiskIsWarnedAbout() {
            Scorer risk = new Scorers.Risk(W);
            assertEquals(
                    List.of("!warn.extraditionMedium -4.0"),
                    said(score(risk, russian(Set.of(Situation.SOLDIER)), Fixtures.turkey())));
            assertEquals(
                    List.of("!warn.extraditionMedium -1.5"),
                    said(score(risk, russian(Set.of(Situation.DRAFT_AGE)), Fixtures.turkey())));
            assertEquals(
                    List.of("!warn.extraditionUnknown -3.0"),
                    said(score(risk, russian(Set.of(Situation.SOLDIER)), Fixtures.mongolia())));
            assertEquals(
                    List.of("!warn.extraditionUnknown -0.5"),
                    said(score(risk, russian(Set.of(Situation.DRAFT_AGE)), Fixtures.mongolia())));
            assertEquals(List.of(), said(score(risk, russian(Set.of(Situation.ACTIVIST)), Fixtures.mongolia())));
            assertEquals(
                    List.of(), said(score(risk, russian(Set.of(Situation.SOLDIER)), Fixtures.germany())), "low risk");
        }

        @Test
        void asylumProspectsWeighMostForDeserters() {
            Scorer asylum = new Scorers.Asylum(W);
            assertEquals(
                    List.of("reason.asylum.GOOD 5.0"),
                    said(score(asylum, russian(Set.of(Situation.SOLDIER)), Fixtures.germany())));
            assertEquals(
                    List.of("reason.asylum.GOOD 2.0"),
                    said(score(asylum, russian(Set.of(Situation.DRAFT_AGE)), Fixtures.germany())));
            assertEquals(List.of(), said(score(asylum, russian(Set.of()), Fixtures.germany())));
        }

        @Test
        void activistsAreWarnedWhereCriticsWereRefused() {
            Scorer rule = new Scorers.Refusals(W);
            assertEquals(
                    List.of("!warn.refusals -3.0"),
                    said(score(rule, russian(Set.of(Situation.ACTIVIST)), Fixtures.georgia())));
            assertEquals(List.of(), said(score(rule, russian(Set.of(Situation.SOLDIER)), Fixtures.georgia())));
        }

        @Test
        void aRouteThatFitsTheSituationAndTheLawOfReturnAddPoints() {
            Scorer remote = new Scorers.SituationRoute(
                    Situation.REMOTE, Residency.RouteKind.REMOTE_WORK, 2, "reason.route.remote");
            assertEquals(
                    List.of("reason.route.remote 2.0"),
                    said(score(remote, russian(Set.of(Situation.REMOTE)), Fixtures.montenegro())));
            assertEquals(List.of(), said(score(remote, russian(Set.of()), Fixtures.montenegro())));
            Scorer law = new Scorers.LawOfReturn(W);
            assertEquals(
                    List.of("reason.route.lawOfReturn 8.0"),
                    said(score(law, russian(Set.of(Situation.JEWISH)), Fixtures.israel())));
            assertEquals(List.of(), said(score(law, russian(Set.of(Situation.JEWISH)), Fixtures.germany())));
        }
    }

    @Nested
    class TheRanking {
        @Test
        void isTheSumOfTheRulesSoARuleWrittenAsALambdaDecides() {
            KnowledgeBase kb = Fixtures.kb();
            Scorer likesMongolia = (c, parts) -> {
                if (c.destination().id().equals("mn")) parts.add(Part.reason(1, "reason.eu"));
            };
            List<Ranked> ranked = Ranking.rank(russian(Set.of()), kb, List.of(likesMongolia));
            assertEquals("mn", ranked.getFirst().destination().id());
            assertEquals(1.0, ranked.getFirst().score());
            assertTrue(ranked.stream().skip(1).allMatch(r -> r.score() == 0), "no other rule ran");
        }

        @Test
        void aChangedWeightChangesTheScore() {
            Weights heavierVisa = new Weights(
                    -5,
                    W.eVisa(),
                    W.visaOnArrival(),
                    W.noBelarusData(),
                    W.firstPriority(),
                    W.priorityStep(),
                    W.otherPriority(),
                    W.noPriority(),
                    W.unknownStay(),
                    W.routes(),
                    W.permanentEasy(),
                    W.permanentModerate(),
                    W.inEu(),
                    W.dangerSoldier(),
                    W.dangerDraft(),
                    W.dangerActivist(),
                    W.mediumRiskSoldier(),
                    W.mediumRiskOthers(),
                    W.unknownRiskSoldier(),
                    W.unknownRiskDraft(),
                    W.asylumSoldier(),
                    W.asylumDraft(),
                    W.asylumActivist(),
                    W.asylumMixed(),
                    W.refusalsActivist(),
                    W.remoteRoute(),
                    W.studyRoute(),
                    W.lawOfReturn());
            double standard = score(Ranking.rank(russian(Set.of()), Fixtures.kb()), "de");
            double heavier = score(Ranking.rank(russian(Set.of()), Fixtures.kb(), Scorers.standard(heavierVisa)), "de");
            assertEquals(standard - 4, heavier, 1e-9);
        }

        private double score(List<Ranked> ranked, String id) {
            return ranked.stream()
                    .filter(r -> r.destination().id().equals(id))
                    .findFirst()
                    .orElseThrow()
                    .score();
        }
    }
}
