package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.HelpOrganisation;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Lang;
import app.waypoint.knowledge.Rule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every profile that needs a warning gets it, in both languages, on the shipped destinations.yml: after the last
 * question comes the warnings screen (no country offered yet), naming the countries and the rule that matter, with
 * the organisations that help as link buttons on every page; only then the list.
 */
class SafetyWarningsTest {
    private static final KnowledgeBase KB = GoldenKnowledge.kb();

    /** A profile, the warning it must see, the rules whose facts it must read, and who must be offered as help. */
    enum Profile {
        DESERTER(
                Citizenship.RUSSIA,
                Documents.PASSPORT,
                Set.of(Situation.SOLDIER),
                "advice.soldier",
                List.of("csto-trap", "asylum-deserters"),
                List.of("idite-lesom", "connection-ev")),
        DRAFT_AGE(
                Citizenship.RUSSIA,
                Documents.PASSPORT,
                Set.of(Situation.DRAFT_AGE),
                "advice.draft",
                List.of("csto-trap", "asylum-deserters"),
                List.of("idite-lesom", "connection-ev")),
        ACTIVIST(
                Citizenship.RUSSIA,
                Documents.PASSPORT,
                Set.of(Situation.ACTIVIST),
                "advice.activist",
                List.of("csto-trap"),
                List.of("ovd-info", "kovcheg")),
        BELARUSIAN(
                Citizenship.BELARUS,
                Documents.PASSPORT,
                Set.of(),
                "advice.belarus",
                List.of("belarus-passports"),
                List.of()),
        INTERNAL_PASSPORT_ONLY(
                Citizenship.RUSSIA,
                Documents.INTERNAL_ONLY,
                Set.of(),
                "advice.internal",
                List.of("internal-passport"),
                List.of()),
        FAMILY_WITH_CHILDREN(
                Citizenship.RUSSIA,
                Documents.PASSPORT,
                Set.of(Situation.FAMILY),
                "advice.family",
                List.of("children"),
                List.of());

        final Citizenship citizenship;
        final Documents documents;
        final Set<Situation> situations;
        final String warning;
        final List<String> rules;
        final List<String> help;

        Profile(Citizenship c, Documents d, Set<Situation> s, String warning, List<String> rules, List<String> help) {
            this.citizenship = c;
            this.documents = d;
            this.situations = s;
            this.warning = warning;
            this.rules = rules;
            this.help = help;
        }
    }

    static Stream<Arguments> profilesInBothLanguages() {
        return Stream.of(Profile.values()).flatMap(p -> Stream.of(Arguments.of(p, "ru"), Arguments.of(p, "en")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("profilesInBothLanguages")
    void theWarningComesBeforeTheListWithTheRightCountriesRulesAndHelp(Profile profile, String language) {
        Chat chat = new Chat(Bots.bot(KB), 21, language)
                .answer(profile.citizenship, profile.documents, profile.situations, List.of());
        Msg msg = chat.msg();
        Lang lang = msg.lang();
        List<String> expectedLinks =
                profile.help.stream().flatMap(id -> links(id).stream()).toList();
        List<String> expectedNames = profile.help.stream()
                .flatMap(id -> links(id).stream()
                        .map(url -> KB.helpOrganisation(id).orElseThrow().name().in(lang)))
                .toList();
        String listTitle = msg.t("results.header", "from", 1, "to", 1, "total", 1);
        String listHeader = listTitle.substring(0, listTitle.indexOf('('));

        // Every page of the warnings: no country offered, the help buttons on each; then the list.
        StringBuilder warnings = new StringBuilder();
        for (int page = 0; ; page++) {
            if (page == 0)
                assertTrue(chat.html().contains(msg.t("advice.header")), () -> "not the warnings:\n" + chat.html());
            assertFalse(chat.html().contains(listHeader), "no list yet");
            assertTrue(chat.callbacks().stream().noneMatch(b -> b.data().contains("v=d.")), "no country button yet");
            List<Button.Link> links = chat.links();
            assertEquals(expectedLinks, links.stream().map(Button.Link::url).toList(), "help on page " + page);
            for (int i = 0; i < links.size(); i++) {
                assertTrue(
                        links.get(i).label().startsWith("🆘 " + expectedNames.get(i)),
                        links.get(i).label());
            }
            warnings.append(chat.html()).append("\n\n");
            if (!chat.hasButton(msg.plain("btn.next"))) break;
            chat.pressKey("btn.next");
        }
        String all = warnings.toString();
        assertTrue(all.contains("<b>" + msg.t(profile.warning) + "</b>"), () -> profile.warning + " missing:\n" + all);
        for (String id : profile.rules) {
            Rule rule = KB.rules().stream()
                    .filter(r -> r.id().equals(id))
                    .findFirst()
                    .orElseThrow();
            for (Fact fact : rule.facts()) {
                String text = Html.escape(fact.text().in(lang));
                assertTrue(all.contains(text), () -> "rule " + id + " not said:\n" + text + "\nin:\n" + all);
            }
        }
        for (String name : countriesNamed(profile, lang)) {
            assertTrue(all.contains(name), () -> name + " not named:\n" + all);
        }
        if (!profile.help.isEmpty()) assertTrue(all.contains(msg.t("advice.help")), all);
        for (String id : profile.help) {
            HelpOrganisation h = KB.helpOrganisation(id).orElseThrow();
            assertTrue(all.contains(Html.bold(h.name().in(lang)).markup()), () -> id + " not described:\n" + all);
            h.contacts().stream()
                    .filter(c -> c.kind() == HelpOrganisation.ContactKind.EMAIL)
                    .forEach(c -> assertTrue(all.contains(c.value()), c.value()));
        }
        if (profile == Profile.DRAFT_AGE) {
            assertTrue(
                    all.contains(
                            lang == Lang.RU ? "со дня направления повестки" : "starts on the day the notice is sent"),
                    "what changed at the border: the exit ban");
            assertTrue(all.contains(lang == Lang.RU ? "от 18 до 30 лет" : "18 to 30"), "what changed: the draft age");
            assertTrue(all.contains(lang == Lang.RU ? "запрещён выезд из России" : "banned from leaving Russia"), all);
        }

        chat.pressKey("btn.showList");
        assertTrue(chat.html().startsWith(listHeader), () -> "then the list:\n" + chat.html());
        assertTrue(chat.callbacks().stream().anyMatch(b -> b.data().contains("v=d.")), "countries now");
    }

    /** A deserter who is also an activist gets the deserters' and the activists' help, not general relocation. */
    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void aDeserterWhoIsAnActivistIsNotSentToGeneralRelocationHelp(String language) {
        Chat chat = new Chat(Bots.bot(KB), 22, language)
                .answer(
                        Citizenship.RUSSIA,
                        Documents.PASSPORT,
                        Set.of(Situation.SOLDIER, Situation.ACTIVIST),
                        List.of());
        List<String> expected = Stream.of("idite-lesom", "ovd-info", "connection-ev")
                .flatMap(id -> links(id).stream())
                .toList();
        assertEquals(expected, chat.links().stream().map(Button.Link::url).toList());
        StringBuilder pages = new StringBuilder(chat.html());
        while (chat.hasButton(chat.msg().plain("btn.next"))) { // the warnings may take more than one page
            chat.pressKey("btn.next");
            assertEquals(expected, chat.links().stream().map(Button.Link::url).toList(), "help on every page");
            pages.append(chat.html());
        }
        assertTrue(pages.toString().contains(chat.msg().t("advice.soldier")), pages::toString);
        assertTrue(pages.toString().contains(chat.msg().t("advice.activist")), pages::toString);
    }

    /** The names of the countries the warning must name, as the screen writes them. */
    private static List<String> countriesNamed(Profile profile, Lang lang) {
        List<Destination> named = new ArrayList<>();
        switch (profile) {
            case DESERTER, DRAFT_AGE ->
                named.addAll(KB.destinations().stream()
                        .filter(Destination::dangerousForWanted)
                        .toList());
            case ACTIVIST -> {
                named.addAll(KB.destinations().stream()
                        .filter(Destination::dangerousForWanted)
                        .toList());
                named.addAll(KB.destinations().stream()
                        .filter(d -> d.safety().refusesCritics() == app.waypoint.knowledge.Safety.Refusals.DOCUMENTED)
                        .toList());
            }
            default -> {}
        }
        Set<String> names = new LinkedHashSet<>();
        for (Destination d : named) names.add(d.flag() + " " + d.name().in(lang));
        if (profile == Profile.DESERTER || profile == Profile.DRAFT_AGE || profile == Profile.ACTIVIST) {
            assertTrue(names.size() >= 4, "the CSTO members at least: " + names);
        }
        return List.copyOf(names);
    }

    /** The link-button addresses of an organisation's web and Telegram contacts. */
    private static List<String> links(String id) {
        return KB.helpOrganisation(id).orElseThrow().contacts().stream()
                .flatMap(c -> Links.url(c).stream())
                .toList();
    }
}
