package app.waypoint.knowledge.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import app.waypoint.knowledge.Belarus;
import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.PartialDate;
import app.waypoint.knowledge.Residency;
import app.waypoint.knowledge.Safety;
import app.waypoint.knowledge.Source;
import app.waypoint.knowledge.Stay;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The fields of schema 2, read from a file written as the research helpers write them. */
class SchemaV2Test {
    private static KnowledgeBase spec() {
        LoadResult result = Fixtures.load(SchemaV2Cases.FILE);
        return assertInstanceOf(
                        LoadResult.Loaded.class, result, () -> result.problems().toString())
                .knowledge();
    }

    @Nested
    class Reading {
        @Test
        void stayKeepsTheVisitAndTheCapApart() {
            KnowledgeBase kb = spec();
            assertEquals(
                    new Stay(OptionalInt.of(60), new Stay.Cap.Within(90, 180)),
                    kb.destination("tr").orElseThrow().entry().stay());
            assertEquals(
                    new Stay(OptionalInt.of(45), new Stay.Cap.None()),
                    kb.destination("vn").orElseThrow().entry().stay());
            assertEquals(
                    new Stay(OptionalInt.of(90), new Stay.Cap.Unknown()),
                    kb.destination("il").orElseThrow().entry().stay());
            assertEquals(
                    Stay.UNKNOWN, kb.destination("gb").orElseThrow().entry().stay());
            Entry belarus = kb.destination("vn").orElseThrow().belarusEntry().orElseThrow();
            assertEquals(new Stay(OptionalInt.of(30), new Stay.Cap.CalendarYear(90)), belarus.stay());
        }

        @Test
        void theSingleVisitFigureIsTheVisitOrElseTheCap() {
            assertEquals(OptionalInt.of(60), new Stay(OptionalInt.of(60), new Stay.Cap.Within(90, 180)).singleVisit());
            assertEquals(OptionalInt.of(90), new Stay(OptionalInt.empty(), new Stay.Cap.Within(90, 180)).singleVisit());
            assertEquals(
                    OptionalInt.of(180), new Stay(OptionalInt.empty(), new Stay.Cap.CalendarYear(180)).singleVisit());
            assertEquals(OptionalInt.empty(), Stay.UNKNOWN.singleVisit());
        }

        @Test
        void belarusIsAlwaysDecided() {
            KnowledgeBase kb = spec();
            Destination turkey = kb.destination("tr").orElseThrow();
            assertInstanceOf(Belarus.SameAsRussians.class, turkey.belarus());
            Entry asRussians = turkey.belarusEntry().orElseThrow();
            assertEquals(turkey.entry().stay(), asRussians.stay());
            assertEquals(turkey.entry().visa(), asRussians.visa());
            assertEquals(
                    new Belarus.Unknown(), kb.destination("il").orElseThrow().belarus());
            assertEquals(Optional.empty(), kb.destination("il").orElseThrow().belarusEntry());
            assertInstanceOf(
                    Belarus.Own.class, kb.destination("gb").orElseThrow().belarus());
        }

        @Test
        void untilSourceKindsAndExplicitSignalsAreRead() {
            KnowledgeBase kb = spec();
            Destination turkey = kb.destination("tr").orElseThrow();
            assertEquals(
                    Optional.of(PartialDate.parse("2026-04-30")),
                    turkey.entry().facts().get(1).until());
            assertEquals(
                    Optional.of(PartialDate.parse("2026-03-31")),
                    turkey.residency().routes().getFirst().fact().until());
            assertEquals(
                    Optional.of(PartialDate.parse("2026-08-14")),
                    kb.destination("vn").orElseThrow().entry().until());
            assertEquals(
                    Optional.of(PartialDate.parse("2026-12-31")),
                    kb.rule("schengen").orElseThrow().until());
            assertEquals(
                    List.of(Source.Kind.COMMUNITY, Source.Kind.COMMERCIAL),
                    turkey.entry().facts().get(1).sources().stream()
                            .map(Source::kind)
                            .toList());
            assertEquals(Safety.Refusals.DOCUMENTED, turkey.safety().refusesCritics());
            assertEquals(
                    Safety.Refusals.NONE_KNOWN,
                    kb.destination("il").orElseThrow().safety().refusesCritics());
            assertEquals(
                    Set.of(Residency.Descent.JEWISH),
                    kb.destination("il").orElseThrow().residency().byDescent());
            assertEquals(
                    Destination.Region.WESTERN_EUROPE,
                    kb.destination("gb").orElseThrow().region());
        }
    }

    @Nested
    class Warnings {
        @Test
        void untilNearOrPastAndFactsOnWeakSourcesAreReported() {
            assertEquals(
                    List.of(
                            "v2-spec.yml:«‸- {url: \"https://forum.example»: warning: destinations[tr].entry.facts[1].sources: the fact rests only on commercial "
                                    + "and community sources: add an official, media or NGO source, or say in its text that it is "
                                    + "reported, not confirmed",
                            "v2-spec.yml:«until: ‸2026-04-30»: warning: destinations[tr].entry.facts[1].until: until 2026-04-30 is in 15 days: "
                                    + "find out whether the rule will be extended and update until",
                            "v2-spec.yml:«until: ‸2026-03-31»: warning: destinations[tr].residency.routes[0].until: until 2026-03-31 has passed: "
                                    + "find out whether the rule was extended, then update until (or the fact); meanwhile the bot "
                                    + "says it was due to end on that date"),
                    Fixtures.load(SchemaV2Cases.FILE).problems().stream()
                            .map(p -> Fixtures.pointed(Fixtures.text(SchemaV2Cases.FILE), p))
                            .toList());
        }

        @Test
        void aWeakFactThatSaysInBothLanguagesItIsUnconfirmedIsNotReported() {
            String text = Fixtures.text(SchemaV2Cases.FILE);
            String said = text.replace(
                            "is reported to be refused more often.\"",
                            "is reported to be refused more often (a forum and an agency; not confirmed officially).\"")
                    .replace(
                            "стали чаще отказывать.\"",
                            "стали чаще отказывать (форум и агентство; официально не " + "подтверждено).\"");
            String onlyEnglish = text.replace(
                    "is reported to be refused more often.\"",
                    "is reported to be refused more often (not confirmed officially).\"");
            java.util.function.Function<String, Long> weak = yaml -> new KnowledgeLoader(KnowledgeValidator.standard(
                            Clock.fixed(Instant.parse("2026-04-15T00:00:00Z"), ZoneOffset.UTC)))
                    .load("x.yml", yaml).problems().stream()
                            .filter(p -> p.message().startsWith("the fact rests only on"))
                            .count();
            assertEquals(1L, weak.apply(text));
            assertEquals(0L, weak.apply(said), "told in both languages");
            assertEquals(1L, weak.apply(onlyEnglish), "a Russian reader would not be told");
        }

        @Test
        void aPassedUntilNeverRefusesTheFile() {
            Clock later = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
            LoadResult result = new KnowledgeLoader(KnowledgeValidator.standard(later))
                    .load(SchemaV2Cases.FILE, Fixtures.text(SchemaV2Cases.FILE));
            assertInstanceOf(LoadResult.Loaded.class, result);
            assertEquals(
                    4,
                    result.problems().stream()
                            .filter(p -> p.message().startsWith("until "))
                            .count());
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("app.waypoint.knowledge.load.SchemaV2Cases#REJECTIONS")
    void everyNewFieldIsCheckedWithItsPlace(SchemaV2Cases.Case c) {
        assertEquals(List.of(c.expected()), Fixtures.errorsIn(SchemaV2Cases.edited(c)));
    }
}
