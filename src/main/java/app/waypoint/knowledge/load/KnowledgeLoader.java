package app.waypoint.knowledge.load;

import app.waypoint.knowledge.KnowledgeBase;
import java.util.Objects;
import java.util.Optional;

/**
 * The front door for turning the text of {@code destinations.yml} into a {@link KnowledgeBase}. Strict on
 * purpose: a typo in a key, a value outside its list or a missing field would otherwise reach people deciding
 * where to flee. Every error of the file is collected, so one run of {@code validate} shows them all; then the
 * validator adds its warnings.
 *
 * <p>Pure: no files, no clock of its own (the validator's). Thread-safe: it keeps no state between loads.
 */
public final class KnowledgeLoader {
    private final KnowledgeValidator validator;

    /** A loader whose results are checked by this validator. */
    public KnowledgeLoader(KnowledgeValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * Loads one file's text.
     *
     * @param fileName the name used in problems, as the maintainer knows it (e.g. {@code destinations.yml})
     * @param yaml     the file's text
     * @return the knowledge base with its warnings, or every problem found
     */
    public LoadResult load(String fileName, String yaml) {
        Objects.requireNonNull(fileName, "fileName");
        Findings findings = new Findings(fileName);
        Optional<KnowledgeBase> knowledge = read(yaml, findings);
        knowledge.ifPresent(kb -> validator.check(kb, findings));
        if (knowledge.isEmpty() || findings.errors() > 0) return new LoadResult.Failed(findings.sorted());
        return new LoadResult.Loaded(knowledge.get(), findings.sorted());
    }

    /** What could be read, even with errors elsewhere; empty when the text is not YAML (reported). */
    private static Optional<KnowledgeBase> read(String yaml, Findings findings) {
        if (tooLarge(yaml, findings)) return Optional.empty();
        return YamlTree.parse(yaml, findings).map(root -> {
            findings.root(root);
            return new KnowledgeReader(findings).read(root);
        });
    }

    private static boolean tooLarge(String yaml, Findings findings) {
        if (yaml.length() <= YamlTree.MAX_CODE_POINTS) return false;
        findings.error(
                Position.FILE,
                "",
                "the file has " + yaml.length() + " characters, more than the " + YamlTree.MAX_CODE_POINTS
                        + " a knowledge base may have");
        return true;
    }
}
