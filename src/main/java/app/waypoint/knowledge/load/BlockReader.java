package app.waypoint.knowledge.load;

import app.waypoint.knowledge.Banking;
import app.waypoint.knowledge.Belarus;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Entry.Document;
import app.waypoint.knowledge.Entry.InternalPassportBy;
import app.waypoint.knowledge.Evidence;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.Life;
import app.waypoint.knowledge.PartialDate;
import app.waypoint.knowledge.Residency;
import app.waypoint.knowledge.Safety;
import app.waypoint.knowledge.Stay;
import app.waypoint.knowledge.load.Fields.Presence;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads the blocks of a destination: entry, belarus, residency, banking, life and safety. */
final class BlockReader {
    private static final List<String> ENTRY_KEYS =
            List.of("documents", "internal_passport_by", "visa", "stay", "until", "sources", "checked", "facts");
    private static final List<String> BELARUS_KEYS = List.of("visa", "stay", "until", "sources", "checked", "facts");
    private static final String SAME_AS_RUSSIANS = "same_as_russians";
    private static final List<String> RESIDENCY_KEYS = List.of("routes", "path_to_permanent", "by_descent");
    private static final List<String> ROUTE_KEYS =
            List.of("kind", "text", "sources", "checked", "may_change", "since", "until");
    private static final List<String> BANKING_KEYS = List.of("account", "sources", "checked", "facts");
    private static final List<String> LIFE_KEYS =
            List.of("russian", "cost", "cost_index", "sources", "checked", "facts");
    private static final List<String> SAFETY_KEYS =
            List.of("extradition_risk", "asylum", "refuses_critics", "sources", "checked", "facts");

    private final Findings findings;
    private final Values values;
    private final FactReader facts;
    private final StayReader stays;

    BlockReader(Findings findings, Values values, FactReader facts) {
        this.findings = findings;
        this.values = values;
        this.facts = facts;
        this.stays = new StayReader(findings, values);
    }

    /** Entry for citizens of Russia. */
    Entry entry(YamlNode node, String path) {
        return Fields.open(node, path, findings, ENTRY_KEYS)
                .map(f -> {
                    int before = findings.mark();
                    Set<Document> documents = Set.copyOf(
                            f.list("documents", Presence.NON_EMPTY, (n, p) -> values.choice(n, p, Document.class)));
                    Optional<InternalPassportBy> by = internalPassportBy(f, documents, findings.cleanSince(before));
                    Entry entry = visaAndStay(f, documents, by, List.of());
                    return findings.cleanSince(before) ? entry : null;
                })
                .orElse(null);
    }

    /**
     * Entry for citizens of Belarus: {@code unknown}, or a mapping whose {@code visa} is a regime of its own (then
     * read like the Russian entry, without documents) or {@code same_as_russians} (then without stay or until).
     */
    Belarus belarus(YamlNode node, String path, Entry russian) {
        if (node instanceof YamlNode.Scalar s) {
            if (s.text().equals(StayReader.UNKNOWN)) return new Belarus.Unknown();
            findings.error(
                    node.at(),
                    path,
                    "expected 'unknown' or a mapping with visa, sources and checked, found " + node.describe());
            return null;
        }
        return Fields.open(node, path, findings, BELARUS_KEYS)
                .map(f -> {
                    boolean same = f.optional("visa", (n, p) -> n instanceof YamlNode.Scalar s ? s.text() : null)
                            .filter(SAME_AS_RUSSIANS::equals)
                            .isPresent();
                    if (!same) {
                        Entry entry = visaAndStay(f, Set.of(), Optional.empty(), List.of(SAME_AS_RUSSIANS));
                        return entry == null ? null : (Belarus) new Belarus.Own(entry);
                    }
                    int before = findings.mark();
                    for (String key : List.of("stay", "until")) {
                        if (f.has(key))
                            findings.error(
                                    f.at(key),
                                    f.path(key),
                                    "leave " + key + " out when visa is " + SAME_AS_RUSSIANS + ": the entry block's "
                                            + key + " applies");
                    }
                    Evidence evidence = facts.evidence(f);
                    List<Fact> list = facts.facts(f);
                    return findings.cleanSince(before) ? new Belarus.SameAsRussians(evidence, list) : null;
                })
                .orElse(null);
    }

    /** Present exactly when the documents include the internal passport; not judged when documents are wrong. */
    private Optional<InternalPassportBy> internalPassportBy(Fields f, Set<Document> documents, boolean documentsRead) {
        Optional<InternalPassportBy> by =
                f.optional("internal_passport_by", (n, p) -> values.choice(n, p, InternalPassportBy.class));
        if (!documentsRead) return by;
        boolean internal = documents.contains(Document.INTERNAL_PASSPORT);
        if (internal && !f.has("internal_passport_by")) {
            findings.error(
                    f.at(),
                    f.path(),
                    "missing required key 'internal_passport_by': documents include "
                            + "internal_passport, so say how it is accepted (any, air)");
        }
        if (!internal && f.has("internal_passport_by")) {
            findings.error(
                    f.at("internal_passport_by"),
                    f.path("internal_passport_by"),
                    "only allowed when documents include internal_passport: remove it or add internal_passport");
        }
        return by;
    }

    private Entry visaAndStay(
            Fields f, Set<Document> documents, Optional<InternalPassportBy> by, List<String> alsoAllowed) {
        int before = findings.mark();
        Entry.Visa visa = f.required("visa", (n, p) -> values.choice(n, p, Entry.Visa.class, alsoAllowed));
        Optional<Stay> stay = f.optional("stay", stays::stay);
        if (visa == Entry.Visa.VISA_REQUIRED && stay.isPresent()) {
            findings.error(
                    f.at("stay"),
                    f.path("stay"),
                    "leave stay out when visa is visa_required: it says how long one may stay without papers");
        }
        Optional<PartialDate> until = f.optional("until", values::date);
        Evidence evidence = facts.evidence(f);
        List<Fact> list = facts.facts(f);
        if (!findings.cleanSince(before)) return null;
        return new Entry(documents, by, visa, stay.orElse(Stay.UNKNOWN), until, evidence, list);
    }

    Residency residency(YamlNode node, String path) {
        return Fields.open(node, path, findings, RESIDENCY_KEYS)
                .map(f -> {
                    int before = findings.mark();
                    List<Residency.Route> routes = f.list("routes", Presence.REQUIRED, this::route);
                    Residency.Level level =
                            f.required("path_to_permanent", (n, p) -> values.choice(n, p, Residency.Level.class));
                    List<Residency.Descent> descent = f.list(
                            "by_descent", Presence.OPTIONAL, (n, p) -> values.choice(n, p, Residency.Descent.class));
                    return findings.cleanSince(before) ? new Residency(routes, level, Set.copyOf(descent)) : null;
                })
                .orElse(null);
    }

    private Residency.Route route(YamlNode node, String path) {
        return Fields.open(node, path, findings, ROUTE_KEYS)
                .map(f -> {
                    int before = findings.mark();
                    Residency.RouteKind kind =
                            f.required("kind", (n, p) -> values.choice(n, p, Residency.RouteKind.class));
                    Fact fact = facts.fact(f);
                    return findings.cleanSince(before) ? new Residency.Route(kind, fact) : null;
                })
                .orElse(null);
    }

    Banking banking(YamlNode node, String path) {
        return Fields.open(node, path, findings, BANKING_KEYS)
                .map(f -> {
                    int before = findings.mark();
                    Banking.Access account = f.required("account", (n, p) -> values.choice(n, p, Banking.Access.class));
                    Evidence evidence = facts.evidence(f);
                    List<Fact> list = facts.facts(f);
                    return findings.cleanSince(before) ? new Banking(account, evidence, list) : null;
                })
                .orElse(null);
    }

    Life life(YamlNode node, String path) {
        return Fields.open(node, path, findings, LIFE_KEYS)
                .map(f -> {
                    int before = findings.mark();
                    Life.Russian russian = f.required("russian", (n, p) -> values.choice(n, p, Life.Russian.class));
                    Life.Cost cost = f.required("cost", (n, p) -> values.choice(n, p, Life.Cost.class));
                    Optional<Double> index = f.optional("cost_index", values::decimal);
                    Evidence evidence = facts.evidence(f);
                    List<Fact> list = facts.facts(f);
                    if (!findings.cleanSince(before)) return null;
                    OptionalDouble costIndex = index.map(OptionalDouble::of).orElse(OptionalDouble.empty());
                    return new Life(russian, cost, costIndex, evidence, list);
                })
                .orElse(null);
    }

    Safety safety(YamlNode node, String path) {
        return Fields.open(node, path, findings, SAFETY_KEYS)
                .map(f -> {
                    int before = findings.mark();
                    Safety.Risk risk = f.required("extradition_risk", (n, p) -> values.choice(n, p, Safety.Risk.class));
                    Safety.Asylum asylum = f.required("asylum", (n, p) -> values.choice(n, p, Safety.Asylum.class));
                    Safety.Refusals refusals =
                            f.required("refuses_critics", (n, p) -> values.choice(n, p, Safety.Refusals.class));
                    Evidence evidence = facts.evidence(f);
                    List<Fact> list = facts.facts(f);
                    return findings.cleanSince(before) ? new Safety(risk, asylum, refusals, evidence, list) : null;
                })
                .orElse(null);
    }
}
