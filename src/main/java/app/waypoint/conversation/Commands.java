package app.waypoint.conversation;

import app.waypoint.knowledge.Lang;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Typed commands: each answers with a new message. Admin commands never get here. */
final class Commands {
    private Commands() {
    }

    static List<Reply> answer(Ctx ctx, Input.Command command, long chatId, Sessions sessions) {
        Screen screen = switch (command.name().toLowerCase(Locale.ROOT)) {
            case "start" -> start(ctx, command.argument().strip());
            case "help" -> InfoScreens.render(ctx, View.Topic.HELP);
            case "about" -> InfoScreens.render(ctx, View.Topic.ABOUT);
            case "privacy" -> InfoScreens.render(ctx, View.Topic.PRIVACY);
            case "forget" -> InfoScreens.render(ctx, View.Topic.FORGET);
            case "countries" -> BrowseScreens.regions(ctx);
            case "language" -> language(ctx, chatId, sessions);
            default -> TypedScreens.hint(ctx, "command.unknown");
        };
        return List.of(new Reply.Send(screen));
    }

    /** {@code /start}, or a deep link such as {@code /start ge} that opens a card. */
    private static Screen start(Ctx ctx, String argument) {
        if (argument.isEmpty()) return InfoScreens.home(ctx, "");
        Optional<Screen> card = ctx.kb().destination(argument.toLowerCase(Locale.ROOT))
                .map(d -> TypedScreens.card(ctx, d));
        return card.orElseGet(() -> InfoScreens.home(ctx, ctx.t("start.unknownLink") + "\n\n"));
    }

    /** Switches between Russian and English, remembers the choice for typed commands, shows the menu. */
    private static Screen language(Ctx ctx, long chatId, Sessions sessions) {
        Lang other = ctx.lang() == Lang.RU ? Lang.EN : Lang.RU;
        sessions.update(chatId, s -> new Sessions.Session(Optional.of(other), s.menuId()));
        Ctx switched = new Ctx(ctx.kb(), Messages.bundled().in(other), ctx.state().with(other), ctx.today(),
                ctx.reviewDays());
        return InfoScreens.home(switched, switched.t("language.switched") + "\n\n");
    }
}
