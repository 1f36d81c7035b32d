package app.waypoint.conversation;

import app.waypoint.knowledge.Lang;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What each typed command shows (the commands are declared in {@link Command}); each answers with a new message. */
final class Commands {
    private Commands() {}

    static List<Reply> answer(Ctx ctx, Input.Command command, long chatId, Sessions sessions) {
        Screen screen = Command.named(command.name().toLowerCase(Locale.ROOT))
                .map(c -> switch (c) {
                    case START -> start(ctx, command.argument().strip());
                    case HELP -> InfoScreens.render(ctx, View.Topic.HELP);
                    case ABOUT -> InfoScreens.render(ctx, View.Topic.ABOUT);
                    case PRIVACY -> InfoScreens.render(ctx, View.Topic.PRIVACY);
                    case FORGET -> InfoScreens.render(ctx, View.Topic.FORGET);
                    case COUNTRIES -> BrowseScreens.regions(ctx);
                    case LANGUAGE -> language(ctx, chatId, sessions);
                })
                .orElseGet(() -> TypedScreens.hint(ctx, "command.unknown"));
        return List.of(new Reply.Send(screen));
    }

    /** {@code /start}, or a deep link such as {@code /start ge} that opens a card. */
    private static Screen start(Ctx ctx, String argument) {
        if (argument.isEmpty()) return InfoScreens.home(ctx, "");
        Optional<Screen> card =
                ctx.kb().destination(argument.toLowerCase(Locale.ROOT)).map(d -> TypedScreens.card(ctx, d));
        return card.orElseGet(() -> InfoScreens.home(ctx, ctx.t("start.unknownLink") + "\n\n"));
    }

    /** Switches between Russian and English, remembers the choice for typed commands, shows the menu. */
    private static Screen language(Ctx ctx, long chatId, Sessions sessions) {
        Lang other = ctx.lang() == Lang.RU ? Lang.EN : Lang.RU;
        sessions.update(chatId, s -> new Sessions.Session(Optional.of(other), s.menuId()));
        Ctx switched =
                new Ctx(ctx.kb(), Messages.bundled().in(other), ctx.state().with(other), ctx.today(), ctx.reviewDays());
        return InfoScreens.home(switched, switched.t("language.switched") + "\n\n");
    }
}
