package app.waypoint.knowledge.load;

import app.waypoint.knowledge.Belarus;
import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Evidence;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.HelpOrganisation;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.PartialDate;
import app.waypoint.knowledge.Residency;
import app.waypoint.knowledge.Rule;
import app.waypoint.knowledge.Source;
import app.waypoint.knowledge.Text;
import java.util.List;

/**
 * Visits every piece of the knowledge base that a check may care about, with the key path it was read from,
 * so each check is a small {@link Visitor} and the paths match the loader's.
 */
final class KnowledgeWalk {
    private final Visitor visitor;

    private KnowledgeWalk(Visitor visitor) {
        this.visitor = visitor;
    }

    /** What a check looks at; every method does nothing unless overridden. */
    interface Visitor {
        default void text(String path, Text text) {}

        /** A {@code checked} or {@code verified} date; {@code path} ends with its key. */
        default void date(String path, PartialDate date) {}

        default void source(String path, Source source) {}

        /** A fact, a route's fact included; {@code path} is the fact's. */
        default void fact(String path, Fact fact) {}

        /** An {@code until} date of a fact, route, rule or entry block; {@code path} ends with {@code until}. */
        default void until(String path, PartialDate until) {}

        default void contact(String path, HelpOrganisation.Contact contact) {}
    }

    static void walk(KnowledgeBase kb, Visitor visitor) {
        KnowledgeWalk walk = new KnowledgeWalk(visitor);
        kb.help().forEach(walk::help);
        kb.rules().forEach(walk::rule);
        kb.destinations().forEach(walk::destination);
    }

    private void help(HelpOrganisation h) {
        String path = Paths.id("help", h.id());
        visitor.text(Paths.key(path, "name"), h.name());
        visitor.text(Paths.key(path, "about"), h.about());
        for (int i = 0; i < h.contacts().size(); i++) {
            visitor.contact(
                    Paths.index(Paths.key(path, "contacts"), i), h.contacts().get(i));
        }
        evidence(path, h.evidence());
    }

    private void rule(Rule r) {
        String path = Paths.id("rules", r.id());
        visitor.text(Paths.key(path, "title"), r.title());
        r.until().ifPresent(u -> visitor.until(Paths.key(path, "until"), u));
        facts(Paths.key(path, "facts"), r.facts());
    }

    private void destination(Destination d) {
        String path = Paths.id("destinations", d.id());
        visitor.text(Paths.key(path, "name"), d.name());
        visitor.date(Paths.key(path, "verified"), d.verified());
        entry(Paths.key(path, "entry"), d.entry());
        switch (d.belarus()) {
            case Belarus.Unknown u -> {}
            case Belarus.Own own -> entry(Paths.key(path, "belarus"), own.entry());
            case Belarus.SameAsRussians same -> block(Paths.key(path, "belarus"), same.evidence(), same.facts());
        }
        List<Residency.Route> routes = d.residency().routes();
        for (int i = 0; i < routes.size(); i++) {
            fact(
                    Paths.index(Paths.key(path, "residency.routes"), i),
                    routes.get(i).fact());
        }
        block(Paths.key(path, "banking"), d.banking().evidence(), d.banking().facts());
        block(Paths.key(path, "life"), d.life().evidence(), d.life().facts());
        block(Paths.key(path, "safety"), d.safety().evidence(), d.safety().facts());
    }

    private void entry(String path, Entry entry) {
        entry.until().ifPresent(u -> visitor.until(Paths.key(path, "until"), u));
        block(path, entry.evidence(), entry.facts());
    }

    private void block(String path, Evidence evidence, List<Fact> facts) {
        evidence(path, evidence);
        facts(Paths.key(path, "facts"), facts);
    }

    private void facts(String path, List<Fact> facts) {
        for (int i = 0; i < facts.size(); i++) fact(Paths.index(path, i), facts.get(i));
    }

    private void fact(String path, Fact fact) {
        visitor.text(Paths.key(path, "text"), fact.text());
        visitor.fact(path, fact);
        fact.until().ifPresent(u -> visitor.until(Paths.key(path, "until"), u));
        evidence(path, new Evidence(fact.sources(), fact.checked()));
    }

    private void evidence(String path, Evidence evidence) {
        List<Source> sources = evidence.sources();
        for (int i = 0; i < sources.size(); i++) {
            visitor.source(Paths.index(Paths.key(path, "sources"), i), sources.get(i));
        }
        visitor.date(Paths.key(path, "checked"), evidence.checked());
    }
}
