package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.PartialDate;
import app.waypoint.knowledge.Rule;
import app.waypoint.knowledge.Text;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "What changes soon": derived from since and until, in date order, in both languages, paged. */
class ChangesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    private static Fact fact(String en, String since, String until) {
        return new Fact(
                new Text(en, "RU " + en),
                List.of(Fixtures.source("https://example.org/" + en.length(), "2026-01")),
                PartialDate.parse("2026-03"),
                false,
                Optional.ofNullable(since).map(PartialDate::parse),
                Optional.ofNullable(until).map(PartialDate::parse));
    }

    private static Destination withEntry(Destination d, Optional<PartialDate> until, List<Fact> facts) {
        Entry e = d.entry();
        Entry entry = new Entry(e.documents(), e.internalPassportBy(), e.visa(), e.stay(), until, e.evidence(), facts);
        return new Destination(
                d.id(),
                d.flag(),
                d.name(),
                d.aliases(),
                d.region(),
                d.csto(),
                d.verified(),
                entry,
                d.belarus(),
                d.residency(),
                d.banking(),
                d.life(),
                d.safety(),
                d.help(),
                d.line());
    }

    private static KnowledgeBase kb() {
        Destination georgia = withEntry(
                Fixtures.georgia(),
                Optional.of(PartialDate.parse("2026-12-31")),
                List.of(
                        fact("Work permits become compulsory.", "2026-05-01", null),
                        fact("Already in force.", "2026-03-01", null),
                        fact("Ended long ago.", null, "2025-12-31")));
        Destination thailand = withEntry(
                Fixtures.thailand(),
                Optional.of(PartialDate.parse("2026-04")),
                List.of(fact("The 60-day scheme is renewed in steps.", null, "2026-04-10")));
        Rule rule = new Rule(
                "schengen",
                Rule.Topic.SCHENGEN,
                new Text("Schengen visas", "Шенгенские визы"),
                List.of(fact("Single-entry visas only.", null, null)),
                Optional.of(PartialDate.parse("2026-06-01")));
        return new KnowledgeBase(List.of(georgia, thailand), List.of(), List.of(rule));
    }

    @Test
    void takesEffectLaterOrRunsOutWithin90DaysInDateOrder() {
        List<String> seen = Changes.coming(kb(), TODAY).stream()
                .map(c -> c.shown() + " " + (c.starts() ? "starts " : "ends ")
                        + c.where().map(Destination::id).orElse("*") + " "
                        + c.what().map(Text::en).orElse(c.entryFor().orElse("")))
                .toList();
        assertEquals(
                List.of(
                        "2026-04-10 ends th The 60-day scheme is renewed in steps.",
                        "2026-04 ends th RUSSIA",
                        "2026-05-01 starts ge Work permits become compulsory.",
                        "2026-06-01 ends * Schengen visas"),
                seen);
    }

    private static Chat chat(String language) {
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);
        return new Chat(new Waypoint(ChangesTest::kb, Ticker.disabledTicker(), clock), 11, language);
    }

    @Test
    void fromTheMainMenuInEnglish() {
        chat("en")
                .command("start")
                .press("🗓 What changes soon")
                .assertShows("<b>🗓 What changes soon</b>")
                .assertShows("<b>10.04.2026</b> · 🇹🇭 Thailand · runs out\nThe 60-day scheme is renewed in steps.")
                .assertShows(
                        "<b>04.2026</b> · 🇹🇭 Thailand · runs out\nEntry rules for citizens of Russia (visa and stay)")
                .assertShows("<b>01.05.2026</b> · 🇬🇪 Georgia · takes effect\nWork permits become compulsory.")
                .assertShows("<b>01.06.2026</b> · 🌐 Many countries · runs out\nSchengen visas");
    }

    @Test
    void fromACardInRussianAndBackToTheCard() {
        Chat chat = chat("ru")
                .command("start", "ge")
                .press("🗓 Что скоро изменится")
                .assertShows("<b>🗓 Что скоро изменится</b>")
                .assertShows("<b>01.05.2026</b> · 🇬🇪 Грузия · вступает в силу\nRU Work permits become compulsory.")
                .assertShows("🌐 Многие страны · заканчивается\nШенгенские визы");
        chat.press("◀ Назад").assertShows("Грузия");
    }

    @Test
    void nothingComingIsSaid() {
        KnowledgeBase none = new KnowledgeBase(List.of(Fixtures.georgia()), List.of(), List.of());
        new Chat(Bots.bot(none), 12, "en")
                .command("start")
                .press("🗓 What changes soon")
                .assertShows("Nothing in the data takes effect later or runs out in the next 90 days.");
    }

    @Test
    void manyChangesArePagedWithinTelegramsLimit() {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            facts.add(fact(
                    "Temporary rule number " + i + " " + "x".repeat(150),
                    null,
                    TODAY.plusDays(1 + i % 80).toString()));
        }
        KnowledgeBase kb = new KnowledgeBase(
                List.of(withEntry(Fixtures.georgia(), Optional.empty(), facts)), List.of(), List.of());
        Ctx ctx = new Ctx(
                kb,
                Messages.bundled().in(app.waypoint.knowledge.Lang.EN),
                State.fresh(app.waypoint.knowledge.Lang.EN, new View.Home()),
                TODAY,
                180);
        int pages = 0;
        String previous = "";
        for (int page = 0; page < 40; page++) {
            Screen screen = ChangesScreens.render(ctx, new View.Changes(page, Optional.empty()));
            assertTrue(
                    screen.html().length() <= Paging.LIMIT,
                    () -> "page over the limit: " + screen.html().length());
            if (screen.html().equals(previous)) break;
            previous = screen.html();
            pages++;
        }
        assertTrue(pages > 1, "120 long changes need more than one page: " + pages);
    }
}
