package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.waypoint.knowledge.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden rankings: each file in {@code src/test/resources/golden} names a profile in its first line and holds
 * the expected top destinations with their reasons and warnings, reviewed by eye once. A change in ranking
 * shows up as a diff to review; after reviewing, regenerate with {@code -Dgolden.update=true}.
 */
class GoldenRankingTest {
    static final Path DIR = Path.of("src/test/resources/golden");
    static final int TOP = 5;

    static Stream<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(DIR)) {
            return list.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void rankingMatchesTheReviewedFile(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = lines.stream().takeWhile(l -> l.startsWith("#")).toList();
        Answers profile = parse(header.getFirst());
        List<String> actual = render(profile);
        if (Boolean.getBoolean("golden.update")) {
            List<String> out = new ArrayList<>(header);
            out.addAll(actual);
            Files.write(file, out, StandardCharsets.UTF_8);
        }
        assertFalse(actual.isEmpty());
        assertEquals(
                String.join("\n", lines.subList(header.size(), lines.size())),
                String.join("\n", actual),
                file.toString());
    }

    /** "1. ge Georgia: reason · reason | warning | warning", in English, tags removed. */
    static List<String> render(Answers profile) {
        Msg msg = Messages.bundled().in(Lang.EN);
        List<Ranked> ranked = Ranking.rank(profile, GoldenKnowledge.kb());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(TOP, ranked.size()); i++) {
            Ranked r = ranked.get(i);
            StringBuilder line = new StringBuilder((i + 1) + ". "
                    + r.destination().id() + " " + r.destination().name().en() + " (" + r.score() + "): ");
            line.append(String.join(
                    " · ",
                    r.reasons(3).stream().map(p -> plain(p.words().render(msg))).toList()));
            r.warnings().forEach(w -> line.append(" | ").append(plain(w.words().render(msg))));
            out.add(line.toString());
        }
        out.add("... " + ranked.size() + " in all: "
                + String.join(
                        " ", ranked.stream().map(r -> r.destination().id()).toList()));
        out.add("advice: "
                + String.join(
                        ", ",
                        Advice.of(profile, GoldenKnowledge.kb()).blocks().stream()
                                .map(Advice.Block::key)
                                .toList())
                + "; help: "
                + String.join(
                        ", ",
                        Advice.of(profile, GoldenKnowledge.kb()).help().stream()
                                .map(h -> h.id())
                                .toList()));
        return out;
    }

    /** "# profile: c=RUSSIA d=PASSPORT s=SOLDIER,REMOTE p=COST,STAY" (s= and p= may be empty). */
    static Answers parse(String line) {
        Answers a = Answers.NONE;
        for (String field : line.substring(line.indexOf(':') + 1).trim().split(" ")) {
            String value = field.substring(2);
            List<String> names = value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
            a = switch (field.charAt(0)) {
                case 'c' -> a.withCitizenship(Citizenship.valueOf(value));
                case 'd' -> a.withDocuments(Documents.valueOf(value));
                case 's' ->
                    a.withSituations(names.stream()
                            .map(Situation::valueOf)
                            .collect(() -> EnumSet.noneOf(Situation.class), Set::add, Set::addAll));
                case 'p' ->
                    a.withPriorities(names.stream().map(Priority::valueOf).toList());
                default -> throw new IllegalArgumentException("unknown field " + field);
            };
        }
        return Answering.completed(a);
    }

    private static String plain(Html html) {
        return html.markup()
                .replaceAll("<[^>]+>", "")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
