package app.waypoint.telegram;

import app.waypoint.conversation.Command;
import app.waypoint.knowledge.Lang;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * Installs the command menu at start-up, made from {@link Command}'s list and the bundles' texts: Russian for
 * "ru" clients, English otherwise. A failure is logged and the bot runs on without it.
 */
final class CommandMenu {
    private static final Logger LOG = LoggerFactory.getLogger(CommandMenu.class);
    private static final Duration BUDGET = Duration.ofSeconds(30);

    private final Sender sender;

    CommandMenu(Sender sender) {
        this.sender = sender;
    }

    void install() throws InterruptedException {
        try {
            sender.direct(0, menu(Lang.RU, "ru"), BUDGET);
            sender.direct(0, menu(Lang.EN, null), BUDGET); // the default, for every other language
        } catch (ApiFailure f) {
            LOG.warn("the command menu was not set: {}", f.getMessage());
        }
    }

    static SetMyCommands menu(Lang lang, String languageCode) {
        List<BotCommand> commands = Command.menu(lang).stream()
                .map(i -> new BotCommand(i.command(), i.description()))
                .toList();
        return SetMyCommands.builder()
                .commands(commands)
                .scope(new BotCommandScopeDefault())
                .languageCode(languageCode)
                .build();
    }
}
