package app.waypoint.knowledge.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Lang;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KnowledgeValidatorTest {

    private static Clock on(String day) {
        return Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
    }

    /** The valid fixture with the first occurrence of {@code from} replaced. */
    private static String edited(String from, String to) {
        String yaml = Fixtures.text("valid.yml");
        int at = yaml.indexOf(from);
        if (at < 0) throw new IllegalArgumentException("not in valid.yml: " + from);
        return yaml.substring(0, at) + to + yaml.substring(at + from.length());
    }

    /** Loads the YAML, which must be valid, and returns its warnings as printed, pointed (see Fixtures.pointed). */
    private static List<String> warnings(KnowledgeValidator validator, String yaml) {
        LoadResult result = new KnowledgeLoader(validator).load("valid.yml", yaml);
        return assertInstanceOf(
                        LoadResult.Loaded.class, result, () -> result.problems().toString())
                .warnings()
                .stream()
                .map(p -> Fixtures.pointed(yaml, p))
                .toList();
    }

    private static List<String> warnings(String from, String to) {
        return warnings(KnowledgeValidator.standard(Fixtures.APRIL_2026), edited(from, to));
    }

    @Nested
    class Freshness {
        @Test
        void aMonthCountsFromItsLastDay() {
            // 2026-03 ends on 31 March, exactly 180 days before 27 September: not yet stale. 2026-02 is.
            List<String> warnings = warnings(KnowledgeValidator.standard(on("2026-09-27")), Fixtures.text("valid.yml"));
            assertTrue(warnings.stream().noneMatch(w -> w.contains("2026-03 is")), warnings::toString);
            assertTrue(
                    warnings.contains(
                            "valid.yml:«verified: ‸2026-02»: warning: destinations[am].verified: verified 2026-02 is "
                                    + "211 days old, more than 180: confirm it against its sources and update the date"),
                    warnings::toString);
            assertEquals(7, warnings.size(), warnings::toString);
        }

        @Test
        void theLimitIsConfigurable() {
            KnowledgeValidator strict = new KnowledgeValidator(Fixtures.APRIL_2026, 30, CardMeasure.conservative());
            List<String> warnings = warnings(strict, Fixtures.text("valid.yml"));
            assertEquals(7, warnings.size(), warnings::toString);
            assertTrue(
                    warnings.contains(
                            "valid.yml:«checked: ‸2026-02»: warning: destinations[am].safety.facts[0].checked: checked "
                                    + "2026-02 is 46 days old, more than 30: confirm it against its sources and update the date"),
                    warnings::toString);
        }

        @Test
        void aCheckDateInTheFutureIsReported() {
            assertEquals(
                    List.of(
                            "valid.yml:«checked: ‸2026-05-10»: warning: destinations[ge].entry.facts[0].checked: checked "
                                    + "2026-05-10 is in the future: give the date it was actually confirmed"),
                    warnings("checked: 2026-03-10", "checked: 2026-05-10"));
        }

        @Test
        void theLimitMustBePositive() {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> new KnowledgeValidator(Fixtures.APRIL_2026, 0, CardMeasure.conservative()));
        }
    }

    @Nested
    class Translations {
        @Test
        void aBlankTranslationIsReported() {
            assertEquals(
                    List.of(
                            "valid.yml:«name: {en: Georgia, ru: ‸\"\"}»: warning: destinations[ge].name.ru: the Russian text is missing"),
                    warnings("name: {en: Georgia, ru: Грузия}", "name: {en: Georgia, ru: \"\"}"));
        }

        @Test
        void aLongTextLeftInEnglishIsReported() {
            String english = "Russians may stay a year without a visa.";
            assertEquals(
                    List.of(
                            "valid.yml:« a year without a visa.\", ru: ‸\"Russians may stay a year with»: warning: destinations[ge].entry.facts[0].text.ru: the Russian text "
                                    + "is the same as the English: translate it"),
                    warnings("ru: \"Россияне могут находиться год без визы.\"", "ru: \"" + english + "\""));
        }

        @Test
        void russianTextWithoutCyrillicIsReported() {
            assertEquals(
                    List.of(
                            "valid.yml:« a year without a visa.\", ru: ‸\"Rossiyane mogut nahoditsya go»: warning: destinations[ge].entry.facts[0].text.ru: the Russian text "
                                    + "has no Cyrillic letters: is it translated? found 'Rossiyane mogut nahoditsya god bez vizy.'"),
                    warnings(
                            "ru: \"Россияне могут находиться год без визы.\"",
                            "ru: \"Rossiyane mogut nahoditsya god bez vizy.\""));
        }

        @Test
        void shortNamesMayBeTheSameInBothLanguages() {
            assertEquals(List.of(), warnings("name: {en: Kovcheg, ru: Ковчег}", "name: {en: Kovcheg, ru: Kovcheg}"));
        }
    }

    @Nested
    class Links {
        @Test
        void contactsMustLookLikeTheirKind() {
            List<String> warnings = warnings("""
                    value: "https://iditelesom.org"}
                          - {kind: telegram, value: "@iditelesom"}""", """
                    value: NO}
                          - {kind: telegram, value: "iditelesom"}
                          - {kind: email, value: "help@kovcheg"}""");
            assertEquals(
                    List.of(
                            "valid.yml:«- {kind: website, value: ‸NO}»: warning: help[idite-lesom].contacts[0].value: expected a web address such as "
                                    + "'https://example.org', found 'NO'",
                            "valid.yml:«- {kind: telegram, value: ‸\"iditelesom\"}»: warning: help[idite-lesom].contacts[1].value: expected a Telegram '@name' or "
                                    + "'https://t.me/name' link, found 'iditelesom'",
                            "valid.yml:«- {kind: email, value: ‸\"help@kovcheg\"}»: warning: help[idite-lesom].contacts[2].value: expected an e-mail address such as "
                                    + "'help@example.org', found 'help@kovcheg'"),
                    warnings);
        }

        @Test
        void aTelegramLinkIsAcceptedAsWellAsAHandle() {
            assertEquals(List.of(), warnings("value: \"@iditelesom\"", "value: \"https://t.me/iditelesom\""));
        }

        @Test
        void aSourceHostWithoutADotIsReported() {
            assertEquals(
                    List.of(
                            "valid.yml:«- {url: ‸\"https://nbg/en\", kind: offici»: warning: destinations[ge].banking.sources[0].url: the host 'nbg' has "
                                    + "no dot: check the address 'https://nbg/en'"),
                    warnings("https://nbg.gov.ge/en", "https://nbg/en"));
        }
    }

    @Nested
    class Cards {
        @Test
        void aCardOverTelegramsLimitIsReportedPerLanguage() {
            CardMeasure georgiaInRussianIsLong = (d, lang) -> d.id().equals("ge") && lang == Lang.RU ? 4097 : 4096;
            List<String> warnings = warnings(
                    new KnowledgeValidator(Fixtures.APRIL_2026, 180, georgiaInRussianIsLong),
                    Fixtures.text("valid.yml"));
            assertEquals(
                    List.of(
                            "valid.yml:«- ‸id: ge»: warning: destinations[ge]: the card in Russian needs a message of 4097 "
                                    + "characters, over Telegram's limit of 4096: shorten the facts of its longest section"),
                    warnings);
        }

        @Test
        void theConservativeMeasureCountsTheLargestSectionAndTwoHundredPerFact() {
            Destination georgia = Fixtures.valid().destination("ge").orElseThrow();
            // Entry has one fact (40 characters in English), residency one route (51): the route wins.
            assertEquals(51 + 200, CardMeasure.conservative().longestMessage(georgia, Lang.EN));
        }

        @Test
        void theConservativeMeasureCatchesAnOversizeSection() {
            String facts = IntStream.range(0, 3)
                    .mapToObj(i -> """
                            - text: {en: "%s", ru: "%s"}
                              sources:
                                - {url: "https://www.hrw.org/", kind: ngo}
                              checked: 2026-02
                    """.formatted(i + "e".repeat(1099), i + "р".repeat(1099)))
                    .collect(Collectors.joining());
            List<String> warnings = warnings(
                    "      facts:\n        - text: {en: \"Armenia",
                    "      facts:\n" + facts + "        - text: {en: \"Armenia");
            assertEquals(
                    List.of(
                            "valid.yml:«- ‸id: am»: warning: destinations[am]: the card in English needs a message of 4168 characters, "
                                    + "over Telegram's limit of 4096: shorten the facts of its longest section",
                            "valid.yml:«- ‸id: am»: warning: destinations[am]: the card in Russian needs a message of 4163 characters, "
                                    + "over Telegram's limit of 4096: shorten the facts of its longest section"),
                    warnings);
        }
    }

    @Test
    void aFlagMustBeTheFlagOfItsCountry() {
        assertEquals(
                List.of(
                        "valid.yml:«flag: ‸\"🇦🇿\"»: warning: destinations[am].flag: the flag '🇦🇿' is not the flag of 'am', "
                                + "expected '🇦🇲'"),
                warnings("flag: \"🇦🇲\"", "flag: \"🇦🇿\""));
    }

    @Test
    void validatingRecordsAlonePointsAtTheDestinationLine() {
        KnowledgeValidator validator = new KnowledgeValidator(Fixtures.APRIL_2026, 180, (d, lang) -> 5000);
        List<Problem> warnings = validator.validate("destinations.yml", Fixtures.valid());
        assertEquals(6, warnings.size());
        List<Integer> lines = Fixtures.linesOf("valid.yml", "  - id: ge", "  - id: am", "  - id: no");
        assertEquals(
                List.of(lines.get(0), lines.get(0), lines.get(1), lines.get(1), lines.get(2), lines.get(2)),
                warnings.stream().map(Problem::line).toList());
    }
}
