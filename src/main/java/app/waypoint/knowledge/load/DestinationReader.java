package app.waypoint.knowledge.load;

import app.waypoint.knowledge.Banking;
import app.waypoint.knowledge.Belarus;
import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Life;
import app.waypoint.knowledge.PartialDate;
import app.waypoint.knowledge.Residency;
import app.waypoint.knowledge.Safety;
import app.waypoint.knowledge.Text;
import app.waypoint.knowledge.load.Fields.Presence;
import java.util.List;
import java.util.Set;

/** Reads one destination and checks that the help organisations it names exist. */
final class DestinationReader {
    private static final List<String> KEYS = List.of(
            "id",
            "flag",
            "name",
            "aliases",
            "region",
            "csto",
            "verified",
            "entry",
            "belarus",
            "residency",
            "banking",
            "life",
            "safety",
            "help");

    private final Findings findings;
    private final Values values;
    private final FactReader facts;
    private final BlockReader blocks;

    DestinationReader(Findings findings, Values values, FactReader facts) {
        this.findings = findings;
        this.values = values;
        this.facts = facts;
        this.blocks = new BlockReader(findings, values, facts);
    }

    Destination destination(YamlNode node, String path, Set<String> helpIds) {
        return Fields.open(node, path, findings, KEYS)
                .map(f -> {
                    int before = findings.mark();
                    String id = f.required("id", values::countryCode);
                    String flag = f.required("flag", values::text);
                    Text name = f.required("name", facts::text);
                    List<String> aliases = f.list("aliases", Presence.OPTIONAL, values::text);
                    Destination.Region region =
                            f.required("region", (n, p) -> values.choice(n, p, Destination.Region.class));
                    Boolean csto = f.required("csto", values::bool);
                    PartialDate verified = f.required("verified", values::date);
                    Entry entry = f.required("entry", blocks::entry);
                    Belarus belarus = f.required("belarus", (n, p) -> blocks.belarus(n, p, entry));
                    Residency residency = f.required("residency", blocks::residency);
                    Banking banking = f.required("banking", blocks::banking);
                    Life life = f.required("life", blocks::life);
                    Safety safety = f.required("safety", blocks::safety);
                    List<String> help = f.list("help", Presence.OPTIONAL, (n, p) -> helpReference(n, p, helpIds));
                    if (!findings.cleanSince(before)) return null;
                    return new Destination(
                            id,
                            flag,
                            name,
                            aliases,
                            region,
                            csto,
                            verified,
                            entry,
                            belarus,
                            residency,
                            banking,
                            life,
                            safety,
                            help,
                            f.at().line());
                })
                .orElse(null);
    }

    private String helpReference(YamlNode node, String path, Set<String> helpIds) {
        String id = values.text(node, path);
        if (id == null || helpIds.contains(id)) return id;
        String hint = Suggest.closest(id, helpIds)
                .map(s -> ": did you mean '" + s + "'?")
                .orElse(
                        helpIds.isEmpty()
                                ? ": the help list is empty"
                                : ": expected one of "
                                        + String.join(
                                                ", ", helpIds.stream().sorted().toList()));
        findings.error(node.at(), path, "unknown help organisation " + Quote.of(id) + hint);
        return null;
    }
}
