package app.waypoint.conversation;

import app.waypoint.knowledge.KnowledgeBase;

/**
 * The knowledge base the golden and walk tests run on. Until the loader and the real destinations.yml land
 * in main, it is the fixture built in Java; then it becomes the real file.
 */
final class GoldenKnowledge {
    private static final KnowledgeBase KB = Fixtures.kb();

    private GoldenKnowledge() {
    }

    static KnowledgeBase kb() {
        return KB;
    }
}
