package app.waypoint.knowledge.load;

import static app.waypoint.knowledge.load.Fixtures.errors;
import static app.waypoint.knowledge.load.Fixtures.load;
import static app.waypoint.knowledge.load.Fixtures.loadText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.Belarus;
import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Entry.Document;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.HelpOrganisation;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.PartialDate;
import app.waypoint.knowledge.Residency;
import app.waypoint.knowledge.Rule;
import app.waypoint.knowledge.Safety;
import app.waypoint.knowledge.Source;
import app.waypoint.knowledge.Stay;
import app.waypoint.knowledge.Text;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KnowledgeLoaderTest {

    @Nested
    class ValidFile {
        private final KnowledgeBase kb = Fixtures.valid();

        @Test
        void loadsEveryEntryWithoutProblems() {
            LoadResult.Loaded loaded = assertInstanceOf(LoadResult.Loaded.class, load("valid.yml"));
            assertEquals(List.of(), loaded.warnings());
            assertEquals(
                    List.of("ge", "am", "no"),
                    kb.destinations().stream().map(Destination::id).toList());
            assertEquals(
                    List.of("idite-lesom", "kovcheg"),
                    kb.help().stream().map(HelpOrganisation::id).toList());
            assertEquals(
                    Rule.Topic.ENTRY, kb.rule("internal-passport").orElseThrow().topic());
        }

        @Test
        void mapsTheFieldsOfADestination() {
            Destination georgia = kb.destination("ge").orElseThrow();
            assertEquals(new Text("Georgia", "Грузия"), georgia.name());
            assertEquals(Destination.Region.CAUCASUS, georgia.region());
            assertEquals(PartialDate.parse("2026-03"), georgia.verified());
            assertEquals(
                    new Stay(OptionalInt.of(365), new Stay.Cap.None()),
                    georgia.entry().stay());
            assertEquals(
                    new Source(
                            URI.create("https://news.mail.ru/society/68975439/"),
                            Source.Kind.MEDIA,
                            Optional.of(PartialDate.parse("2025-12-04"))),
                    georgia.entry().evidence().sources().getFirst());
            assertEquals(
                    Entry.Visa.VISA_FREE, georgia.belarusEntry().orElseThrow().visa());
            assertEquals(Safety.Refusals.UNKNOWN, georgia.safety().refusesCritics());
            assertEquals(
                    Residency.RouteKind.WORK,
                    georgia.residency().routes().getFirst().kind());
            assertEquals(OptionalDouble.of(40.5), georgia.life().costIndex());
            assertEquals(List.of("kovcheg", "idite-lesom"), georgia.help());
        }

        @Test
        void mapsTheOptionalPartsOfAFact() {
            Fact fact = kb.destination("ge").orElseThrow().entry().facts().getFirst();
            assertTrue(fact.mayChange());
            assertEquals(Optional.of(PartialDate.parse("2026-03-01")), fact.since());
            assertEquals(PartialDate.parse("2026-03-10"), fact.checked());
            Fact plain = kb.destination("am").orElseThrow().safety().facts().getFirst();
            assertFalse(plain.mayChange());
            assertEquals(Optional.empty(), plain.since());
        }

        @Test
        void leavesOutWhatTheFileLeavesOut() {
            Destination armenia = kb.destination("am").orElseThrow();
            assertEquals(new Belarus.Unknown(), armenia.belarus());
            assertEquals(
                    new Stay(OptionalInt.empty(), new Stay.Cap.CalendarYear(180)),
                    armenia.entry().stay());
            assertEquals(Set.of(), armenia.residency().byDescent());
            assertEquals(Optional.empty(), armenia.entry().until());
            assertEquals(List.of(), armenia.aliases());
            assertEquals(OptionalDouble.empty(), armenia.life().costIndex());
            assertEquals(List.of(), armenia.banking().facts());
            assertTrue(armenia.entry().accepts(Document.INTERNAL_PASSPORT));
            assertEquals(
                    Optional.of(Entry.InternalPassportBy.ANY), armenia.entry().internalPassportBy());
            assertEquals(
                    Stay.UNKNOWN, kb.destination("no").orElseThrow().entry().stay());
        }

        @Test
        void recordsTheLineOfEachDestination() {
            assertEquals(
                    Fixtures.linesOf("valid.yml", "  - id: ge", "  - id: am", "  - id: no"),
                    kb.destinations().stream().map(Destination::line).toList());
        }
    }

    @Nested
    class ScalarsStayText {
        @Test
        void unquotedNoIsTheTextNoNotFalse() {
            Destination norway = Fixtures.valid().destination("no").orElseThrow();
            assertEquals("no", norway.id()); // written unquoted: YAML 1.1 would read false
            assertEquals(List.of("NO", "Norge", "Oslo"), norway.aliases());
            assertFalse(norway.csto());
        }

        @Test
        void numbersAndDatesInTextKeepTheirDigits() {
            String yaml = Fixtures.text("valid.yml")
                    .replace("name: {en: Georgia, ru: Грузия}", "name: {en: 0123, ru: 1.10}")
                    .replace("aliases: [Sakartvelo, Tbilisi, Тбилиси]", "aliases: [2026-03-01, 1e3, ~, true]");
            Destination georgia = ((LoadResult.Loaded) loadText(yaml))
                    .knowledge()
                    .destination("ge")
                    .orElseThrow();
            assertEquals(new Text("0123", "1.10"), georgia.name());
            assertEquals(List.of("2026-03-01", "1e3", "~", "true"), georgia.aliases());
        }

        @Test
        void anIdThatIsNotLowerCaseIsAnErrorNamingIt() {
            assertEquals(
                    List.of("no-as-id.yml:5:9: error: destinations[0].id: expected an ISO 3166-1 alpha-2 code in "
                            + "lower case, two letters such as 'ge', found 'NO' (did you mean 'no'?)"),
                    errors(load("no-as-id.yml")));
        }
    }

    @Nested
    class OneMistakePerFile {
        @Test
        void yamlSyntaxError() {
            assertEquals(
                    List.of("syntax-error.yml:8:11: error: YAML syntax: expected ',' or '}', but got : "
                            + "(while parsing a flow mapping at line 7)"),
                    errors(load("syntax-error.yml")));
        }

        @Test
        void duplicateKeyNamesBothLines() {
            assertEquals(
                    List.of("duplicate-key.yml:15:7: error: destinations[ge].entry.visa: duplicate key 'visa': "
                            + "first given at line 13, column 7; keep one"),
                    errors(load("duplicate-key.yml")));
        }

        @Test
        void unknownKeySuggestsTheClosestAllowedOne() {
            assertEquals(
                    List.of("unknown-key.yml:15:7: error: destinations[ge].entry.untill: unknown key "
                            + "'untill': did you mean 'until'?"),
                    errors(load("unknown-key.yml")));
        }

        @Test
        void missingRequiredKey() {
            assertEquals(
                    List.of("missing-field.yml:12:7: error: destinations[ge].entry: missing required key 'visa'"),
                    errors(load("missing-field.yml")));
        }

        @Test
        void impossibleDate() {
            assertEquals(
                    List.of("bad-date.yml:26:16: error: destinations[ge].banking.checked: expected a date as "
                            + "YYYY-MM-DD, YYYY-MM or YYYY, found '2026-13'"),
                    errors(load("bad-date.yml")));
        }

        @Test
        void valueOutsideItsListNamesTheAllowedOnes() {
            assertEquals(
                    List.of("bad-enum.yml:13:13: error: destinations[ge].entry.visa: expected one of visa_free, "
                            + "e_visa, visa_on_arrival, visa_required, found 'visa_fre'"),
                    errors(load("bad-enum.yml")));
        }
    }

    @Test
    void collectsEveryErrorOfAFileInFileOrder() {
        assertEquals(
                List.of(
                        "several-errors.yml:9:14: error: destinations[ge].aliases: expected a list, found 'Tbilisi'",
                        "several-errors.yml:10:11: error: destinations[ge].csto: expected true or false, found 'yes'",
                        "several-errors.yml:15:21: error: destinations[ge].entry.stay.visit: expected a whole number of days "
                                + "from 1 to 3650 or 'unknown', found '36o'",
                        "several-errors.yml:26:17: error: destinations[ge].banking.sources[0].url: expected an absolute "
                                + "http(s) URL such as 'https://example.org/page', found 'nbg.gov.ge/en'",
                        "several-errors.yml:30:7: error: destinations[ge].life.currency: unknown key 'currency': expected one "
                                + "of russian, cost, cost_index, sources, checked, facts",
                        "several-errors.yml:36:7: error: destinations[ge].safety: missing required key 'extradition_risk'"),
                errors(load("several-errors.yml")));
    }

    @Test
    void crossReferencesAndIdsMustAddUp() {
        assertEquals(
                List.of(
                        "references.yml:14:9: error: help[kovcheg].id: duplicate help organisation id 'kovcheg': first used "
                                + "at line 5; ids must be unique",
                        "references.yml:60:12: error: destinations[ge].help[0]: unknown help organisation 'kovceg': did you "
                                + "mean 'kovcheg'?",
                        "references.yml:61:9: error: destinations[ge].id: duplicate destination id 'ge': first used at line "
                                + "25; ids must be unique"),
                errors(load("references.yml")));
    }
}
