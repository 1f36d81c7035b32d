package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import java.util.List;

/** Answers to what users type rather than press: search results and short help for odd input. */
final class TypedScreens {
    /** Longer text is not a country name: the bot says so instead of searching it. */
    static final int LONGEST_QUERY = 100;
    /** The most covered destinations offered for a country without a card. */
    static final int NEARBY = 8;

    private TypedScreens() {}

    /** The answer to free text: a card, a choice, or "nothing found". */
    static Screen search(Ctx ctx, String text) {
        if (text.isBlank()) return hint(ctx, "text.empty");
        if (text.codePointCount(0, text.length()) > LONGEST_QUERY) return hint(ctx, "text.long");
        return switch (Search.find(text, ctx.kb())) {
            case Search.Result.Found f -> card(ctx, f.destination());
            case Search.Result.Choices c -> choices(ctx, c.destinations());
            case Search.Result.Uncovered u -> uncovered(ctx, u);
            case Search.Result.None n -> hint(ctx, "search.none");
        };
    }

    /** A real country without a card: said honestly, with the covered destinations of its region. */
    private static Screen uncovered(Ctx ctx, Search.Result.Uncovered u) {
        String name = u.country().name(ctx.lang());
        if (u.nearby().isEmpty()) {
            Keys keys = new Keys()
                    .row(
                            ctx.go(ctx.label("btn.browse"), new View.Regions()),
                            ctx.go(ctx.label("btn.menu"), new View.Home()));
            return new Screen(ctx.t("search.nocard.far", "name", name), keys.build());
        }
        List<Destination> shown = u.nearby().stream().limit(NEARBY).toList();
        Keys keys = new Keys()
                .grid(
                        shown.stream()
                                .<Button>map(d -> ctx.go(
                                        Labels.destination(ctx, d),
                                        new View.Card(d.id(), Section.ENTRY, 0, new Origin.Home())))
                                .toList(),
                        2);
        keys.row(ctx.go(ctx.label("btn.browse"), new View.Regions()), ctx.go(ctx.label("btn.menu"), new View.Home()));
        return new Screen(ctx.t("search.nocard", "name", name) + Labels.legend(ctx, shown), keys.build());
    }

    /** A destination's card, opened from outside any list. */
    static Screen card(Ctx ctx, Destination d) {
        View.Card view = new View.Card(d.id(), Section.ENTRY, 0, new Origin.Home());
        return Cards.render(ctx.with(ctx.state().with(view)), view).screen();
    }

    /** A short answer with the way out: browse, or the menu. */
    static Screen hint(Ctx ctx, String key) {
        Keys keys = new Keys()
                .row(
                        ctx.go(ctx.label("btn.browse"), new View.Regions()),
                        ctx.go(ctx.label("btn.menu"), new View.Home()));
        return new Screen(ctx.t(key), keys.build());
    }

    private static Screen choices(Ctx ctx, List<Destination> ds) {
        Keys keys = new Keys()
                .grid(
                        ds.stream()
                                .<Button>map(d -> ctx.go(
                                        Labels.destination(ctx, d),
                                        new View.Card(d.id(), Section.ENTRY, 0, new Origin.Home())))
                                .toList(),
                        2);
        keys.row(ctx.go(ctx.label("btn.menu"), new View.Home()));
        return new Screen(ctx.t("search.choices") + Labels.legend(ctx, ds), keys.build());
    }
}
