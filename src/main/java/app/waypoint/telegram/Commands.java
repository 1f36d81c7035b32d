package app.waypoint.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/** The command menu Telegram shows next to the input field: Russian for "ru" clients, English otherwise. */
final class Commands {
    private Commands() {
    }

    static SetMyCommands russian() {
        return set("ru", List.of(
                cmd("start", "Начать сначала, главное меню"),
                cmd("help", "Как пользоваться ботом"),
                cmd("countries", "Список стран"),
                cmd("privacy", "Что бот хранит о вас"),
                cmd("forget", "Удалить недавнюю переписку и забыть этот чат"),
                cmd("language", "Сменить язык"),
                cmd("about", "О проекте")));
    }

    static SetMyCommands english() {
        return set(null, List.of(
                cmd("start", "Start over, main menu"),
                cmd("help", "How to use the bot"),
                cmd("countries", "Browse countries"),
                cmd("privacy", "What the bot keeps about you"),
                cmd("forget", "Delete recent messages and forget this chat"),
                cmd("language", "Change language"),
                cmd("about", "About the project")));
    }

    private static SetMyCommands set(String language, List<BotCommand> commands) {
        return SetMyCommands.builder().commands(commands).scope(new BotCommandScopeDefault())
                .languageCode(language).build();
    }

    private static BotCommand cmd(String name, String description) {
        return new BotCommand(name, description);
    }
}
