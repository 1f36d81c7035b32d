package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.HelpOrganisation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An LGBT+ person is pointed to the organisation that helps LGBT+ people, before any list. */
class LgbtHelpTest {
    private static Answers profile(Set<Situation> situations) {
        return Answering.completed(Answers.NONE
                .withCitizenship(Citizenship.RUSSIA)
                .withDocuments(Documents.PASSPORT)
                .withSituations(situations)
                .withPriorities(List.of()));
    }

    @Test
    void theShippedDataHasAnOrganisationForLgbtPeopleAndTheAdviceNamesIt() {
        List<String> help = Advice.of(profile(Set.of(Situation.LGBT)), GoldenKnowledge.kb()).help().stream()
                .map(HelpOrganisation::id)
                .toList();
        assertEquals(List.of("russian-lgbt-network"), help);
        assertFalse(Advice.of(profile(Set.of()), GoldenKnowledge.kb()).help().stream()
                .anyMatch(h -> h.helps().contains(HelpOrganisation.Topic.LGBT)));
    }

    @Test
    void theWarningsScreenShowsItInBothLanguages() {
        for (String language : List.of("ru", "en")) {
            Chat chat = new Chat(Bots.bot(GoldenKnowledge.kb()), 77, language);
            chat.answer(Citizenship.RUSSIA, Documents.PASSPORT, Set.of(Situation.LGBT), List.of());
            assertTrue(chat.html().contains(chat.msg().t("advice.help")), chat.html());
            assertTrue(
                    chat.html().contains(language.equals("ru") ? "Российская ЛГБТ-сеть" : "Russian LGBT Network"),
                    chat.html());
            assertTrue(
                    chat.labels().stream().anyMatch(l -> l.contains("LGBT") || l.contains("ЛГБТ")),
                    chat.labels().toString());
        }
    }
}
