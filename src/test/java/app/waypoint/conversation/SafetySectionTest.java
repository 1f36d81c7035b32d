package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Lang;
import app.waypoint.knowledge.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Safety section of every shipped destination: extradition or abduction risk and asylum prospects (as
 * "unknown" where the data does not know), vouched for by sources and a check date, and every reported refusal
 * of entry or expulsion of activists, including those recorded in the Entry section.
 */
class SafetySectionTest {
    private static final KnowledgeBase KB = GoldenKnowledge.kb();

    @Test
    void everyDestinationHasRiskAndAsylumSourcedAndDated() {
        for (Destination d : KB.destinations()) {
            assertNotNull(d.safety().extraditionRisk(), d.id());
            assertNotNull(d.safety().asylum(), d.id());
            assertFalse(d.safety().evidence().sources().isEmpty(), d.id() + ": the values have sources");
            assertNotNull(d.safety().evidence().checked(), d.id());
            for (Fact f : d.safety().facts()) {
                assertFalse(f.sources().isEmpty(), d.id() + ": " + f.text().en());
                assertNotNull(f.checked(), d.id());
                for (Source s : f.sources()) assertTrue(Links.isWeb(s.url().toString()), d.id() + ": " + s.url());
            }
        }
    }

    @Test
    void theSafetySectionShowsRiskAsylumTheCheckDateAndEveryRefusalReport() {
        int refusals = 0;
        for (Lang lang : Lang.values()) {
            Msg msg = Messages.bundled().in(lang);
            for (Destination d : KB.destinations()) {
                String safety = String.join("\n", Cards.pages(d, Section.SAFETY, msg, Optional.empty(), LocalDate.MAX));
                String risk = msg.t(
                        "card.risk",
                        "value",
                        msg.plain("risk." + d.safety().extraditionRisk().name()));
                String asylum = msg.t(
                        "card.asylum",
                        "value",
                        msg.plain("asylum." + d.safety().asylum().name()));
                String checked = FactLines.checked(d.safety().evidence(), msg, Review.of(LocalDate.MAX));
                for (String expected : List.of(risk, asylum, checked)) {
                    assertTrue(
                            safety.contains(expected),
                            () -> d.id() + " " + lang + ": «" + expected + "» in\n" + safety);
                }
                String line = msg.t(
                        "card.refusals",
                        "value",
                        msg.plain("refusals." + d.safety().refusesCritics().name()));
                assertTrue(safety.contains(line), () -> d.id() + " " + lang + ": «" + line + "» in\n" + safety);
                if (d.safety().refusesCritics() == app.waypoint.knowledge.Safety.Refusals.DOCUMENTED) refusals++;
            }
        }
        assertTrue(
                refusals >= 6, "Georgia, Serbia and Vietnam have documented refusals, in two languages: " + refusals);
    }
}
