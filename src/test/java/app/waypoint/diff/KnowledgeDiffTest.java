package app.waypoint.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.cli.DiffCommand;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.load.CardMeasure;
import app.waypoint.knowledge.load.KnowledgeLoader;
import app.waypoint.knowledge.load.KnowledgeValidator;
import app.waypoint.knowledge.load.LoadResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data diff on pairs of files that differ in one kind of change each, and on the shipped file itself. */
class KnowledgeDiffTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final String GE = "Georgia (ge)";

    @TempDir
    Path dir;

    private static String base() throws IOException {
        return Files.readString(Path.of("src/test/resources/knowledge/valid.yml"));
    }

    private static KnowledgeBase load(String yaml) {
        KnowledgeLoader loader = new KnowledgeLoader(
                new KnowledgeValidator(CLOCK, KnowledgeValidator.DEFAULT_STALE_DAYS, CardMeasure.conservative()));
        return switch (loader.load("test.yml", yaml)) {
            case LoadResult.Loaded l -> l.knowledge();
            case LoadResult.Failed f -> throw new AssertionError("fixture does not load: " + f.errors());
        };
    }

    /** The changes an edit of the fixture makes. */
    private static List<Change> changes(String from, String to) throws IOException {
        String before = base();
        assertTrue(before.contains(from), "the fixture has: " + from);
        return KnowledgeDiff.between(
                load(before),
                load(before.replaceFirst(
                        java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))));
    }

    @Test
    void theShippedFileAgainstItselfHasNoChanges() throws IOException {
        String shipped = Files.readString(Path.of("destinations.yml"));
        assertEquals(List.of(), KnowledgeDiff.between(load(shipped), load(shipped)));
    }

    @Test
    void aStructuredValue() throws IOException {
        assertEquals(
                List.of(new Change.ValueChanged(GE, "entry", "visa", "visa_free", "e_visa")),
                changes("      visa: visa_free\n", "      visa: e_visa\n"));
    }

    @Test
    void v2ValuesStayLimitsBelarusAndASourcesKind() throws IOException {
        assertEquals(
                List.of(
                        new Change.ValueChanged(GE, "entry", "stay.visit", "365", "90"),
                        new Change.ValueChanged(GE, "entry", "stay.cap", "none", "within(days 90, window 180)")),
                changes(
                        "      stay: {visit: 365, cap: none}\n",
                        "      stay: {visit: 90, cap: {days: 90, window: 180}}\n"));
        assertEquals(
                List.of(new Change.ValueChanged(
                        GE,
                        "entry",
                        "source https://news.mail.ru/society/68975439/",
                        "kind media, dated 2025-12-04",
                        "kind official, dated 2025-12-04")),
                changes(
                        "{url: \"https://news.mail.ru/society/68975439/\", kind: media",
                        "{url: \"https://news.mail.ru/society/68975439/\", kind: official"));
    }

    @Test
    void belarusDecided() throws IOException {
        String before = base();
        int at = before.indexOf("    belarus: unknown\n");
        String after = before.substring(0, at) + "    belarus:\n      visa: same_as_russians\n      sources:\n"
                + "        - {url: \"https://www.mfa.am/en/visa/\", kind: official}\n      checked: 2026-11-28\n"
                + before.substring(at + "    belarus: unknown\n".length());
        List<Change> changes = KnowledgeDiff.between(load(before), load(after));
        assertTrue(
                changes.contains(new Change.SourceAdded("Armenia (am)", "belarus", "", "https://www.mfa.am/en/visa/")),
                changes.toString());
        assertEquals(
                new Change.ValueChanged("Armenia (am)", "card", "belarus", "unknown", "same_as_russians"),
                changes.getFirst());
    }

    @Test
    void aFactRewordedIsOneChangeWithBothTexts() throws IOException {
        assertEquals(
                List.of(new Change.FactReworded(
                        GE,
                        "entry",
                        "Russians may stay a year without a visa.",
                        "Russians may stay a whole year without any visa.")),
                changes(
                        "Russians may stay a year without a visa.",
                        "Russians may stay a whole year without any visa."));
    }

    @Test
    void aFactAddedAndAFactRemoved() throws IOException {
        String fact = "      - text: {en: \"A few countries let Russians in with the internal passport.\"";
        String added = "      - text: {en: \"Armenia accepts it by air only.\", ru: \"Армения принимает его только "
                + "при прилёте самолётом.\"}\n        sources:\n          - {url: \"https://www.mfa.am/en/visa/\", kind: official}\n"
                + "        checked: 2026-11-28\n";
        assertEquals(
                List.of(new Change.FactAdded("rule internal-passport", "card", "Armenia accepts it by air only.")),
                changes(fact, added + fact));
        String route =
                "        - kind: work\n          text: {en: \"A work permit is easy to get for the self-employed.\", "
                        + "ru: \"Разрешение на работу легко получить самозанятым.\"}\n          sources:\n            - "
                        + "{url: \"https://sda.gov.ge/?page_id=7547\", kind: official}\n          checked: 2026-03\n";
        assertEquals(
                List.of(new Change.FactRemoved(GE, "residency", "A work permit is easy to get for the self-employed.")),
                changes("      routes:\n" + route, "      routes: []\n"));
    }

    @Test
    void aSourceReplaced() throws IOException {
        assertEquals(
                List.of(
                        new Change.SourceAdded(GE, "banking", "", "https://nbg.gov.ge/en/statistics"),
                        new Change.SourceRemoved(GE, "banking", "", "https://nbg.gov.ge/en")),
                changes(
                        "{url: \"https://nbg.gov.ge/en\", kind: official}",
                        "{url: \"https://nbg.gov.ge/en/statistics\", kind: official}"));
    }

    @Test
    void checkDatesOfABlockAndOfAFact() throws IOException {
        assertEquals(
                List.of(new Change.CheckedMoved(
                        GE, "entry", "Russians may stay a year without a visa.", "2026-03-10", "2026-11-28")),
                changes("checked: 2026-03-10", "checked: 2026-11-28"));
        assertEquals(
                List.of(new Change.CheckedMoved(GE, "banking", "", "2026-03", "2026-11-28")),
                changes(
                        "{url: \"https://nbg.gov.ge/en\", kind: official}\n      checked: 2026-03",
                        "{url: \"https://nbg.gov.ge/en\", kind: official}\n      checked: 2026-11-28"));
    }

    @Test
    void aFactsFlag() throws IOException {
        assertEquals(
                List.of(new Change.ValueChanged(
                        GE, "entry", "fact \"Russians may stay a year without a visa.\" may_change", "true", "false")),
                changes("          may_change: true\n", "          may_change: false\n"));
    }

    @Test
    void aDestinationRemovedAndAdded() throws IOException {
        String before = base();
        int at = before.indexOf("  - id: am\n");
        int end = before.indexOf("\n  - id: ", at + 1);
        String without = before.substring(0, at) + before.substring(end + 1);
        assertEquals(
                List.of(new Change.AreaRemoved("Armenia (am)", "Armenia")),
                KnowledgeDiff.between(load(before), load(without)));
        assertEquals(
                List.of(new Change.AreaAdded("Armenia (am)", "Armenia")),
                KnowledgeDiff.between(load(without), load(before)));
    }

    @Test
    void theCommandPrintsTextAndMarkdownAndExitsAsDiffDoes() throws IOException {
        Path a = Files.writeString(dir.resolve("a.yml"), base());
        Path b = Files.writeString(
                dir.resolve("b.yml"), base().replaceFirst("      visa: visa_free\n", "      visa: e_visa\n"));
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = DiffCommand.run(
                a,
                b,
                false,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                CLOCK);
        assertEquals(1, status);
        assertEquals(
                "1 change in 1 area.\n\nGeorgia (ge)\n  entry: visa: visa_free → e_visa\n",
                out.toString(StandardCharsets.UTF_8));
        out.reset();
        DiffCommand.run(a, b, true, new PrintStream(out, true, StandardCharsets.UTF_8), System.err, CLOCK);
        assertEquals(
                "## Knowledge base diff\n\n1 change in 1 area.\n\n### Georgia (ge)\n\n- entry: visa: `visa\\_free` → "
                        + "`e\\_visa`\n",
                out.toString(StandardCharsets.UTF_8)
                        .replace("`visa_free`", "`visa\\_free`")
                        .replace("`e_visa`", "`e\\_visa`"));
        assertEquals(0, DiffCommand.run(a, a, false, new PrintStream(new ByteArrayOutputStream()), System.err, CLOCK));
    }

    @Test
    void aFileThatDoesNotLoadIsNamedWithItsErrors() throws IOException {
        Path a = Files.writeString(dir.resolve("a.yml"), base());
        Path b = Files.writeString(dir.resolve("b.yml"), base().replace("visa: visa_free", "visa: visa_fre"));
        var err = new ByteArrayOutputStream();
        int status = DiffCommand.run(
                a,
                b,
                false,
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                CLOCK);
        assertEquals(2, status);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains(b + ":") && text.contains("visa_fre"), text);
        assertTrue(text.contains("does not load"), text);
    }
}
