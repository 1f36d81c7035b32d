package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Choosing two or three destinations, and seeing them side by side. */
final class CompareScreens {
    static final int MAX = 3;
    private static final int PAGE = 8;

    private CompareScreens() {}

    static Outcome pick(Ctx ctx, View.Pick pick) {
        List<Destination> candidates = candidates(ctx);
        List<String> chosen = pick.ids().stream()
                .filter(id -> ctx.kb().destination(id).isPresent())
                .toList();
        int pages = Math.max(1, (candidates.size() + PAGE - 1) / PAGE);
        int at = Math.min(pick.page(), pages - 1);
        List<Button> toggles = new ArrayList<>();
        List<Destination> shown = candidates.subList(at * PAGE, Math.min(candidates.size(), (at + 1) * PAGE));
        for (Destination d : shown) toggles.add(toggle(ctx, d, chosen, at));
        Keys keys = new Keys().grid(toggles, 2);
        List<Button> paging = new ArrayList<>();
        if (at > 0) paging.add(ctx.go(ctx.label("btn.prev"), new View.Pick(chosen, at - 1, false)));
        if (at < pages - 1) paging.add(ctx.go(ctx.label("btn.next"), new View.Pick(chosen, at + 1, false)));
        keys.row(paging);
        if (chosen.size() >= 2)
            keys.row(ctx.go(ctx.label("btn.compareNow", "n", chosen.size()), new View.Compare(chosen)));
        keys.row(ctx.go(ctx.label("btn.back"), back(ctx)));
        List<Destination> named = new ArrayList<>(shown);
        chosen.forEach(id -> ctx.kb().destination(id).ifPresent(named::add));
        String text = ctx.t("pick.text", "chosen", names(ctx, chosen)) + Labels.legend(ctx, named);
        Optional<String> notice = pick.limit() ? Optional.of(ctx.label("notice.upToThree")) : Optional.empty();
        return new Outcome.Show(new Screen(text, keys.build()), notice);
    }

    static Outcome compare(Ctx ctx, View.Compare compare) {
        List<Destination> ds = compare.ids().stream()
                .flatMap(id -> ctx.kb().destination(id).stream())
                .toList();
        if (ds.size() < 2) {
            return pick(ctx, new View.Pick(ds.stream().map(Destination::id).toList(), 0, false));
        }
        List<String> ids = ds.stream().map(Destination::id).toList();
        List<Button> cards = ds.stream()
                .<Button>map(d -> ctx.go(
                        Labels.destination(ctx, d), new View.Card(d.id(), Section.ENTRY, 0, new Origin.Compare(ids))))
                .toList();
        Keys keys = new Keys()
                .row(cards)
                .row(ctx.go(ctx.label("btn.changePick"), new View.Pick(ids, 0, false)))
                .row(ctx.go(ctx.label("btn.back"), back(ctx)));
        return new Outcome.Show(new Screen(CompareTable.render(ds, ctx.answers(), ctx.msg()), keys.build()));
    }

    /** The ranked list when the questions are answered, else every destination in file order. */
    private static List<Destination> candidates(Ctx ctx) {
        if (!ctx.answers().complete()) return ctx.kb().destinations();
        return Ranking.rank(ctx.answers(), ctx.kb()).stream()
                .map(Ranked::destination)
                .toList();
    }

    private static Button toggle(Ctx ctx, Destination d, List<String> chosen, int page) {
        String label = Labels.destination(ctx, d);
        List<String> next = new ArrayList<>(chosen);
        if (next.remove(d.id()))
            return ctx.go(ctx.label("opt.selected", "label", label), new View.Pick(next, page, false));
        if (next.size() >= MAX) return ctx.go(label, new View.Pick(chosen, page, true));
        next.add(d.id());
        return ctx.go(label, new View.Pick(next, page, false));
    }

    private static View back(Ctx ctx) {
        return ctx.answers().complete() ? new View.Results(0) : new View.Home();
    }

    private static String names(Ctx ctx, List<String> ids) {
        if (ids.isEmpty()) return "—";
        return String.join(
                ", ",
                ids.stream()
                        .flatMap(id -> ctx.kb().destination(id).stream())
                        .map(d -> Labels.destination(ctx, d))
                        .toList());
    }
}
