package app.waypoint.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One immutable version of the knowledge base. Swapped whole on reload, so readers never see half an edit.
 *
 * @param destinations destinations in file order
 * @param help         help organisations
 * @param rules        cross-cutting rules
 */
public record KnowledgeBase(List<Destination> destinations, List<HelpOrganisation> help, List<Rule> rules) {
    public KnowledgeBase {
        destinations = List.copyOf(destinations);
        help = List.copyOf(help);
        rules = List.copyOf(rules);
    }

    /** The destination with this id (lower case), if any. */
    public Optional<Destination> destination(String id) {
        return destinations.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The help organisation with this id, if any. */
    public Optional<HelpOrganisation> helpOrganisation(String id) {
        return help.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    /** The rule with this id, if any. */
    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Destinations by id, in file order. */
    public Map<String, Destination> byId() {
        Map<String, Destination> map = new LinkedHashMap<>();
        destinations.forEach(d -> map.put(d.id(), d));
        return map;
    }
}
