package app.waypoint.knowledge;

import java.util.stream.Collectors;

/**
 * Warns about a fact that rests only on community or commercial sources (guides, forums, blogs, agencies,
 * sellers): it needs an official, media or NGO source, or words of its own saying it is reported, not confirmed.
 */
final class SourceKindCheck implements KnowledgeWalk.Visitor {
    private final Findings findings;

    SourceKindCheck(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void fact(String path, Fact fact) {
        if (fact.sources().isEmpty() || !fact.sources().stream().allMatch(Source::weak)) return;
        String kinds = fact.sources().stream().map(s -> Values.name(s.kind())).distinct().sorted()
                .collect(Collectors.joining(" and "));
        findings.warning(Paths.key(path, "sources"), "the fact rests only on " + kinds + " sources: add an "
                + "official, media or NGO source, or say in its text that it is reported, not confirmed");
    }
}
