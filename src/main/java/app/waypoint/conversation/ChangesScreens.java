package app.waypoint.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * The "What changes soon" screen, from the main menu and from every card: each coming change with its date,
 * where it applies and what it is, in date order, in pages that fit Telegram's limit.
 */
final class ChangesScreens {
    private static final int BUDGET = Paging.LIMIT - 160;

    private ChangesScreens() {}

    static Screen render(Ctx ctx, View.Changes view) {
        List<Changes.Change> changes = Changes.coming(ctx.kb(), ctx.today());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(ctx.t("changes.header", "days", Changes.AHEAD_DAYS));
        if (changes.isEmpty()) paragraphs.add(ctx.t("changes.none", "days", Changes.AHEAD_DAYS));
        changes.forEach(c -> paragraphs.add(item(ctx, c)));
        List<String> pages = Paging.pack(paragraphs, BUDGET);
        int at = Math.min(view.page(), pages.size() - 1);
        // a CSTO or high-risk country named here carries its ⚠ and the line that explains it, as everywhere
        String legend = pages.get(at).contains(" ⚠ · ") ? "\n\n" + ctx.t("legend.danger") : "";
        String text = pages.get(at)
                + legend
                + (pages.size() > 1 ? "\n\n" + ctx.t("page.of", "n", at + 1, "total", pages.size()) : "");
        Keys keys = new Keys();
        List<Button> paging = new ArrayList<>();
        if (at > 0) paging.add(ctx.go(ctx.label("btn.prev"), new View.Changes(at - 1, view.card())));
        if (at < pages.size() - 1) paging.add(ctx.go(ctx.label("btn.next"), new View.Changes(at + 1, view.card())));
        keys.row(paging);
        View back = view.card()
                .<View>map(id -> new View.Card(id, Section.ENTRY, 0, new Origin.Home()))
                .orElse(new View.Home());
        keys.row(ctx.go(ctx.label("btn.back"), back));
        return new Screen(text, keys.build());
    }

    /** "<b>30.06.2026</b> · 🇬🇪 Georgia · runs out" and what, on the next line. */
    private static String item(Ctx ctx, Changes.Change c) {
        String where =
                c.where().map(d -> Html.escape(Labels.destination(ctx, d))).orElse(ctx.t("changes.everywhere"));
        String what = c.what()
                .map(t -> Html.escape(t.in(ctx.lang())))
                .orElseGet(() -> ctx.t("changes.entry." + c.entryFor().orElse("RUSSIA")));
        return "<b>" + Html.escape(Dates.format(c.shown())) + "</b> · " + where + " · "
                + ctx.t(c.starts() ? "changes.starts" : "changes.ends") + "\n" + what;
    }
}
