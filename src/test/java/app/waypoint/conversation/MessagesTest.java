package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.Banking;
import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.HelpOrganisation;
import app.waypoint.knowledge.Lang;
import app.waypoint.knowledge.Life;
import app.waypoint.knowledge.Residency;
import app.waypoint.knowledge.Safety;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {
    static final Map<String, String> EN = Messages.read(Messages.path(Lang.EN));
    static final Map<String, String> RU = Messages.read(Messages.path(Lang.RU));

    @Test
    void bothBundlesHaveTheSameKeys() {
        TreeSet<String> onlyEn = new TreeSet<>(EN.keySet());
        onlyEn.removeAll(RU.keySet());
        TreeSet<String> onlyRu = new TreeSet<>(RU.keySet());
        onlyRu.removeAll(EN.keySet());
        assertEquals(List.of(), List.copyOf(onlyEn), "keys only in English");
        assertEquals(List.of(), List.copyOf(onlyRu), "keys only in Russian");
    }

    @Test
    void everyTextIsTelegramHtmlAndLabelsArePlain() {
        for (Map<String, String> bundle : List.of(EN, RU)) {
            bundle.forEach((key, text) -> {
                assertFalse(text.isBlank(), key);
                TelegramHtml.checkMarkup(text.replaceAll("\\{[a-zA-Z]+}", "x"));
                if (key.startsWith("btn.")
                        || key.startsWith("opt.")
                        || key.startsWith("tab.")
                        || key.startsWith("notice.")) {
                    assertFalse(text.contains("<"), () -> "a label has a tag: " + key);
                    assertTrue(text.length() <= 200, key);
                }
            });
        }
    }

    @Test
    void placeholdersAgreeBetweenLanguages() {
        EN.forEach((key, text) -> assertEquals(placeholders(text), placeholders(RU.get(key)), key));
    }

    @Test
    void everyEnumValueShownToUsersHasAText() {
        List<String> keys = new ArrayList<>();
        for (var v : Banking.Access.values()) keys.addAll(List.of("access." + v, "reason.bank." + v));
        for (var v : Life.Russian.values()) keys.addAll(List.of("russian." + v, "reason.russian." + v));
        for (var v : Life.Cost.values()) keys.addAll(List.of("cost." + v, "reason.cost." + v));
        for (var v : Residency.Level.values()) keys.addAll(List.of("level." + v, "reason.permanent." + v));
        for (var v : Residency.RouteKind.values()) keys.addAll(List.of("route." + v, "kind." + v));
        for (var v : Safety.Risk.values()) keys.add("risk." + v);
        for (var v : Safety.Asylum.values()) keys.addAll(List.of("asylum." + v, "reason.asylum." + v));
        for (var v : Entry.Visa.values()) keys.add("visa." + v);
        for (var v : Entry.Document.values()) keys.add("doc." + v);
        for (var v : Safety.Refusals.values()) keys.add("refusals." + v);
        for (var v : Destination.Region.values()) keys.add("region." + v);
        for (var v : HelpOrganisation.ContactKind.values()) keys.add("contact." + v);
        for (var v : Section.values()) keys.addAll(List.of("section." + v, "tab." + v));
        for (var v : Step.values()) keys.add("q." + v);
        for (var v : Citizenship.values()) keys.add("opt.citizenship." + v);
        for (var v : Documents.values()) keys.add("opt.documents." + v);
        for (var v : Situation.values()) keys.add("opt.situation." + v);
        for (var v : Priority.values()) keys.add("opt.priority." + v);
        for (String form : List.of("one", "few", "many")) {
            keys.addAll(List.of("unit.days." + form, "count.messages." + form, "count.destinations." + form));
        }
        for (String key : keys) assertTrue(EN.containsKey(key), key);
    }

    @Test
    void russianPluralsFollowRussianRules() {
        Msg ru = Messages.bundled().in(Lang.RU);
        assertEquals("1 день", ru.plural("unit.days", 1));
        assertEquals("21 день", ru.plural("unit.days", 21));
        assertEquals("3 дня", ru.plural("unit.days", 3));
        assertEquals("11 дней", ru.plural("unit.days", 11));
        assertEquals("12 дней", ru.plural("unit.days", 12));
        assertEquals("90 дней", ru.plural("unit.days", 90));
        assertEquals("1 day", Messages.bundled().in(Lang.EN).plural("unit.days", 1));
        assertEquals("45 days", Messages.bundled().in(Lang.EN).plural("unit.days", 45));
    }

    @Test
    void valuesAreEscapedOnceAndNeverFilledTwice() {
        Msg en = Messages.bundled().in(Lang.EN);
        assertEquals("<b>Trinidad &amp; {region}</b>", en.t("browse.region", "region", "Trinidad & {region}"));
        assertEquals("Trinidad & Tobago (2)", en.plain("btn.region", "region", "Trinidad & Tobago", "n", 2));
        assertEquals("[[no.such.key]]", en.t("no.such.key"));
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> names = new TreeSet<>();
        var m = java.util.regex.Pattern.compile("\\{([a-zA-Z]+)}").matcher(text);
        while (m.find()) names.add(m.group(1));
        return names;
    }
}
