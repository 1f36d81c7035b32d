package app.waypoint.knowledge;

import app.waypoint.knowledge.Entry.Document;
import app.waypoint.knowledge.Entry.InternalPassportBy;
import app.waypoint.knowledge.Fields.Presence;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Reads the blocks of a destination: entry, belarus, residency, banking, life and safety. */
final class BlockReader {
    private static final List<String> ENTRY_KEYS = List.of("documents", "internal_passport_by", "visa", "stay_days",
            "stay_rule", "sources", "checked", "facts");
    private static final List<String> BELARUS_KEYS = List.of("visa", "stay_days", "stay_rule", "sources", "checked",
            "facts");
    private static final List<String> RESIDENCY_KEYS = List.of("routes", "path_to_permanent");
    private static final List<String> ROUTE_KEYS = List.of("kind", "text", "sources", "checked", "may_change", "since");
    private static final List<String> BANKING_KEYS = List.of("account", "sources", "checked", "facts");
    private static final List<String> LIFE_KEYS = List.of("russian", "cost", "cost_index", "sources", "checked", "facts");
    private static final List<String> SAFETY_KEYS = List.of("extradition_risk", "asylum", "sources", "checked", "facts");

    private final Findings findings;
    private final Values values;
    private final FactReader facts;

    BlockReader(Findings findings, Values values, FactReader facts) {
        this.findings = findings;
        this.values = values;
        this.facts = facts;
    }

    /** Entry for citizens of Russia. */
    Entry entry(YamlNode node, String path) {
        return Fields.open(node, path, findings, ENTRY_KEYS).map(f -> {
            int before = findings.mark();
            Set<Document> documents = Set.copyOf(f.list("documents", Presence.NON_EMPTY,
                    (n, p) -> values.choice(n, p, Document.class)));
            Optional<InternalPassportBy> by = internalPassportBy(f, documents, findings.cleanSince(before));
            Entry entry = visaAndStay(f, documents, by);
            return findings.cleanSince(before) ? entry : null;
        }).orElse(null);
    }

    /** Entry for citizens of Belarus: the same, without documents. */
    Entry belarus(YamlNode node, String path) {
        return Fields.open(node, path, findings, BELARUS_KEYS)
                .map(f -> visaAndStay(f, Set.of(), Optional.empty()))
                .orElse(null);
    }

    /** Present exactly when the documents include the internal passport; not judged when documents are wrong. */
    private Optional<InternalPassportBy> internalPassportBy(Fields f, Set<Document> documents, boolean documentsRead) {
        Optional<InternalPassportBy> by = f.optional("internal_passport_by",
                (n, p) -> values.choice(n, p, InternalPassportBy.class));
        if (!documentsRead) return by;
        boolean internal = documents.contains(Document.INTERNAL_PASSPORT);
        if (internal && !f.has("internal_passport_by")) {
            findings.error(f.at(), f.path(), "missing required key 'internal_passport_by': documents include "
                    + "internal_passport, so say how it is accepted (any, air)");
        }
        if (!internal && f.has("internal_passport_by")) {
            findings.error(f.at("internal_passport_by"), f.path("internal_passport_by"),
                    "only allowed when documents include internal_passport: remove it or add internal_passport");
        }
        return by;
    }

    private Entry visaAndStay(Fields f, Set<Document> documents, Optional<InternalPassportBy> by) {
        int before = findings.mark();
        Entry.Visa visa = f.required("visa", (n, p) -> values.choice(n, p, Entry.Visa.class));
        Optional<Integer> stayDays = f.optional("stay_days", values::days);
        if (visa == Entry.Visa.VISA_REQUIRED && stayDays.isPresent()) {
            findings.error(f.at("stay_days"), f.path("stay_days"),
                    "leave stay_days out when visa is visa_required: it counts visa-free days");
        }
        Entry.StayRule rule = f.required("stay_rule", (n, p) -> values.choice(n, p, Entry.StayRule.class));
        Evidence evidence = facts.evidence(f);
        List<Fact> list = facts.facts(f);
        if (!findings.cleanSince(before)) return null;
        OptionalInt days = stayDays.map(OptionalInt::of).orElse(OptionalInt.empty());
        return new Entry(documents, by, visa, days, rule, evidence, list);
    }

    Residency residency(YamlNode node, String path) {
        return Fields.open(node, path, findings, RESIDENCY_KEYS).map(f -> {
            int before = findings.mark();
            List<Residency.Route> routes = f.list("routes", Presence.REQUIRED, this::route);
            Residency.Level level = f.required("path_to_permanent",
                    (n, p) -> values.choice(n, p, Residency.Level.class));
            return findings.cleanSince(before) ? new Residency(routes, level) : null;
        }).orElse(null);
    }

    private Residency.Route route(YamlNode node, String path) {
        return Fields.open(node, path, findings, ROUTE_KEYS).map(f -> {
            int before = findings.mark();
            Residency.RouteKind kind = f.required("kind", (n, p) -> values.choice(n, p, Residency.RouteKind.class));
            Fact fact = facts.fact(f);
            return findings.cleanSince(before) ? new Residency.Route(kind, fact) : null;
        }).orElse(null);
    }

    Banking banking(YamlNode node, String path) {
        return Fields.open(node, path, findings, BANKING_KEYS).map(f -> {
            int before = findings.mark();
            Banking.Access account = f.required("account", (n, p) -> values.choice(n, p, Banking.Access.class));
            Evidence evidence = facts.evidence(f);
            List<Fact> list = facts.facts(f);
            return findings.cleanSince(before) ? new Banking(account, evidence, list) : null;
        }).orElse(null);
    }

    Life life(YamlNode node, String path) {
        return Fields.open(node, path, findings, LIFE_KEYS).map(f -> {
            int before = findings.mark();
            Life.Russian russian = f.required("russian", (n, p) -> values.choice(n, p, Life.Russian.class));
            Life.Cost cost = f.required("cost", (n, p) -> values.choice(n, p, Life.Cost.class));
            Optional<Double> index = f.optional("cost_index", values::decimal);
            Evidence evidence = facts.evidence(f);
            List<Fact> list = facts.facts(f);
            if (!findings.cleanSince(before)) return null;
            OptionalDouble costIndex = index.map(OptionalDouble::of).orElse(OptionalDouble.empty());
            return new Life(russian, cost, costIndex, evidence, list);
        }).orElse(null);
    }

    Safety safety(YamlNode node, String path) {
        return Fields.open(node, path, findings, SAFETY_KEYS).map(f -> {
            int before = findings.mark();
            Safety.Risk risk = f.required("extradition_risk", (n, p) -> values.choice(n, p, Safety.Risk.class));
            Safety.Asylum asylum = f.required("asylum", (n, p) -> values.choice(n, p, Safety.Asylum.class));
            Evidence evidence = facts.evidence(f);
            List<Fact> list = facts.facts(f);
            return findings.cleanSince(before) ? new Safety(risk, asylum, evidence, list) : null;
        }).orElse(null);
    }
}
