package app.waypoint.telegram;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Installs the command menu at start-up; a failure is logged and the bot runs on without it. */
final class CommandMenu {
    private static final Logger LOG = LoggerFactory.getLogger(CommandMenu.class);
    private static final Duration BUDGET = Duration.ofSeconds(30);

    private final Sender sender;

    CommandMenu(Sender sender) {
        this.sender = sender;
    }

    void install() throws InterruptedException {
        try {
            sender.direct(0, Commands.russian(), BUDGET);
            sender.direct(0, Commands.english(), BUDGET);
        } catch (ApiFailure f) {
            LOG.warn("the command menu was not set: {}", f.getMessage());
        }
    }
}
