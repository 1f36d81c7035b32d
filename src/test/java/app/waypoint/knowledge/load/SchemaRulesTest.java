package app.waypoint.knowledge.load;

import static app.waypoint.knowledge.load.Fixtures.errorsIn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Rules of the schema beyond keys and kinds, each shown on one edit of the valid fixture. */
class SchemaRulesTest {

    /** The valid fixture's text with one piece replaced; the piece must occur exactly once. */
    private static String edited(String from, String to) {
        String valid = Fixtures.text("valid.yml");
        if (valid.indexOf(from) != valid.lastIndexOf(from) || !valid.contains(from)) {
            throw new IllegalArgumentException("not exactly once in valid.yml: " + from);
        }
        return valid.replace(from, to);
    }

    @Nested
    class Entry {
        @Test
        void internalPassportNeedsToSayHowItIsAccepted() {
            assertEquals(
                    List.of(
                            "inline.yml:«‸documents: [international_pass»: error: destinations[am].entry: missing required key "
                                    + "'internal_passport_by': documents include internal_passport, so say how it is accepted (any, air)"),
                    errorsIn(edited("      internal_passport_by: any\n", "")));
        }

        @Test
        void howTheInternalPassportIsAcceptedNeedsTheInternalPassport() {
            assertEquals(
                    List.of(
                            "inline.yml:«internal_passport_by: ‸any»: error: destinations[am].entry.internal_passport_by: only allowed "
                                    + "when documents include internal_passport: remove it or add internal_passport"),
                    errorsIn(edited("[international_passport, internal_passport]", "[international_passport]")));
        }

        @Test
        void stayDaysAreLeftOutWhenAVisaIsRequired() {
            assertEquals(
                    List.of("inline.yml:«stay: ‸{visit: 90}»: error: destinations[no].entry.stay: leave stay out when "
                            + "visa is visa_required: it says how long one may stay without papers"),
                    errorsIn(edited(
                            "      visa: visa_required\n", "      visa: visa_required\n      stay: {visit: 90}\n")));
        }

        @Test
        void aDocumentListedTwiceIsAnError() {
            assertEquals(
                    List.of(
                            "inline.yml:«nts: [international_passport, ‸international_passport]»: error: destinations[ge].entry.documents[1]: "
                                    + "'international_passport' is listed twice"),
                    errorsIn(edited(
                            "documents: [international_passport]\n      visa: visa_free\n      stay: {visit: 365, cap: none}",
                            "documents: [international_passport, international_passport]\n      visa: visa_free\n"
                                    + "      stay: {visit: 365, cap: none}")));
        }
    }

    @Nested
    class ListsAndText {
        @Test
        void everyFactNeedsASource() {
            assertEquals(
                    List.of("inline.yml:«sources: ‸[]»: error: destinations[ge].banking.sources: expected at least one "
                            + "item, found an empty list"),
                    errorsIn(edited(
                            "      sources:\n        - {url: \"https://nbg.gov.ge/en\", kind: official}",
                            "      sources: []")));
        }

        @Test
        void aKeyWithNothingAfterItIsNotAnEmptyList() {
            assertEquals(
                    List.of("inline.yml:«facts:‸»: error: destinations[ge].banking.facts: expected a list, found "
                            + "nothing (write [] or leave the key out)"),
                    errorsIn(edited("      facts: []\n", "      facts:\n")));
        }

        @Test
        void aBlankFlagIsAnError() {
            assertEquals(
                    List.of("inline.yml:«flag: ‸\"\"»: error: destinations[ge].flag: expected text, found nothing"),
                    errorsIn(edited("flag: \"🇬🇪\"", "flag: \"\"")));
        }
    }

    @Nested
    class Keys {
        @Test
        void aMergeKeyIsRefusedLikeAnAlias() {
            assertEquals(
                    List.of("inline.yml:«‸<<: {x: 1}»: error: destinations[am].<<: merge keys ('<<') are not allowed: "
                            + "write the keys out in full"),
                    errorsIn(edited("    csto: true\n", "    csto: true\n    <<: {x: 1}\n")));
        }

        @Test
        void aShortUnknownKeyIsNotMatchedToAnUnrelatedOne() {
            assertEquals(
                    List.of(
                            "inline.yml:«‸zz: 1»: error: destinations[am].zz: unknown key 'zz': expected one of id, "
                                    + "flag, name, aliases, region, csto, verified, entry, belarus, residency, banking, life, safety, help"),
                    errorsIn(edited("    csto: true\n", "    csto: true\n    zz: 1\n")));
        }

        @Test
        void aKeyInTheWrongCaseIsMatched() {
            assertEquals(
                    List.of(
                            "inline.yml:«- ‸id: am»: error: destinations[am]: missing required key 'region'",
                            "inline.yml:«‸Region: caucasus»: error: destinations[am].Region: unknown key 'Region': did you mean 'region'?"),
                    errorsIn(edited(
                            "    region: caucasus\n    csto: true\n", "    Region: caucasus\n    csto: true\n")));
        }
    }

    @Nested
    class WholeFile {
        @Test
        void anEmptyFileIsAnError() {
            assertEquals(
                    List.of("inline.yml: error: the file is empty: expected schema_version, help, rules and "
                            + "destinations"),
                    errorsIn(("# nothing yet\n")));
        }

        @Test
        void onlyOneDocumentIsAllowed() {
            assertEquals(
                    List.of("inline.yml:«‸---»: error: a second YAML document ('---') is not allowed: keep "
                            + "everything in one document"),
                    errorsIn(("schema_version: 2\ndestinations: []\n---\nschema_version: 2\n")));
        }

        @Test
        void anotherSchemaVersionIsRefused() {
            assertEquals(
                    List.of(
                            "inline.yml:«schema_version: ‸1»: error: schema_version: expected 2 (the version this loader "
                                    + "reads), found '1'"),
                    errorsIn(("schema_version: 1\ndestinations: []\n")));
        }

        @Test
        void theTopLevelMustBeAMapping() {
            assertEquals(
                    List.of("inline.yml:«‸- id: ge»: error: expected a mapping, found a list"),
                    errorsIn(("- id: ge\n")));
        }

        @Test
        void destinationsAreRequired() {
            assertEquals(
                    List.of("inline.yml:«‸schema_version: 2»: error: missing required key 'destinations'"),
                    errorsIn(("schema_version: 2\n")));
        }
    }
}
