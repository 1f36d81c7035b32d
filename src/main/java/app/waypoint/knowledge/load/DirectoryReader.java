package app.waypoint.knowledge.load;

import app.waypoint.knowledge.Evidence;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.HelpOrganisation;
import app.waypoint.knowledge.HelpOrganisation.Contact;
import app.waypoint.knowledge.HelpOrganisation.ContactKind;
import app.waypoint.knowledge.HelpOrganisation.Topic;
import app.waypoint.knowledge.PartialDate;
import app.waypoint.knowledge.Rule;
import app.waypoint.knowledge.Text;
import app.waypoint.knowledge.load.Fields.Presence;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the entries that are not countries: help organisations and cross-cutting rules. */
final class DirectoryReader {
    private static final List<String> HELP_KEYS =
            List.of("id", "name", "helps", "about", "contacts", "sources", "checked");
    private static final List<String> CONTACT_KEYS = List.of("kind", "value");
    private static final List<String> RULE_KEYS = List.of("id", "topic", "title", "until", "facts");

    private final Findings findings;
    private final Values values;
    private final FactReader facts;

    DirectoryReader(Findings findings, Values values, FactReader facts) {
        this.findings = findings;
        this.values = values;
        this.facts = facts;
    }

    HelpOrganisation help(YamlNode node, String path) {
        return Fields.open(node, path, findings, HELP_KEYS)
                .map(f -> {
                    int before = findings.mark();
                    String id = f.required("id", values::slug);
                    Text name = f.required("name", facts::text);
                    Set<Topic> helps =
                            Set.copyOf(f.list("helps", Presence.NON_EMPTY, (n, p) -> values.choice(n, p, Topic.class)));
                    Text about = f.required("about", facts::text);
                    List<Contact> contacts = f.list("contacts", Presence.NON_EMPTY, this::contact);
                    Evidence evidence = facts.evidence(f);
                    return findings.cleanSince(before)
                            ? new HelpOrganisation(id, name, helps, about, contacts, evidence)
                            : null;
                })
                .orElse(null);
    }

    private Contact contact(YamlNode node, String path) {
        return Fields.open(node, path, findings, CONTACT_KEYS)
                .map(f -> {
                    int before = findings.mark();
                    ContactKind kind = f.required("kind", (n, p) -> values.choice(n, p, ContactKind.class));
                    String value = f.required("value", values::text);
                    return findings.cleanSince(before) ? new Contact(kind, value) : null;
                })
                .orElse(null);
    }

    Rule rule(YamlNode node, String path) {
        return Fields.open(node, path, findings, RULE_KEYS)
                .map(f -> {
                    int before = findings.mark();
                    String id = f.required("id", values::slug);
                    Rule.Topic topic = f.required("topic", (n, p) -> values.choice(n, p, Rule.Topic.class));
                    Text title = f.required("title", facts::text);
                    Optional<PartialDate> until = f.optional("until", values::date);
                    List<Fact> list = f.list("facts", Presence.NON_EMPTY, facts::fact);
                    return findings.cleanSince(before) ? new Rule(id, topic, title, list, until) : null;
                })
                .orElse(null);
    }
}
