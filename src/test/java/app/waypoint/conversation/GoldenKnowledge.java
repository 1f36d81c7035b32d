package app.waypoint.conversation;

import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.load.KnowledgeFile;
import app.waypoint.knowledge.load.KnowledgeLoader;
import app.waypoint.knowledge.load.KnowledgeValidator;
import app.waypoint.knowledge.load.LoadResult;
import java.nio.file.Path;

/**
 * The knowledge base the golden and walk tests run on: the shipped {@code destinations.yml}, loaded by the real
 * loader and validated with this renderer's card measure. A data edit that changes a golden ranking fails the
 * golden test: review the diff, then regenerate with {@code -Dgolden.update=true}.
 */
final class GoldenKnowledge {
    static final Path SHIPPED = Path.of("destinations.yml");
    private static final KnowledgeBase KB = load();

    private GoldenKnowledge() {}

    static KnowledgeBase kb() {
        return KB;
    }

    private static KnowledgeBase load() {
        KnowledgeValidator validator =
                new KnowledgeValidator(Bots.CLOCK, KnowledgeValidator.DEFAULT_STALE_DAYS, Cards::longestMessage);
        return switch (KnowledgeFile.load(SHIPPED, new KnowledgeLoader(validator))) {
            case LoadResult.Loaded loaded -> loaded.knowledge();
            case LoadResult.Failed failed ->
                throw new IllegalStateException(SHIPPED + " does not load: " + failed.problems());
        };
    }
}
