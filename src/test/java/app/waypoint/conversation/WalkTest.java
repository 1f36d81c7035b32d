package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Lang;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Walks every screen reachable by pressing buttons, from every command and deep link, in both languages:
 * every message must be valid Telegram HTML of at most 4,096 characters, every button's data at most 64 bytes,
 * every press must answer.
 */
class WalkTest {
    static final KnowledgeBase KB = GoldenKnowledge.kb();

    /** Complete and partial answers covering each citizenship, document, situation and a few priority sets. */
    static Set<Answers> profiles() {
        Set<Answers> profiles = new HashSet<>(List.of(Answers.NONE));
        List<Set<Situation>> situations = new ArrayList<>(List.of(Set.of(), EnumSet.allOf(Situation.class)));
        for (Situation s : Situation.values()) situations.add(Set.of(s));
        List<List<Priority>> priorities = List.of(
                List.of(),
                List.of(Priority.STAY, Priority.RUSSIAN, Priority.COST),
                List.of(Priority.RESIDENCE, Priority.BANKING));
        for (Citizenship c : Citizenship.values()) {
            profiles.add(Answers.NONE.withCitizenship(c));
            for (Documents d : Documents.values()) {
                if (c == Citizenship.BELARUS && d == Documents.INTERNAL_ONLY) continue;
                Answers cd = Answers.NONE.withCitizenship(c).withDocuments(d);
                profiles.add(cd);
                for (Set<Situation> s : situations) {
                    profiles.add(cd.withSituations(s));
                    for (List<Priority> p : priorities)
                        profiles.add(Answering.completed(cd.withSituations(s).withPriorities(p)));
                }
            }
        }
        return profiles;
    }

    static final Answers SOLDIER = Answering.completed(Answers.NONE
            .withCitizenship(Citizenship.RUSSIA)
            .withDocuments(Documents.PASSPORT)
            .withSituations(Set.of(Situation.SOLDIER))
            .withPriorities(List.of(Priority.STAY, Priority.COST, Priority.BANKING)));
    static final Answers BELARUSIAN = Answering.completed(Answers.NONE
            .withCitizenship(Citizenship.BELARUS)
            .withDocuments(Documents.EXPIRING)
            .withSituations(Set.of(Situation.ACTIVIST, Situation.FAMILY))
            .withPriorities(List.of()));

    /**
     * Every profile's questions, warnings and list pages, and the cards they open (rendered and checked). A
     * card depends on the answers only through the citizenship, so its sections are walked for one profile
     * of each; {@link #everyCardSectionFitsForEveryReader} checks every section and page directly.
     */
    @Test
    void everyScreenFromEveryProfileFits() {
        Set<Answers> profiles = profiles();
        Set<Answers> cardReaders = Set.of(Answers.NONE, SOLDIER, BELARUSIAN);
        int screens = walk(
                seeds(profiles),
                s -> profiles.contains(s.answers())
                        && !comparing(s.view())
                        && (!(s.view() instanceof View.Card) || cardReaders.contains(s.answers())));
        assertTrue(screens > 3_000, "walked " + screens);
    }

    /**
     * The picker, walked for every choice in id order; the comparisons it opens are rendered and checked. Its
     * candidates are every destination whatever the answers (only their order changes), so one profile does.
     */
    @Test
    void everyPickerScreenFits() {
        Set<Answers> profiles = Set.of(Answers.NONE);
        int screens = walk(
                seeds(profiles),
                s -> profiles.contains(s.answers())
                        && (s.view() instanceof View.Pick p ? sorted(p.ids()) : !comparing(s.view())));
        assertTrue(screens > 500, "walked " + screens);
    }

    /** Every pair and triple of destinations side by side, for every reader, in both languages. */
    @Test
    void everyComparisonFits() {
        List<Destination> all = KB.destinations();
        for (Lang lang : Lang.values()) {
            for (Answers reader : List.of(Answers.NONE, SOLDIER, BELARUSIAN)) {
                for (int i = 0; i < all.size(); i++) {
                    for (int j = i + 1; j < all.size(); j++) {
                        check(List.of(all.get(i), all.get(j)), reader, lang);
                        for (int k = j + 1; k < all.size(); k++)
                            check(List.of(all.get(i), all.get(j), all.get(k)), reader, lang);
                    }
                }
            }
        }
    }

    private static void check(List<Destination> ds, Answers reader, Lang lang) {
        String html = CompareTable.render(ds, reader, Messages.bundled().in(lang));
        assertTrue(html.length() <= 4096);
        TelegramHtml.checkMarkup(html);
    }

    @Test
    void everyCardSectionFitsForEveryReader() {
        for (Destination d : KB.destinations()) {
            for (Lang lang : Lang.values()) {
                assertTrue(Cards.longestMessage(d, lang) <= 4096, d.id());
                for (Section s : Section.values()) {
                    for (Optional<Citizenship> c : List.of(
                            Optional.<Citizenship>empty(),
                            Optional.of(Citizenship.RUSSIA),
                            Optional.of(Citizenship.BELARUS))) {
                        Cards.pages(
                                        d,
                                        s,
                                        Messages.bundled().in(lang),
                                        c,
                                        Bots.CLOCK
                                                .instant()
                                                .atZone(Bots.CLOCK.getZone())
                                                .toLocalDate())
                                .forEach(TelegramHtml::checkMarkup);
                    }
                }
            }
        }
    }

    /** Button data of the first screens: commands, deep links and the menu of every profile. */
    static List<String> seeds(Set<Answers> profiles) {
        List<String> seeds = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (Answers a : profiles) {
                seeds.add(StateCodec.encode(new State(a, lang, new View.Home())));
                seeds.add(StateCodec.encode(new State(a, lang, Flow.next(a, KB))));
            }
            for (View.Topic t : View.Topic.values()) seeds.add(StateCodec.encode(State.fresh(lang, new View.Info(t))));
        }
        return seeds;
    }

    /** Also checks what typed input answers; returns the number of screens seen. */
    static int walk(List<String> seeds, Predicate<State> expand) {
        return walk(seeds, expand, (screen, state) -> {});
    }

    /** Walks as above and hands every screen, with the state it shows, to {@code also}. */
    static int walk(List<String> seeds, Predicate<State> expand, java.util.function.BiConsumer<Screen, State> also) {
        Waypoint bot = Bots.bot(KB);
        checkTyped(bot);
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> seen = new HashSet<>(seeds);
        int screens = 0;
        while (!queue.isEmpty()) {
            String data = queue.poll();
            for (Reply r : bot.handle(new Incoming(1, "en", new Input.Press(data, 1)))) {
                if (!(r instanceof Reply.Edit e)) continue;
                screens++;
                check(e.screen(), data);
                State state = StateCodec.decode(data, Lang.EN).orElseThrow();
                also.accept(e.screen(), state);
                if (!expand.test(state)) continue;
                for (List<Button> row : e.screen().keyboard()) {
                    for (Button b : row) {
                        if (b instanceof Button.Callback c && seen.add(c.data())) queue.add(c.data());
                    }
                }
            }
        }
        return screens;
    }

    private static void checkTyped(Waypoint bot) {
        for (String language : List.of("ru", "en")) {
            for (String command :
                    List.of("start", "help", "about", "privacy", "forget", "countries", "language", "nope")) {
                bot.handle(new Incoming(2, language, new Input.Command(command, "")))
                        .forEach(WalkTest::checkSent);
            }
            for (Destination d : KB.destinations()) {
                bot.handle(new Incoming(2, language, new Input.Command("start", d.id())))
                        .forEach(WalkTest::checkSent);
                bot.handle(new Incoming(2, language, new Input.Text(d.name().ru())))
                        .forEach(WalkTest::checkSent);
            }
        }
    }

    private static void checkSent(Reply r) {
        if (r instanceof Reply.Send s) check(s.screen(), "typed");
    }

    private static void check(Screen screen, String data) {
        try {
            TelegramHtml.assertValid(screen);
        } catch (AssertionError e) {
            throw new AssertionError("after pressing " + data + ": " + e.getMessage(), e);
        }
        for (Lang lang : Lang.values()) {
            assertFalse(screen.html().equals(Messages.bundled().in(lang).t("error.text")), data);
        }
    }

    private static boolean comparing(View v) {
        return v instanceof View.Pick
                || v instanceof View.Compare
                || (v instanceof View.Card c && c.origin() instanceof Origin.Compare);
    }

    private static boolean sorted(List<String> ids) {
        return ids.stream().sorted().toList().equals(ids);
    }
}
