package app.waypoint.knowledge.load;

import java.util.List;

/**
 * Mistakes in the fields new in schema 2, each one edit of {@code v2-spec.yml} and the error the loader gives.
 * Shared by the loader's tests and the JSON Schema's, so both refuse the same files.
 */
final class SchemaV2Cases {
    static final String FILE = "v2-spec.yml";

    /**
     * One mistake.
     *
     * @param name     what is wrong
     * @param from     text that occurs exactly once in the fixture
     * @param to       its replacement
     * @param expected the loader's only error, with file:line:column
     */
    record Case(String name, String from, String to, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Case> REJECTIONS = List.of(
            new Case(
                    "source without kind",
                    "{url: \"https://www.reuters.com/\", kind: media, dated: 2025-09-01}",
                    "{url: \"https://www.reuters.com/\", dated: 2025-09-01}",
                    "inline.yml:«- ‸{url: \"https://www.reuters.com»: error: destinations[tr].banking.sources[0]: missing required key 'kind'"),
            new Case(
                    "source kind outside its list",
                    "{url: \"https://www.bbc.com/\", kind: media",
                    "{url: \"https://www.bbc.com/\", kind: press",
                    "inline.yml:«\"https://www.bbc.com/\", kind: ‸press, dated: 2025}»: error: destinations[tr].life.sources[0].kind: expected one of official, media, ngo, "
                            + "community, commercial, found 'press'"),
            new Case(
                    "visit not a number",
                    "        visit: 60\n",
                    "        visit: sixty\n",
                    "inline.yml:«visit: ‸sixty»: error: destinations[tr].entry.stay.visit: expected a whole number of days from 1 to "
                            + "3650 or 'unknown', found 'sixty'"),
            new Case(
                    "cap a bare number",
                    "        cap: {days: 90, window: 180}\n",
                    "        cap: 90\n",
                    "inline.yml:«cap: ‸90»: error: destinations[tr].entry.stay.cap: expected a mapping {days: N, window: N or "
                            + "calendar_year}, 'none' or 'unknown', found '90'"),
            new Case(
                    "cap without window",
                    "        cap: {days: 90, window: 180}\n",
                    "        cap: {days: 90}\n",
                    "inline.yml:«cap: ‸{days: 90}»: error: destinations[tr].entry.stay.cap: missing required key 'window'"),
            new Case(
                    "window a word",
                    "        cap: {days: 90, window: 180}\n",
                    "        cap: {days: 90, window: year}\n",
                    "inline.yml:«cap: {days: 90, window: ‸year}»: error: destinations[tr].entry.stay.cap.window: expected a whole number of days from 1 "
                            + "to 3650 or 'calendar_year', found 'year'"),
            new Case(
                    "unknown key in stay",
                    "        visit: 60\n",
                    "        visits: 60\n",
                    "inline.yml:«‸visits: 60»: error: destinations[tr].entry.stay.visits: unknown key 'visits': did you mean 'visit'?"),
            new Case(
                    "stay with a visa required",
                    "      visa: visa_required\n      sources:\n        - {url: \"https://www.gov.uk/check-uk-visa\", kind: official, dated: 2026-02}",
                    "      visa: visa_required\n      stay: {visit: 30}\n      sources:\n        - {url: \"https://www.gov.uk/check-uk-visa\", kind: official, dated: 2026-02}",
                    "inline.yml:«stay: ‸{visit: 30}»: error: destinations[gb].entry.stay: leave stay out when visa is visa_required: it "
                            + "says how long one may stay without papers"),
            new Case(
                    "until not a date",
                    "      until: 2026-08-14\n",
                    "      until: soon\n",
                    "inline.yml:«until: ‸soon»: error: destinations[vn].entry.until: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, "
                            + "found 'soon'"),
            new Case(
                    "belarus left out",
                    "    belarus: unknown\n",
                    "",
                    "inline.yml:«- ‸id: il»: error: destinations[il]: missing required key 'belarus'"),
            new Case(
                    "belarus a word other than unknown",
                    "    belarus: unknown\n",
                    "    belarus: same\n",
                    "inline.yml:«belarus: ‸same»: error: destinations[il].belarus: expected 'unknown' or a mapping with visa, sources "
                            + "and checked, found 'same'"),
            new Case(
                    "belarus visa mistyped",
                    "      visa: same_as_russians\n",
                    "      visa: same_as_russian\n",
                    "inline.yml:«visa: ‸same_as_russian»: error: destinations[tr].belarus.visa: expected one of visa_free, e_visa, "
                            + "visa_on_arrival, visa_required, same_as_russians, found 'same_as_russian'"),
            new Case(
                    "same_as_russians with a stay",
                    "      visa: same_as_russians\n",
                    "      visa: same_as_russians\n      stay: {visit: 30}\n",
                    "inline.yml:«stay: ‸{visit: 30}»: error: destinations[tr].belarus.stay: leave stay out when visa is same_as_russians: "
                            + "the entry block's stay applies"),
            new Case(
                    "refuses_critics left out",
                    "      refuses_critics: none_known\n",
                    "",
                    "inline.yml:«‸extradition_risk: low»: error: destinations[il].safety: missing required key 'refuses_critics'"),
            new Case(
                    "refuses_critics outside its list",
                    "      refuses_critics: none_known\n",
                    "      refuses_critics: no\n",
                    "inline.yml:«refuses_critics: ‸no»: error: destinations[il].safety.refuses_critics: expected one of documented, "
                            + "none_known, unknown, found 'no'"),
            new Case(
                    "by_descent outside its list",
                    "      by_descent: [jewish]\n",
                    "      by_descent: [russian]\n",
                    "inline.yml:«by_descent: [‸russian]»: error: destinations[il].residency.by_descent[0]: expected one of jewish, german, "
                            + "polish, greek, armenian, bulgarian, other, found 'russian'"),
            new Case(
                    "region outside its list",
                    "    region: western_europe\n",
                    "    region: europe\n",
                    "inline.yml:«region: ‸europe»: error: destinations[gb].region: expected one of caucasus, central_asia, "
                            + "eastern_europe, balkans, european_union, western_europe, middle_east, asia, latin_america, "
                            + "north_america, found 'europe'"),
            new Case(
                    "old stay_days",
                    "      stay: {visit: 45, cap: none}\n",
                    "      stay_days: 45\n",
                    "inline.yml:«‸stay_days: 45»: error: destinations[vn].entry.stay_days: unknown key 'stay_days': expected one of "
                            + "documents, internal_passport_by, visa, stay, until, sources, checked, facts"),
            new Case(
                    "schema version 1",
                    "schema_version: 2\n",
                    "schema_version: 1\n",
                    "inline.yml:«schema_version: ‸1»: error: schema_version: expected 2 (the version this loader reads), found '1'"));

    private SchemaV2Cases() {}

    /** The fixture with the case's edit made; the text to replace must occur exactly once. */
    static String edited(Case c) {
        String text = Fixtures.text(FILE);
        if (!text.contains(c.from()) || text.indexOf(c.from()) != text.lastIndexOf(c.from())) {
            throw new IllegalArgumentException("not exactly once in " + FILE + ": " + c.from());
        }
        return text.replace(c.from(), c.to());
    }
}
