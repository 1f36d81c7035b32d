package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.HelpOrganisation;
import app.waypoint.knowledge.HelpOrganisation.Topic;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Lang;
import app.waypoint.knowledge.Rule;
import app.waypoint.knowledge.Safety;
import app.waypoint.knowledge.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The situation-level warnings a user sees before any list, and the organisations that help. Warning texts
 * come from the knowledge base's rules where it has them (so they carry sources and dates), framed by a
 * short text from the message bundle.
 *
 * @param blocks the warnings, gravest first
 * @param help   organisations to contact, in knowledge-base order
 */
record Advice(List<Block> blocks, List<HelpOrganisation> help) {
    Advice {
        blocks = List.copyOf(blocks);
        help = List.copyOf(help);
    }

    /**
     * One warning.
     *
     * @param key   bundle key of the title; {@code key + ".text"} frames the facts
     * @param words the framing text with its arguments
     * @param facts the rules' facts
     */
    record Block(String key, Words words, List<Fact> facts) {
        Block {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(words, "words");
            facts = List.copyOf(facts);
        }
    }

    boolean isEmpty() {
        return blocks.isEmpty() && help.isEmpty();
    }

    static Advice of(Answers a, KnowledgeBase kb) {
        List<Block> blocks = new ArrayList<>();
        Set<Rule> shown = new LinkedHashSet<>();
        Object dangerous = names(kb.destinations().stream()
                .filter(Destination::dangerousForWanted)
                .toList());
        if (a.has(Situation.SOLDIER)) {
            blocks.add(block(
                    "advice.soldier", kb, shown, Set.of(Rule.Topic.CSTO, Rule.Topic.ASYLUM), "countries", dangerous));
        }
        if (a.has(Situation.DRAFT_AGE)) {
            blocks.add(block(
                    "advice.draft",
                    kb,
                    shown,
                    Set.of(Rule.Topic.MOBILISATION, Rule.Topic.CSTO, Rule.Topic.ASYLUM),
                    "countries",
                    dangerous));
        }
        if (a.has(Situation.ACTIVIST)) blocks.add(activist(kb, shown, dangerous));
        if (a.is(Citizenship.BELARUS)) blocks.add(block("advice.belarus", kb, shown, Set.of(Rule.Topic.BELARUS)));
        if (a.is(Documents.EXPIRING))
            blocks.add(new Block("advice.expiring", Words.of("advice.expiring.text"), List.of()));
        if (a.is(Documents.INTERNAL_ONLY)) blocks.add(block("advice.internal", kb, shown, Set.of(Rule.Topic.ENTRY)));
        if (a.has(Situation.FAMILY)) blocks.add(block("advice.family", kb, shown, Set.of(Rule.Topic.CHILDREN)));
        if (a.chosen().contains(Priority.BANKING)) {
            Block cards = block("advice.cards", kb, shown, Set.of(Rule.Topic.CARDS));
            if (!cards.facts().isEmpty()) blocks.add(cards);
        }
        return new Advice(blocks, help(a, kb));
    }

    private static Block block(String key, KnowledgeBase kb, Set<Rule> shown, Set<Rule.Topic> topics, Object... pairs) {
        List<Fact> facts = new ArrayList<>();
        for (Rule rule : kb.rules()) {
            if (topics.contains(rule.topic()) && shown.add(rule)) facts.addAll(rule.effectiveFacts());
        }
        return new Block(key, Words.of(key + ".text", pairs), facts);
    }

    /** Refusals of entry where they are reported, and for people who may be wanted, the CSTO trap's facts. */
    private static Block activist(KnowledgeBase kb, Set<Rule> shown, Object dangerous) {
        List<Destination> refusing = kb.destinations().stream()
                .filter(d -> d.safety().refusesCritics() == Safety.Refusals.DOCUMENTED)
                .toList();
        String key = refusing.isEmpty() ? "advice.activist.text" : "advice.activist.refusals";
        Block csto = block("advice.activist", kb, shown, Set.of(Rule.Topic.CSTO));
        return new Block(
                "advice.activist", Words.of(key, "countries", dangerous, "refusing", names(refusing)), csto.facts());
    }

    private static List<HelpOrganisation> help(Answers a, KnowledgeBase kb) {
        Set<Topic> topics = new LinkedHashSet<>();
        if (a.has(Situation.SOLDIER)) topics.addAll(List.of(Topic.DESERTION, Topic.MOBILISATION));
        if (a.has(Situation.DRAFT_AGE)) topics.add(Topic.MOBILISATION);
        if (a.has(Situation.ACTIVIST)) topics.add(Topic.PERSECUTION);
        if (a.has(Situation.LGBT)) topics.add(Topic.LGBT);
        // General relocation help (shelters, some in CSTO countries) is for activists who are not deserters:
        // a deserter's route goes through the organisations that help deserters.
        if (a.has(Situation.ACTIVIST) && !a.has(Situation.SOLDIER)) topics.add(Topic.RELOCATION);
        return kb.help().stream()
                .filter(h -> h.helps().stream().anyMatch(topics::contains))
                .toList();
    }

    /** "🇦🇲 Armenia, 🇰🇿 Kazakhstan" in both languages, or "—". */
    private static Object names(List<Destination> destinations) {
        if (destinations.isEmpty()) return "—";
        return new Text(joined(destinations, Lang.EN), joined(destinations, Lang.RU));
    }

    private static String joined(List<Destination> destinations, Lang lang) {
        return String.join(
                ", ",
                destinations.stream()
                        .map(d -> d.flag() + " " + d.name().in(lang))
                        .toList());
    }
}
