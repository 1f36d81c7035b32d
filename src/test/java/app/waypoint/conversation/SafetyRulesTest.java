package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Safety;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules that keep people in danger safe: tested through the conversation, in both languages. */
class SafetyRulesTest {
    static final Set<String> DANGEROUS = Set.of("am", "kz", "kg");

    static Chat chat(String language) {
        return new Chat(Bots.bot(), 7, language);
    }

    static Answers profile(Citizenship c, Documents d, Set<Situation> s, List<Priority> p) {
        return Answering.completed(Answers.NONE
                .withCitizenship(c)
                .withDocuments(d)
                .withSituations(s)
                .withPriorities(p));
    }

    @Nested
    class SoldiersAndDeserters {
        @ParameterizedTest
        @ValueSource(strings = {"ru", "en"})
        void seeWhereToGetHelpBeforeAnyList(String language) {
            Chat chat = chat(language)
                    .answer(Citizenship.RUSSIA, Documents.PASSPORT, Set.of(Situation.SOLDIER), List.of(Priority.COST));
            Msg msg = chat.msg();
            chat.assertShows(msg.t("advice.soldier")).assertShows(msg.t("advice.help"));
            List<String> links = chat.links().stream().map(Button.Link::url).toList();
            assertTrue(
                    links.containsAll(List.of(
                            "https://iditelesom.org", "https://t.me/iditelesom", "https://en.connection-ev.org")),
                    links.toString());
            assertFalse(links.contains("https://kovcheg.live"), "kovcheg does not help with desertion in the fixture");
            assertTrue(
                    chat.callbacks().stream().noneMatch(b -> b.data().contains("v=d.")),
                    "no destination before the warnings");
            for (Destination d : Fixtures.kb().destinations())
                chat.assertNotShows("<b>" + d.name().in(msg.lang()) + "</b>");
            chat.pressKey("btn.showList");
            assertTrue(chat.callbacks().stream().anyMatch(b -> b.data().contains("v=d.")), "the list comes after");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ru", "en"})
        void neverSeeACstoCountryWithoutTheWarning(String language) {
            Chat chat = chat(language)
                    .answer(
                            Citizenship.RUSSIA,
                            Documents.PASSPORT,
                            Set.of(Situation.SOLDIER),
                            List.of(Priority.RUSSIAN));
            String list = wholeList(chat.pressKey("btn.showList"));
            for (Destination d : Fixtures.kb().destinations()) {
                if (!DANGEROUS.contains(d.id())) continue;
                String item = itemOf(list, d.name().in(chat.msg().lang()));
                assertTrue(item.contains(chat.msg().t("warn.csto")), () -> "no warning for " + d.id() + ": " + item);
            }
        }

        @Test
        void rankCstoCountriesBelowAllOthers() {
            for (List<Priority> p :
                    List.of(List.of(Priority.RUSSIAN), List.of(Priority.COST, Priority.STAY), List.<Priority>of())) {
                List<Ranked> ranked = Ranking.rank(
                        profile(Citizenship.RUSSIA, Documents.PASSPORT, Set.of(Situation.SOLDIER), p), Fixtures.kb());
                List<String> ids =
                        ranked.stream().map(r -> r.destination().id()).toList();
                int firstDangerous = ids.indexOf(
                        ids.stream().filter(DANGEROUS::contains).findFirst().orElseThrow());
                assertTrue(
                        ids.subList(firstDangerous, ids.size()).stream().allMatch(DANGEROUS::contains), ids.toString());
            }
        }

        @Test
        void onlyTheInternalPassportLeavesOnlyDangerousCountriesAllWarned() {
            Chat chat = chat("en")
                    .answer(Citizenship.RUSSIA, Documents.INTERNAL_ONLY, Set.of(Situation.SOLDIER), List.of());
            chat.pressKey("btn.showList");
            for (String name : List.of("Armenia", "Kazakhstan", "Kyrgyzstan")) {
                assertTrue(itemOf(chat.html(), name).contains(chat.msg().t("warn.csto")), name);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"am", "kz", "kg"})
        void theCardOfACstoCountryWarnsWhoeverReadsIt(String id) {
            for (String language : List.of("ru", "en")) {
                Chat chat = chat(language).command("start", id);
                for (Section s : Section.values()) {
                    chat.press(chat.msg().plain("tab." + s.name()))
                            .assertShows(chat.msg().t("card.danger.csto"));
                }
            }
        }

        /**
         * Walks every screen a deserter can reach, and every browse and search screen, in both languages: wherever
         * a CSTO country is offered (a button, a name in bold, or its flag and name), a warning is on the screen.
         * A name in the prose of a fact ("deserters stranded in Kazakhstan") is not an offer.
         */
        @Test
        void neverMeetACstoCountryAnywhereWithoutAWarning() {
            KnowledgeBase kb = WalkTest.KB;
            List<Destination> dangerous = kb.destinations().stream()
                    .filter(Destination::dangerousForWanted)
                    .toList();
            Set<Answers> profiles =
                    Set.of(Answers.NONE, WalkTest.SOLDIER, WalkTest.SOLDIER.withDocuments(Documents.INTERNAL_ONLY));
            int screens = WalkTest.walk(
                    WalkTest.seeds(profiles),
                    s -> profiles.contains(s.answers())
                            && (!(s.view() instanceof View.Pick p) || p.ids().size() < 2),
                    (screen, state) -> {
                        Msg msg = Messages.bundled().in(state.lang());
                        // "Belarus" as the citizenship a person holds is not Belarus offered as a destination
                        Set<String> citizenships = java.util.Arrays.stream(Citizenship.values())
                                .map(c -> msg.plain("opt.citizenship." + c.name()))
                                .collect(java.util.stream.Collectors.toSet());
                        String labels = String.join(
                                "\n",
                                screen.keyboard().stream()
                                        .flatMap(List::stream)
                                        .map(Button::label)
                                        .filter(l -> !citizenships.contains(l))
                                        .toList());
                        String all = screen.html() + "\n" + labels;
                        List<String> warnings = List.of(
                                msg.t("advice.soldier"),
                                msg.t("warn.csto"),
                                msg.t("warn.extradition"),
                                msg.t("legend.danger"),
                                msg.t("card.danger.csto"),
                                msg.t("card.danger.high"),
                                msg.t("compare.csto"),
                                msg.t("compare.risk"));
                        for (Destination d : dangerous) {
                            String name = d.name().in(state.lang());
                            boolean offered = labels.contains(name)
                                    || screen.html().contains("<b>" + name + "</b>")
                                    || screen.html().contains(d.flag() + " " + name);
                            if (!offered) continue;
                            assertTrue(
                                    warnings.stream().anyMatch(all::contains),
                                    () -> d.id() + " without a warning on " + StateCodec.encode(state) + ":\n" + all);
                        }
                    });
            assertTrue(screens > 500, "walked " + screens);
        }

        @Test
        void theComparisonMarksCsto() {
            Chat chat = chat("ru")
                    .command("start", "am")
                    .pressKey("btn.compare")
                    .press("Грузия")
                    .press("Сравнить (2)");
            chat.assertShows("высокий (ОДКБ)");
        }
    }

    @Nested
    class DraftAge {
        @ParameterizedTest
        @ValueSource(strings = {"ru", "en"})
        void getTheMobilisationWarningAndHelp(String language) {
            Chat chat = chat(language)
                    .answer(
                            Citizenship.RUSSIA,
                            Documents.PASSPORT,
                            Set.of(Situation.DRAFT_AGE, Situation.REMOTE),
                            List.of(Priority.STAY));
            chat.assertShows(chat.msg().t("advice.draft"))
                    .assertShows(chat.msg().t("advice.help"));
            assertTrue(chat.links().stream().anyMatch(l -> l.url().equals("https://iditelesom.org")));
            assertTrue(
                    chat.links().stream().noneMatch(l -> l.url().equals("https://en.connection-ev.org")),
                    "desertion only");
            String list = wholeList(chat.pressKey("btn.showList"));
            for (Destination d : Fixtures.kb().destinations()) {
                if (DANGEROUS.contains(d.id()))
                    assertTrue(itemOf(list, d.name().in(chat.msg().lang()))
                            .contains(chat.msg().t("warn.csto")));
            }
        }

        @Test
        void seeTheCstoWarningOnEveryDangerousCountry() {
            Ranking.rank(
                            profile(Citizenship.RUSSIA, Documents.PASSPORT, Set.of(Situation.DRAFT_AGE), List.of()),
                            Fixtures.kb())
                    .stream()
                    .filter(r -> DANGEROUS.contains(r.destination().id()))
                    .forEach(r -> assertTrue(
                            r.warnings().stream().anyMatch(p -> p.words().key().equals("warn.csto")),
                            r.destination().id()));
        }
    }

    @Nested
    class Activists {
        @ParameterizedTest
        @ValueSource(strings = {"ru", "en"})
        void areWarnedWhereRefusalsOfEntryAreReported(String language) {
            Chat chat = chat(language)
                    .answer(Citizenship.RUSSIA, Documents.PASSPORT, Set.of(Situation.ACTIVIST), List.of());
            Msg msg = chat.msg();
            chat.assertShows(msg.t("advice.activist"));
            chat.assertShows(Fixtures.georgia().name().in(msg.lang()))
                    .assertShows(Fixtures.serbia().name().in(msg.lang()));
            assertTrue(chat.links().stream().anyMatch(l -> l.url().equals("https://ovd.info")));
            chat.assertShows("help@ovd.info");
            String list = wholeList(chat.pressKey("btn.showList"));
            for (Destination d : List.of(Fixtures.georgia(), Fixtures.serbia())) {
                assertTrue(itemOf(list, d.name().in(msg.lang())).contains(msg.t("warn.refusals")), d.id());
            }
            assertFalse(itemOf(list, Fixtures.germany().name().in(msg.lang())).contains(msg.t("warn.refusals")));
        }

        @Test
        void refusalsComeFromTheExplicitFieldNotFromWording() {
            // Armenia's safety fact speaks of a deserter taken to Russia: no wording is read any more
            Destination armenia = Fixtures.armenia();
            Safety documented = new Safety(
                    armenia.safety().extraditionRisk(),
                    armenia.safety().asylum(),
                    Safety.Refusals.DOCUMENTED,
                    armenia.safety().evidence(),
                    List.of());
            Destination flagged = new Destination(
                    armenia.id(),
                    armenia.flag(),
                    armenia.name(),
                    armenia.aliases(),
                    armenia.region(),
                    armenia.csto(),
                    armenia.verified(),
                    armenia.entry(),
                    armenia.belarus(),
                    armenia.residency(),
                    armenia.banking(),
                    armenia.life(),
                    documented,
                    armenia.help(),
                    armenia.line());
            Answers activist = Answers.NONE
                    .withCitizenship(Citizenship.RUSSIA)
                    .withDocuments(Documents.PASSPORT)
                    .withSituations(java.util.Set.of(Situation.ACTIVIST));
            assertTrue(
                    Ranking.rank(activist, new KnowledgeBase(List.of(flagged), List.of(), List.of()))
                            .getFirst()
                            .parts()
                            .stream()
                            .anyMatch(p -> p.words().key().equals("warn.refusals")));
            assertFalse(
                    Ranking.rank(activist, new KnowledgeBase(List.of(armenia), List.of(), List.of()))
                            .getFirst()
                            .parts()
                            .stream()
                            .anyMatch(p -> p.words().key().equals("warn.refusals")));
        }
    }

    @Nested
    class Belarusians {
        @ParameterizedTest
        @ValueSource(strings = {"ru", "en"})
        void areToldPassportsAreRenewedOnlyInsideBelarus(String language) {
            Chat chat = chat(language).answer(Citizenship.BELARUS, Documents.PASSPORT, Set.of(), List.of());
            Msg msg = chat.msg();
            chat.assertShows(msg.t("advice.belarus"));
            chat.assertShows(
                    Fixtures.rules().getLast().facts().getFirst().text().in(msg.lang()));
            chat.assertShows("baj.media");
        }

        @Test
        void areNotOfferedTheRussianInternalPassport() {
            Chat chat = chat("ru").command("start").pressKey("btn.find").pressKey("opt.citizenship.BELARUS");
            assertFalse(chat.hasButton(chat.msg().plain("opt.documents.INTERNAL_ONLY")));
        }

        @Test
        void getTheBelarusRulesWithoutARuleInTheData() {
            KnowledgeBase bare = new KnowledgeBase(Fixtures.kb().destinations(), List.of(), List.of());
            Chat chat = new Chat(Bots.bot(bare), 3, "ru")
                    .answer(Citizenship.BELARUS, Documents.EXPIRING, Set.of(), List.of());
            chat.assertShows(chat.msg().t("advice.belarus.text"))
                    .assertShows(chat.msg().t("advice.expiring.text"));
        }

        @Test
        void seeUnknownWhereTheDataHasNoBelarusBlock() {
            Chat chat = chat("en").answer(Citizenship.BELARUS, Documents.PASSPORT, Set.of(), List.of());
            String list = wholeList(chat.pressKey("btn.showList"));
            assertTrue(itemOf(list, "Turkey").contains(chat.msg().t("warn.noBelarusData")));
            chat.press("Turkey").assertShows(chat.msg().t("card.forBelarus")).assertShows("unknown");
        }
    }

    @Test
    void onlyTheInternalPassportFiltersAndSaysArmeniaIsByAirOnly() {
        Chat chat = chat("en").answer(Citizenship.RUSSIA, Documents.INTERNAL_ONLY, Set.of(), List.of());
        chat.assertShows(chat.msg().t("advice.internal")).assertShows("Armenia only by air");
        chat.pressKey("btn.showList").assertShows("(1–3 of 3)");
        assertTrue(itemOf(chat.html(), "Armenia").contains(chat.msg().t("warn.internalByAir")));
    }

    @Test
    void familiesGetTheChildrenRule() {
        Chat chat = chat("ru").answer(Citizenship.RUSSIA, Documents.PASSPORT, Set.of(Situation.FAMILY), List.of());
        chat.assertShows(chat.msg().t("advice.family"))
                .assertShows("Детям до 14 лет")
                .assertShows("с 20.01.2026");
    }

    @ParameterizedTest
    @EnumSource(
            value = Situation.class,
            names = {"SOLDIER", "DRAFT_AGE"})
    void helpComesFromTheKnowledgeBaseAndIsSaidEvenWithoutRules(Situation s) {
        KnowledgeBase noRules = new KnowledgeBase(Fixtures.kb().destinations(), Fixtures.help(), List.of());
        Chat chat = new Chat(Bots.bot(noRules), 3, "en")
                .answer(Citizenship.RUSSIA, Documents.PASSPORT, EnumSet.of(s), List.of());
        chat.assertShows(chat.msg().t(s == Situation.SOLDIER ? "advice.soldier" : "advice.draft"));
        assertTrue(chat.links().stream().anyMatch(l -> l.url().equals("https://iditelesom.org")));
    }

    @Test
    void aPlainProfileGoesStraightToTheList() {
        Chat chat = chat("en")
                .answer(Citizenship.RUSSIA, Documents.PASSPORT, Set.of(Situation.REMOTE), List.of(Priority.STAY));
        chat.assertShows("Countries that fit");
        assertEquals(List.of(), chat.links());
    }

    /** Every page of the list, from the page shown, pressing "More" and "Next". */
    static String wholeList(Chat chat) {
        StringBuilder all = new StringBuilder(chat.html());
        for (int page = 1; ; page++) {
            String next = "v=r." + page;
            var more = chat.callbacks().stream()
                    .filter(b -> b.data().endsWith(next))
                    .findFirst();
            if (more.isEmpty()) return all.toString();
            all.append("\n\n").append(chat.press(more.get()).html());
        }
    }

    /** The lines of the list item naming {@code name}, up to the blank line that ends it. */
    static String itemOf(String list, String name) {
        for (String item : list.split("\n\n")) {
            if (item.contains("<b>" + name + "</b>")) return item;
        }
        return "";
    }
}
