package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hard filters of the ranking on the shipped data. */
class RankingFiltersTest {
    @Test
    void aBelarusianIsNeverOfferedBelarusButARussianMayBe() {
        for (Documents documents : List.of(Documents.PASSPORT, Documents.EXPIRING)) {
            Answers belarusian = Answers.NONE
                    .withCitizenship(Citizenship.BELARUS)
                    .withDocuments(documents)
                    .withSituations(Set.of())
                    .withPriorities(List.of());
            assertFalse(
                    Ranking.rank(belarusian, GoldenKnowledge.kb()).stream()
                            .anyMatch(r -> r.destination().id().equals(Ranking.BELARUS)),
                    documents.name());
        }
        Answers russian = Answers.NONE
                .withCitizenship(Citizenship.RUSSIA)
                .withDocuments(Documents.PASSPORT)
                .withSituations(Set.of())
                .withPriorities(List.of());
        assertTrue(Ranking.rank(russian, GoldenKnowledge.kb()).stream()
                .anyMatch(r -> r.destination().id().equals(Ranking.BELARUS)));
    }
}
