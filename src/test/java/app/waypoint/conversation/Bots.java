package app.waypoint.conversation;

import app.waypoint.knowledge.KnowledgeBase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Conversations for tests, at a fixed date. */
final class Bots {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);

    private Bots() {}

    static Waypoint bot() {
        return bot(Fixtures.kb());
    }

    static Waypoint bot(KnowledgeBase kb) {
        return new Waypoint(() -> kb, new ManualTicker(), CLOCK);
    }

    static Chat ru() {
        return new Chat(bot(), 1, "ru");
    }

    static Chat en() {
        return new Chat(bot(), 2, "en-GB");
    }
}
