package app.waypoint.cli;

import app.waypoint.config.Config;
import app.waypoint.conversation.Conversation;
import app.waypoint.knowledge.load.KnowledgeLoader;
import app.waypoint.knowledge.load.LiveKnowledge;
import app.waypoint.knowledge.load.ReloadResult;
import app.waypoint.telegram.TelegramBot;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** App's own wiring, opened to tests in other packages, so that they run exactly what production runs. */
public final class AppWiring {
    private AppWiring() {}

    /** {@link App#loader}: the knowledge-base checks the bot applies. */
    public static KnowledgeLoader loader(Clock clock) {
        return App.loader(clock, app.waypoint.knowledge.load.KnowledgeValidator.DEFAULT_STALE_DAYS);
    }

    /** {@link App#conversation}: Waypoint behind AdminCommands, with the given time for sessions. */
    public static Conversation conversation(Config config, LiveKnowledge kb, Clock clock, Ticker ticker) {
        return App.conversation(config, kb, clock, ticker);
    }

    /** {@link App#reloadListener}: logs reloads, and tells maintainers about refused edits. */
    public static Consumer<ReloadResult> reloadListener(Set<Long> admins, Supplier<TelegramBot> bot) {
        return App.reloadListener(admins, bot);
    }
}
