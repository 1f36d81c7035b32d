package app.waypoint.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void parsesDayMonthAndYearPrecision() {
        assertEquals("2025-10-25", PartialDate.parse("2025-10-25").toString());
        assertEquals("2026-03", PartialDate.parse("2026-03").toString());
        assertEquals("2024", PartialDate.parse("2024").toString());
    }

    @Test
    void latestDayIsTheEndOfTheStatedPeriod() {
        assertEquals(LocalDate.of(2026, 3, 31), PartialDate.parse("2026-03").latestDay());
        assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02").latestDay());
        assertEquals(LocalDate.of(2024, 12, 31), PartialDate.parse("2024").latestDay());
    }

    @Test
    void rejectsImpossibleAndMalformedDates() {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2025-02-30"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2025-13"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("25-10-2025"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(""));
    }

    @Test
    void languageCodesOfRussianSpeakingUsersGetRussian() {
        assertEquals(Lang.RU, Lang.fromLanguageCode("ru"));
        assertEquals(Lang.RU, Lang.fromLanguageCode("uk"));
        assertEquals(Lang.RU, Lang.fromLanguageCode("be"));
        assertEquals(Lang.RU, Lang.fromLanguageCode("kk"));
        assertEquals(Lang.RU, Lang.fromLanguageCode("ru-RU"));
        assertEquals(Lang.EN, Lang.fromLanguageCode("en-GB"));
        assertEquals(Lang.EN, Lang.fromLanguageCode(null));
    }
}
