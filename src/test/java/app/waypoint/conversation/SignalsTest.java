package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Residency;
import app.waypoint.knowledge.Safety;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SignalsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Anti-war journalists have been refused entry without explanation.",
            "Activists were denied entry at the airport.", "A dozen anti-war Russians were labelled 'security risks': entry bans.",
            "Expulsions of critics continue.", "Three Russians were forced out of Vietnam over anti-war statements.",
            "Journalists were not let into the country."})
    void refusalsOfEntryAreFound(String en) {
        assertTrue(Signals.refusalsReported(withSafetyFact(en)), en);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Asylum was refused in 2022 to all 21 applicants.", "Entry is visa-free for a year.",
            "Banks refused to open accounts in 2022.", "The border is open.", "Border guards can refuse entry even with an ETA.",
            "Overstaying brings deportation and an entry ban of at least 1 year.",
            "Poland has refused entry to Russians with tourist visas. Exceptions include dissidents and journalists.",
            "Montenegro refused to extradite a colonel whom Russia accuses of desertion."})
    void otherFactsAreNot(String en) {
        assertFalse(Signals.refusalsReported(withSafetyFact(en)), en);
    }

    @Test
    void onlyTheLawOfReturnCountsForJewishDescent() {
        assertTrue(Signals.lawOfReturn(Fixtures.israel()));
        Destination poland = withRoute(Fixtures.germany(), "Holders of the Karta Polaka (Pole's Card) may repatriate.");
        assertFalse(Signals.lawOfReturn(poland));
        KnowledgeBase kb = new KnowledgeBase(List.of(poland, Fixtures.israel(), Fixtures.georgia()), List.of(), List.of());
        Answers jewish = Answers.NONE.withCitizenship(Citizenship.RUSSIA).withDocuments(Documents.PASSPORT)
                .withSituations(Set.of(Situation.JEWISH)).withPriorities(List.of());
        List<Ranked> ranked = Ranking.rank(jewish, kb);
        assertEquals("il", ranked.getFirst().destination().id());
        assertTrue(ranked.stream().filter(r -> !r.destination().id().equals("il"))
                .noneMatch(r -> r.parts().stream().anyMatch(p -> p.words().key().equals("reason.route.lawOfReturn"))));
    }

    static Destination withSafetyFact(String en) {
        Destination d = Fixtures.israel();
        Safety s = new Safety(d.safety().extraditionRisk(), d.safety().asylum(), d.safety().evidence(),
                List.of(Fixtures.fact(en, "—", false, null, "https://example.org", null)));
        return new Destination(d.id(), d.flag(), d.name(), d.aliases(), d.region(), d.csto(), d.verified(), d.entry(), d.belarus(),
                d.residency(), d.banking(), d.life(), s, d.help(), d.line());
    }

    static Destination withRoute(Destination d, String en) {
        Residency r = new Residency(List.of(new Residency.Route(Residency.RouteKind.REPATRIATION,
                Fixtures.fact(en, "—", false, null, "https://example.org", null))), d.residency().pathToPermanent());
        return new Destination("pl", "🇵🇱", new app.waypoint.knowledge.Text("Poland", "Польша"), List.of(), d.region(), false,
                d.verified(), d.entry(), d.belarus(), r, d.banking(), d.life(), d.safety(), List.of(), 0);
    }
}
