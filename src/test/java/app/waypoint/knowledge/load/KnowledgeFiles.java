package app.waypoint.knowledge.load;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Residency;
import app.waypoint.knowledge.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes synthetic knowledge bases of any size, shaped like the real one (every section with facts, sources,
 * both languages), for tests and benchmarks. Deterministic: the same size gives the same text. Valid on
 * {@link Fixtures#APRIL_2026}, with no warnings.
 *
 * <p>Ids are two-letter codes, so only 676 destinations can have distinct ones: a larger file repeats ids and
 * has one duplicate-id error per destination beyond 676, and nothing else wrong.
 */
public final class KnowledgeFiles {
    /** Destinations with distinct ids at most. */
    public static final int DISTINCT_IDS = 26 * 26;

    private static final List<String> HELP = List.of(
            "idite-lesom",
            "kovcheg",
            "ovd-info",
            "memorial",
            "pomogaem",
            "vyhod",
            "get-out",
            "sk-sos",
            "svobodnye",
            "reforum",
            "nashi-dom",
            "mediazona-help");
    private static final String[] EN = ("visa residence permit border passport citizens may stay days work study "
                    + "bank account card rent flat cost living language police extradition asylum refugee office apply "
                    + "documents translation notary consulate embassy registration tax")
            .split(" ");
    private static final String[] RU = ("виза вид на жительство граница паспорт граждане могут оставаться дней работа "
                    + "учёба банк счёт карта аренда квартира стоимость жизни язык полиция выдача убежище беженец офис подать "
                    + "документы перевод нотариус консульство посольство регистрация налог")
            .split(" ");

    private final StringBuilder out = new StringBuilder();
    private final Random random = new Random(42);

    private KnowledgeFiles() {}

    /** The text of a knowledge base with this many destinations. */
    public static String generate(int destinations) {
        if (destinations < 0) throw new IllegalArgumentException("destinations must not be negative");
        KnowledgeFiles files = new KnowledgeFiles();
        files.file(destinations);
        return files.out.toString();
    }

    /** Writes {@link #generate} to the file, as UTF-8. */
    public static Path write(Path file, int destinations) throws IOException {
        return Files.writeString(file, generate(destinations), StandardCharsets.UTF_8);
    }

    private void file(int destinations) {
        line(0, "# Synthetic knowledge base: " + destinations + " destinations.");
        line(0, "schema_version: 2");
        line(0, "help:");
        HELP.forEach(this::help);
        line(0, "rules:");
        for (Rule.Topic topic : Rule.Topic.values()) rule(topic);
        line(0, "destinations:");
        for (int i = 0; i < destinations; i++) destination(i);
    }

    private void help(String id) {
        line(2, "- id: " + id);
        line(4, "name: {en: \"" + id + "\", ru: \"«" + id + "»\"}");
        line(4, "helps: [relocation, legal]");
        line(4, "about: " + text(12));
        line(4, "contacts:");
        line(6, "- {kind: website, value: \"https://" + id + ".example.org\"}");
        line(6, "- {kind: telegram, value: \"@" + id.replace("-", "_") + "_bot\"}");
        evidence(4);
    }

    private void rule(Rule.Topic topic) {
        line(2, "- id: rule-" + Values.name(topic).replace('_', '-'));
        line(4, "topic: " + Values.name(topic));
        line(4, "title: " + text(5));
        facts(4, 2);
    }

    private void destination(int index) {
        String id = "" + (char) ('a' + index / 26 % 26) + (char) ('a' + index % 26);
        line(2, "- id: " + id);
        line(4, "flag: \"" + KnowledgeValidator.flagOf(id) + "\"");
        line(4, "name: {en: \"Country " + id.toUpperCase() + "\", ru: \"Страна " + id.toUpperCase() + "\"}");
        line(4, "aliases: [Capital " + id + ", Столица " + id + "]");
        line(4, "region: " + Values.name(Destination.Region.values()[index % Destination.Region.values().length]));
        line(4, "csto: " + (index % 7 == 0));
        line(4, "verified: 2026-03");
        entry(index);
        residency();
        block("banking", "account: possible");
        block("life", "russian: partly", "cost: medium", "cost_index: " + (20 + index % 80) + ".5");
        block("safety", "extradition_risk: low", "asylum: mixed", "refuses_critics: none_known");
        line(4, "help: [" + HELP.get(index % HELP.size()) + ", " + HELP.get((index + 5) % HELP.size()) + "]");
    }

    private void entry(int index) {
        line(4, "entry:");
        line(6, "documents: [international_passport]");
        line(6, "visa: visa_free");
        line(6, "stay: {visit: " + (30 + index % 335) + ", cap: {days: " + (30 + index % 335) + ", window: 365}}");
        evidence(6);
        facts(6, 3);
        line(4, "belarus:");
        line(6, "visa: same_as_russians");
        evidence(6);
        facts(6, 1);
    }

    private void residency() {
        line(4, "residency:");
        line(6, "routes:");
        for (Residency.RouteKind kind : List.of(
                Residency.RouteKind.WORK,
                Residency.RouteKind.STUDY,
                Residency.RouteKind.REMOTE_WORK,
                Residency.RouteKind.FAMILY)) {
            line(8, "- kind: " + Values.name(kind));
            fact(10);
        }
        line(6, "path_to_permanent: moderate");
        if (random.nextInt(8) == 0) line(6, "by_descent: [german]");
    }

    private void block(String name, String... values) {
        line(4, name + ":");
        for (String value : values) line(6, value);
        evidence(6);
        facts(6, 2);
    }

    private void evidence(int indent) {
        line(indent, "sources:");
        line(indent + 2, "- {url: \"" + url() + "\", kind: official, dated: 2025-12-04}");
        line(indent, "checked: 2026-03");
    }

    private void facts(int indent, int count) {
        line(indent, "facts:");
        for (int i = 0; i < count; i++) {
            line(indent + 2, "- text: " + text(18 + random.nextInt(18)));
            sourcesAndDates(indent + 4);
        }
    }

    /** A fact's keys below a first line written by the caller (a route's {@code - kind:}). */
    private void fact(int indent) {
        line(indent, "text: " + text(18 + random.nextInt(18)));
        sourcesAndDates(indent);
    }

    private void sourcesAndDates(int indent) {
        line(indent, "sources:");
        line(indent + 2, "- {url: \"" + url() + "\", kind: media, dated: 2025-10}");
        if (random.nextBoolean()) line(indent + 2, "- {url: \"" + url() + "\", kind: ngo}");
        line(indent, "checked: 2026-03-0" + (1 + random.nextInt(9)));
        if (random.nextInt(4) == 0) line(indent, "may_change: true");
        if (random.nextInt(4) == 0) line(indent, "since: 2025-0" + (1 + random.nextInt(9)));
    }

    private String text(int words) {
        StringBuilder en = new StringBuilder("Fact");
        StringBuilder ru = new StringBuilder("Факт");
        for (int i = 0; i < words; i++) {
            int w = random.nextInt(EN.length);
            en.append(' ').append(EN[w]);
            ru.append(' ').append(RU[w]);
        }
        return "{en: \"" + en + ".\", ru: \"" + ru + ".\"}";
    }

    private String url() {
        return "https://source" + random.nextInt(500) + ".example.org/page/" + random.nextInt(100_000);
    }

    private void line(int indent, String text) {
        out.append(" ".repeat(indent)).append(text).append('\n');
    }
}
