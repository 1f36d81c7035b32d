package app.waypoint.knowledge.load;

import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.Source;
import app.waypoint.knowledge.Text;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Warns about a fact that rests only on community or commercial sources (guides, forums, blogs, agencies,
 * sellers): it needs an official, media or NGO source, or words of its own saying it is reported, not confirmed.
 */
final class SourceKindCheck implements KnowledgeWalk.Visitor {
    /** Words that tell the reader a fact is reported, not confirmed; needed in both languages. */
    private static final Pattern UNCONFIRMED_EN =
            Pattern.compile("(?i)\\b(not (been )?(officially )?confirmed|unconfirmed|not (officially )?verified)\\b");

    private static final Pattern UNCONFIRMED_RU = Pattern.compile("(?iu)(не\\s+подтвержд|неподтвержд|не\\s+проверен)");

    private final Findings findings;

    SourceKindCheck(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void fact(String path, Fact fact) {
        if (fact.sources().isEmpty() || !fact.sources().stream().allMatch(Source::weak)) return;
        if (saysUnconfirmed(fact.text())) return;
        String kinds = fact.sources().stream()
                .map(s -> Values.name(s.kind()))
                .distinct()
                .sorted()
                .collect(Collectors.joining(" and "));
        findings.warning(
                Paths.key(path, "sources"),
                "the fact rests only on " + kinds + " sources: add an "
                        + "official, media or NGO source, or say in its text that it is reported, not confirmed");
    }

    /** True when both languages say the fact is reported, not confirmed: the reader is told, so no warning. */
    static boolean saysUnconfirmed(Text text) {
        return UNCONFIRMED_EN.matcher(text.en()).find()
                && UNCONFIRMED_RU.matcher(text.ru()).find();
    }
}
