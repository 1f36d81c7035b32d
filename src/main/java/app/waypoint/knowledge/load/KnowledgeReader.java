package app.waypoint.knowledge.load;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.HelpOrganisation;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Rule;
import app.waypoint.knowledge.load.Fields.Presence;
import java.util.List;
import java.util.Optional;

/**
 * Maps the YAML tree to the records by hand, collecting every error of the file. What could be read is returned
 * even when other parts are wrong, so the validator can still warn about it; the loader decides from the error
 * count whether the result may be used.
 */
final class KnowledgeReader {
    static final String SCHEMA_VERSION = "2";
    private static final List<String> ROOT_KEYS = List.of("schema_version", "help", "rules", "destinations");

    private final Findings findings;
    private final Values values;
    private final FactReader facts;

    KnowledgeReader(Findings findings) {
        this.findings = findings;
        this.values = new Values(findings);
        this.facts = new FactReader(findings, values);
    }

    KnowledgeBase read(YamlNode root) {
        Optional<Fields> open = Fields.open(root, "", findings, ROOT_KEYS);
        if (open.isEmpty()) return new KnowledgeBase(List.of(), List.of(), List.of());
        Fields f = open.get();
        f.required("schema_version", this::schemaVersion);
        DirectoryReader directory = new DirectoryReader(findings, values, facts);
        Ids helpIds = new Ids("help organisation", findings);
        List<HelpOrganisation> help = f.keyedList("help", Presence.OPTIONAL, (n, p) -> {
            helpIds.record(n, p);
            return directory.help(n, p);
        });
        Ids ruleIds = new Ids("rule", findings);
        List<Rule> rules = f.keyedList("rules", Presence.OPTIONAL, (n, p) -> {
            ruleIds.record(n, p);
            return directory.rule(n, p);
        });
        DestinationReader reader = new DestinationReader(findings, values, facts);
        Ids destinationIds = new Ids("destination", findings);
        List<Destination> destinations = f.keyedList("destinations", Presence.REQUIRED, (n, p) -> {
            destinationIds.record(n, p);
            return reader.destination(n, p, helpIds.known());
        });
        return new KnowledgeBase(destinations, help, rules);
    }

    private String schemaVersion(YamlNode node, String path) {
        String version = values.anyText(node, path);
        if (version == null || version.equals(SCHEMA_VERSION)) return version;
        findings.error(
                node.at(),
                path,
                "expected " + SCHEMA_VERSION + " (the version this loader reads), found " + node.describe());
        return null;
    }
}
