package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.Countries;
import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Lang;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every name of every country in the names data, typed as it is and in lower case, opens that country's card or
 * gets the honest "no card yet" with covered destinations nearby: never "not found", never another country.
 */
class CountryNamesTest {
    private static final KnowledgeBase KB = GoldenKnowledge.kb();
    private static final Countries COUNTRIES = Countries.bundled();

    @Test
    void everyNameFindsItsOwnCountry() {
        List<String> wrong = new ArrayList<>();
        int typed = 0;
        for (Countries.Country c : COUNTRIES.all()) {
            for (String name : c.names()) {
                for (String query : List.of(name, name.toLowerCase(Locale.ROOT))) {
                    typed++;
                    String got = switch (Search.find(query, KB)) {
                        case Search.Result.Found f -> f.destination().id();
                        case Search.Result.Uncovered u -> u.country().code();
                        case Search.Result.Choices ch ->
                            "choices "
                                    + ch.destinations().stream()
                                            .map(Destination::id)
                                            .toList();
                        case Search.Result.None n -> "nothing";
                    };
                    if (!got.equals(c.code())) wrong.add(query + " → " + got + " (expected " + c.code() + ")");
                }
            }
        }
        assertEquals(List.of(), wrong, "of " + typed + " names typed");
        assertTrue(typed > 1000, "typed " + typed);
    }

    @Test
    void everyIsoCodeFindsItsCountry() {
        for (Countries.Country c : COUNTRIES.all()) {
            if (c.code().startsWith("x-")) continue;
            Search.Result r = Search.find(c.code().toUpperCase(Locale.ROOT), KB);
            String got = r instanceof Search.Result.Found f
                    ? f.destination().id()
                    : r instanceof Search.Result.Uncovered u ? u.country().code() : r.toString();
            assertEquals(c.code(), got, c.code());
        }
    }

    @Test
    void everyCoveredDestinationIsInTheNamesDataUnderItsRegion() {
        Set<String> codes = new HashSet<>();
        COUNTRIES.all().forEach(c -> codes.add(c.code()));
        for (Destination d : KB.destinations()) {
            assertTrue(codes.contains(d.id()), d.id() + " is missing from countries.tsv");
            Countries.Country c = COUNTRIES.all().stream()
                    .filter(x -> x.code().equals(d.id()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    d.region().name().toLowerCase(Locale.ROOT), c.region(), d.id() + ": same region in both files");
        }
    }

    @Test
    void namesAreGivenInBothLanguages() {
        for (Countries.Country c : COUNTRIES.all()) {
            assertTrue(
                    c.name(Lang.RU)
                            .codePoints()
                            .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC),
                    c.code() + " " + c.name(Lang.RU));
        }
    }

    @Test
    void aCountryWithoutACardIsSaidHonestlyWithCoveredNeighboursInBothLanguages() {
        Chat ru = new Chat(Bots.bot(KB), 1, "ru").command("start");
        ru.type("нигерия").assertShows(ru.msg().t("search.nocard.far", "name", "Нигерия"));
        assertTrue(ru.hasButton(ru.msg().plain("btn.browse")));
        Chat en = new Chat(Bots.bot(KB), 2, "en").command("start");
        en.type("turkmenistan").assertShows(en.msg().t("search.nocard", "name", "Turkmenistan"));
        Search.Result.Uncovered u = (Search.Result.Uncovered) Search.find("Turkmenistan", KB);
        assertTrue(!u.nearby().isEmpty(), "central Asia has covered destinations");
        for (Destination d : u.nearby()) {
            assertEquals("central_asia", d.region().name().toLowerCase(Locale.ROOT));
            assertTrue(en.hasButton(d.name().en()), d.id());
        }
    }
}
