package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Lang;
import app.waypoint.knowledge.PartialDate;
import app.waypoint.knowledge.Source;
import app.waypoint.knowledge.Text;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What schema 2 shows users: both stay figures, ended rules, source dates and "not re-checked" marks. */
class KnowledgeV2DisplayTest {
    private static final Msg EN = Messages.bundled().in(Lang.EN);
    private static final Msg RU = Messages.bundled().in(Lang.RU);
    private static final String BOTH_EN = "60 days a visit, at most 90 in any 180 without a visa";
    private static final String BOTH_RU = "60 дней за один визит, не больше 90 из любых 180 без визы";

    @Nested
    class StayBothWays {
        @Test
        void theCardsEntryLineSaysTheVisitAndTheCap() {
            Destination turkey = Fixtures.turkey();
            String en = String.join(
                    "\n", Cards.pages(turkey, Section.ENTRY, EN, Optional.empty(), LocalDate.of(2026, 3, 20)));
            String ru = String.join(
                    "\n", Cards.pages(turkey, Section.ENTRY, RU, Optional.empty(), LocalDate.of(2026, 3, 20)));
            assertTrue(en.contains("Stay: " + BOTH_EN), en);
            assertTrue(ru.contains(BOTH_RU), ru);
        }

        @Test
        void belarusiansSeeTheRussianRegimeWhenTheDataSaysItIsTheSame() throws Exception {
            String yaml;
            try (var in = KnowledgeV2DisplayTest.class.getResourceAsStream("/knowledge/v2-spec.yml")) {
                yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            var loaded =
                    (app.waypoint.knowledge.load.LoadResult.Loaded) new app.waypoint.knowledge.load.KnowledgeLoader(
                                    app.waypoint.knowledge.load.KnowledgeValidator.standard(Bots.CLOCK))
                            .load("v2-spec.yml", yaml);
            Destination turkey = loaded.knowledge().destination("tr").orElseThrow();
            String en = String.join(
                    "\n",
                    Cards.pages(
                            turkey, Section.ENTRY, EN, Optional.of(Citizenship.BELARUS), LocalDate.of(2026, 4, 15)));
            assertTrue(en.contains("For citizens of Belarus</b>\nThe same as for citizens of Russia.\nVisa: "), en);
            assertTrue(en.contains(BOTH_EN), en);
        }

        @Test
        void theListsReasonSaysBoth() {
            KnowledgeBase kb = new KnowledgeBase(List.of(Fixtures.turkey(), Fixtures.georgia()), List.of(), List.of());
            new Chat(Bots.bot(kb), 3, "en")
                    .answer(Citizenship.RUSSIA, Documents.PASSPORT, java.util.Set.of(), List.of(Priority.STAY))
                    .assertShows(BOTH_EN);
        }

        @Test
        void theCompareTableSaysBoth() {
            Answers russian = Answers.NONE.withCitizenship(Citizenship.RUSSIA).withDocuments(Documents.PASSPORT);
            String table = CompareTable.render(List.of(Fixtures.turkey(), Fixtures.georgia()), russian, EN);
            assertTrue(table.contains(BOTH_EN), table);
        }

        @Test
        void rankingUsesWhatOnePersonCanStayInOneGo() {
            // Turkey's 60 days a visit, not its 90 in 180, and Kazakhstan's 90 in 180 (no visit cap stated): 90
            Answers stay = Answers.NONE
                    .withCitizenship(Citizenship.RUSSIA)
                    .withDocuments(Documents.PASSPORT)
                    .withPriorities(List.of(Priority.STAY));
            KnowledgeBase kb =
                    new KnowledgeBase(List.of(Fixtures.turkey(), Fixtures.kazakhstan()), List.of(), List.of());
            List<Ranked> ranked = Ranking.rank(stay, kb);
            double turkey = stayPoints(ranked, "tr");
            double kazakhstan = stayPoints(ranked, "kz");
            assertEquals(3 * 60 / 365.0, turkey, 1e-9);
            assertEquals(3 * 90 / 365.0, kazakhstan, 1e-9);
        }

        private static double stayPoints(List<Ranked> ranked, String id) {
            return ranked.stream()
                    .filter(r -> r.destination().id().equals(id))
                    .findFirst()
                    .orElseThrow()
                    .parts()
                    .stream()
                    .filter(p -> p.words().key().startsWith("stay."))
                    .mapToDouble(Part::points)
                    .sum();
        }
    }

    @Nested
    class Until {
        private static final PartialDate END = PartialDate.parse("2026-06-30");

        private static KnowledgeBase withTemporaryFact() {
            Destination ge = Fixtures.georgia();
            Fact temporary = new Fact(
                    new Text(
                            "A transition period for work permits applies.",
                            "Действует переходный период для разрешений на работу."),
                    List.of(Fixtures.source("https://example.org/law", "2026-01")),
                    PartialDate.parse("2026-03"),
                    false,
                    Optional.empty(),
                    Optional.of(END));
            Entry e = ge.entry();
            Entry entry = new Entry(
                    e.documents(),
                    e.internalPassportBy(),
                    e.visa(),
                    e.stay(),
                    Optional.of(END),
                    e.evidence(),
                    List.of(temporary));
            return new KnowledgeBase(
                    List.of(new Destination(
                            ge.id(),
                            ge.flag(),
                            ge.name(),
                            ge.aliases(),
                            ge.region(),
                            ge.csto(),
                            ge.verified(),
                            entry,
                            ge.belarus(),
                            ge.residency(),
                            ge.banking(),
                            ge.life(),
                            ge.safety(),
                            ge.help(),
                            ge.line())),
                    List.of(),
                    List.of());
        }

        private static Chat on(String day, String language) {
            Clock clock = Clock.fixed(Instant.parse(day + "T10:00:00Z"), ZoneOffset.UTC);
            Waypoint bot = new Waypoint(Until::withTemporaryFact, Ticker.disabledTicker(), clock);
            return new Chat(bot, 7, language).command("start", "ge");
        }

        @Test
        void beforeItsEndATemporaryRuleSaysUntilWhen() {
            on("2026-06-01", "en")
                    .assertShows("until 30.06.2026")
                    .assertShows("Temporary: until 30.06.2026")
                    .assertNotShows("Was due to end");
        }

        @Test
        void pastItsEndTheSameRunningDataSaysItWasDueToEnd() {
            on("2026-07-01", "en")
                    .assertShows("<b>⚠ Was due to end on 30.06.2026: check whether it was extended.</b> "
                            + "A transition period")
                    .assertNotShows("until 30.06.2026");
            on("2026-07-01", "ru").assertShows("Должно было закончиться 30.06.2026: проверьте, не продлили ли.");
        }
    }

    @Nested
    class Freshness {
        @Test
        void aFactPastItsReviewAgeIsMarkedWithBothDates() {
            Fact fact = Fixtures.georgia().entry().facts().getFirst(); // source of 03.2026, checked 03.2026
            Review fresh = new Review(LocalDate.of(2026, 6, 1), 180);
            Review late = new Review(LocalDate.of(2026, 11, 28), 180);
            assertTrue(FactLines.stamp(fact, EN, false, fresh).contains("source of 03.2026 · checked 03.2026"));
            String stale = FactLines.stamp(fact, EN, false, late);
            assertTrue(stale.contains("source of 03.2026 · ⚠ not re-checked since 03.2026"), stale);
            assertTrue(FactLines.stamp(fact, RU, false, late).contains("не перепроверялось с 03.2026"));
        }

        @Test
        void aCardWithStaleFactsSaysOnceWhatTheMarkAsks() {
            Destination georgia = Fixtures.georgia();
            String late = Cards.pages(
                            georgia, Section.ENTRY, EN, Optional.empty(), new Review(LocalDate.of(2026, 11, 28), 180))
                    .getFirst();
            assertTrue(
                    late.contains(
                            "<i>⚠ Marked facts were not re-checked for over 180 days: confirm at the source before "
                                    + "you rely on them.</i>"),
                    late);
            String fresh = Cards.pages(
                            georgia, Section.ENTRY, EN, Optional.empty(), new Review(LocalDate.of(2026, 4, 1), 180))
                    .getFirst();
            assertFalse(fresh.contains("Marked facts"), fresh);
        }

        @Test
        void theReviewAgeIsConfigurable() {
            Fact fact = Fixtures.georgia().entry().facts().getFirst();
            assertFalse(FactLines.stamp(fact, EN, false, new Review(LocalDate.of(2026, 5, 1), 180))
                    .contains("not re-checked"));
            assertTrue(FactLines.stamp(fact, EN, false, new Review(LocalDate.of(2026, 5, 1), 30))
                    .contains("not re-checked"));
        }

        @Test
        void theListMarksADestinationWhoseEntryIsPastItsReviewAge() {
            Clock november = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
            Chat chat = new Chat(new Waypoint(Fixtures::kb, Ticker.disabledTicker(), november, id -> {}, 180), 8, "en");
            chat.answer(Citizenship.RUSSIA, Documents.PASSPORT, java.util.Set.of(), List.of())
                    .assertShows("⚠ Entry not re-checked since 03.2026: confirm before you rely on it");
            Chat lenient =
                    new Chat(new Waypoint(Fixtures::kb, Ticker.disabledTicker(), november, id -> {}, 3650), 9, "en");
            lenient.answer(Citizenship.RUSSIA, Documents.PASSPORT, java.util.Set.of(), List.of())
                    .assertNotShows("Entry not re-checked");
        }

        @Test
        void theNewestSourceDateIsTheEvidenceDate() {
            List<Source> sources = List.of(
                    Fixtures.source("https://a.example.org", "2025-06"),
                    Fixtures.source("https://b.example.org", "2025-11-02"),
                    Fixtures.source("https://c.example.org", null));
            assertEquals(Optional.of(PartialDate.parse("2025-11-02")), FactLines.newest(sources));
            assertEquals(
                    Optional.empty(),
                    FactLines.newest(List.of(
                            new Source(URI.create("https://x.example.org"), Source.Kind.MEDIA, Optional.empty()))));
        }
    }

    @Nested
    class SourcesByKind {
        @Test
        void theSourcesSectionGroupsByKindStrongestFirst() {
            Destination georgia = GoldenKnowledge.kb().destination("ge").orElseThrow();
            String en = String.join(
                    "\n", Cards.pages(georgia, Section.SOURCES, EN, Optional.empty(), LocalDate.of(2026, 11, 28)));
            List<Integer> at = new java.util.ArrayList<>();
            for (String heading : List.of(
                    "Official: governments, embassies, international bodies",
                    "Media with editors",
                    "Non-governmental organisations",
                    "Community: guides, forums, blogs (weaker)",
                    "Commercial: agencies, consultancies, sellers (weaker)")) {
                int i = en.indexOf("<b>" + heading + "</b>");
                if (i >= 0) at.add(i);
            }
            assertTrue(at.size() >= 2, en);
            assertEquals(at.stream().sorted().toList(), at, "strongest kind first:\n" + en);
            // a page is listed under its own kind
            String official = georgia.entry().evidence().sources().stream()
                    .filter(x -> x.kind() == Source.Kind.OFFICIAL)
                    .map(x -> x.url().getHost())
                    .findFirst()
                    .orElse(null);
            if (official != null) {
                int heading = en.indexOf("<b>Official: governments, embassies, international bodies</b>");
                int next = en.indexOf("<b>Media with editors</b>");
                assertTrue(en.indexOf(official) > heading && (next < 0 || en.indexOf(official) < next), en);
            }
            String ru = String.join(
                    "\n", Cards.pages(georgia, Section.SOURCES, RU, Optional.empty(), LocalDate.of(2026, 11, 28)));
            assertTrue(ru.contains("<b>СМИ с редакцией</b>"), ru);
        }

        @Test
        void aboutCountsTheKinds() {
            KnowledgeBase kb = GoldenKnowledge.kb();
            java.util.Map<Source.Kind, Long> kinds = Evidences.distinctSourcesByKind(kb);
            assertEquals(
                    Evidences.distinctSources(kb),
                    kinds.values().stream().mapToLong(Long::longValue).sum());
            Chat chat = new Chat(Bots.bot(kb), 4, "en").command("about");
            chat.assertShows("official " + kinds.get(Source.Kind.OFFICIAL) + " · media " + kinds.get(Source.Kind.MEDIA)
                    + " · NGOs " + kinds.get(Source.Kind.NGO) + " · community " + kinds.get(Source.Kind.COMMUNITY)
                    + " · commercial " + kinds.get(Source.Kind.COMMERCIAL));
            new Chat(Bots.bot(kb), 5, "ru")
                    .command("about")
                    .assertShows("официальных " + kinds.get(Source.Kind.OFFICIAL));
        }
    }
}
