package app.waypoint.knowledge.load;

import app.waypoint.knowledge.Evidence;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.PartialDate;
import app.waypoint.knowledge.Source;
import app.waypoint.knowledge.Text;
import app.waypoint.knowledge.load.Fields.Presence;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Reads the pieces every block shares: bilingual text, sources, evidence and facts. */
final class FactReader {
    static final List<String> FACT_KEYS = List.of("text", "sources", "checked", "may_change", "since", "until");
    private static final List<String> TEXT_KEYS = List.of("en", "ru");
    private static final List<String> SOURCE_KEYS = List.of("url", "kind", "dated");

    private final Findings findings;
    private final Values values;

    FactReader(Findings findings, Values values) {
        this.findings = findings;
        this.values = values;
    }

    /** {@code {en: ..., ru: ...}}; blank translations are left to the validator, which warns. */
    Text text(YamlNode node, String path) {
        return Fields.open(node, path, findings, TEXT_KEYS)
                .map(f -> {
                    int before = findings.mark();
                    String en = f.required("en", values::anyText);
                    String ru = f.required("ru", values::anyText);
                    return findings.cleanSince(before) ? new Text(en, ru) : null;
                })
                .orElse(null);
    }

    Source source(YamlNode node, String path) {
        return Fields.open(node, path, findings, SOURCE_KEYS)
                .map(f -> {
                    int before = findings.mark();
                    URI url = f.required("url", values::url);
                    Source.Kind kind = f.required("kind", (n, p) -> values.choice(n, p, Source.Kind.class));
                    Optional<PartialDate> dated = f.optional("dated", values::date);
                    return findings.cleanSince(before) ? new Source(url, kind, dated) : null;
                })
                .orElse(null);
    }

    /** The {@code sources} and {@code checked} of a block that vouch for its structured values. */
    Evidence evidence(Fields f) {
        int before = findings.mark();
        List<Source> sources = f.list("sources", Presence.NON_EMPTY, this::source);
        PartialDate checked = f.required("checked", values::date);
        return findings.cleanSince(before) ? new Evidence(sources, checked) : null;
    }

    /** The block's {@code facts}, which may be left out. */
    List<Fact> facts(Fields f) {
        return f.list("facts", Presence.OPTIONAL, this::fact);
    }

    Fact fact(YamlNode node, String path) {
        return Fields.open(node, path, findings, FACT_KEYS).map(this::fact).orElse(null);
    }

    /** A fact's keys read from a mapping that may hold more (a residency route adds {@code kind}). */
    Fact fact(Fields f) {
        int before = findings.mark();
        Text text = f.required("text", this::text);
        List<Source> sources = f.list("sources", Presence.NON_EMPTY, this::source);
        PartialDate checked = f.required("checked", values::date);
        boolean mayChange = f.optional("may_change", values::bool).orElse(false);
        Optional<PartialDate> since = f.optional("since", values::date);
        Optional<PartialDate> until = f.optional("until", values::date);
        return findings.cleanSince(before) ? new Fact(text, sources, checked, mayChange, since, until) : null;
    }
}
