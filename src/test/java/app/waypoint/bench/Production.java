package app.waypoint.bench;

import app.waypoint.admin.AdminCommands;
import app.waypoint.admin.Stats;
import app.waypoint.conversation.Cards;
import app.waypoint.conversation.Conversation;
import app.waypoint.conversation.Waypoint;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.load.KnowledgeFile;
import app.waypoint.knowledge.load.KnowledgeLoader;
import app.waypoint.knowledge.load.KnowledgeValidator;
import app.waypoint.knowledge.load.LiveKnowledge;
import app.waypoint.knowledge.load.LoadResult;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Supplier;

/** The pieces as the bot wires them (cli.App): the loader, the live knowledge base and the conversation. */
final class Production {
    /** The generated knowledge bases' check dates (2026-03) are fresh on this day, as in the tests. */
    static final Clock APRIL_2026 = Clock.fixed(Instant.parse("2026-04-15T12:00:00Z"), ZoneOffset.UTC);

    private Production() {}

    /** The shipped knowledge base (the working directory's destinations.yml unless -Dbench.destinations). */
    static Path shippedFile() {
        return Path.of(System.getProperty("bench.destinations", "destinations.yml"))
                .toAbsolutePath();
    }

    /** The loader with the bot's validator: real card measure, default staleness limit. */
    static KnowledgeLoader loader(Clock clock) {
        return new KnowledgeLoader(
                new KnowledgeValidator(clock, KnowledgeValidator.DEFAULT_STALE_DAYS, Cards::longestMessage));
    }

    static LiveKnowledge shipped() {
        return LiveKnowledge.open(shippedFile(), loader(Clock.systemUTC()), result -> {});
    }

    static KnowledgeBase load(Path file, Clock clock) {
        return switch (KnowledgeFile.load(file, loader(clock))) {
            case LoadResult.Loaded loaded -> loaded.knowledge();
            case LoadResult.Failed failed ->
                throw new IllegalStateException(file + " does not load: "
                        + failed.problems()
                                .subList(0, Math.min(5, failed.problems().size())));
        };
    }

    /** The conversation exactly as the bot runs it: the core behind the maintainers' commands and counters. */
    static Conversation conversation(LiveKnowledge kb) {
        Clock clock = Clock.systemUTC();
        Stats stats = new Stats(clock);
        Conversation core = new Waypoint(kb, Ticker.systemTicker(), clock, stats::cardViewed);
        return new AdminCommands(core, Set.of(), kb, stats, clock, KnowledgeValidator.DEFAULT_STALE_DAYS);
    }

    /** The bare core on any knowledge base (for sizes the loader would refuse). */
    static Conversation core(Supplier<KnowledgeBase> kb, Clock clock) {
        return new Waypoint(kb, Ticker.systemTicker(), clock);
    }
}
