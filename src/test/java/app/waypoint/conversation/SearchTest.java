package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTest {
    static final KnowledgeBase KB = Fixtures.kb();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "грузия, ge",
        "Грузия, ge",
        "ГРУЗИЯ, ge",
        "Georgia, ge",
        "georgia, ge",
        "GE, ge",
        "ge, ge",
        "Грузыя, ge",
        "Gruziya, ge",
        "Tbilisi, ge",
        "тбилиси, ge",
        "Тбилиси!, ge",
        "Georgai, ge",
        "  грузия  , ge",
        "хочу в грузию, ge",
        "Армения, am",
        "Ереван, am",
        "Armenia, am",
        "Армения., am",
        "Kazakstan, kz",
        "Казахстан, kz",
        "Алмата, kz",
        "Кыргызстан, kg",
        "Киргизия, kg",
        "Germny, de",
        "Германия, de",
        "Berlin, de",
        "израиль, il",
        "Tel Aviv, il",
        "Türkiye, tr",
        "Turkiye, tr",
        "Турция, tr",
        "Тайланд, th",
        "Таиланд, th",
        "Serbia, rs",
        "сербия, rs",
        "Черногория, me",
        "Будва, me",
        "монголия, mn",
        "Улан Батор, mn",
        "Thai, th"
    })
    void findsOneDestination(String query, String id) {
        Search.Result result = Search.find(query, KB);
        Search.Result.Found found = assertInstanceOf(Search.Result.Found.class, result, query + " gave " + result);
        assertEquals(id, found.destination().id());
    }

    @Test
    void anAmbiguousQueryOffersChoices() {
        Search.Result.Choices choices = assertInstanceOf(Search.Result.Choices.class, Search.find("Mon", KB));
        assertEquals(
                List.of("mn", "me"),
                choices.destinations().stream().map(Destination::id).toList());
        assertInstanceOf(Search.Result.Choices.class, Search.find("Мон", KB));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!!", "x", "zz", "hello there", "12345", "🇬🇪"})
    void findsNothingForOtherText(String query) {
        assertInstanceOf(Search.Result.None.class, Search.find(query, KB), query);
    }

    @ParameterizedTest(name = "{0} → no card for {1}")
    @CsvSource({"Russia, ru", "Россия, ru", "Франция, fr", "Paris, fr", "Нигерия, ng", "Абхазия, x-abkhazia"})
    void aRealCountryWithoutACardIsNamedNotMissed(String query, String code) {
        Search.Result.Uncovered none = assertInstanceOf(Search.Result.Uncovered.class, Search.find(query, KB), query);
        assertEquals(code, none.country().code());
    }

    @Test
    void foldsCaseYoAccentsAndPunctuation() {
        assertEquals("еж турция", Fuzzy.fold("Ёж, Турция!"));
        assertEquals("turkiye", Fuzzy.fold("Türkiye"));
        assertEquals("gruziya", Fuzzy.latin("грузия"));
        assertEquals(1, Fuzzy.distance("грузыя", "грузия"));
        assertEquals(1, Fuzzy.distance("gerogia", "georgia"));
    }
}
