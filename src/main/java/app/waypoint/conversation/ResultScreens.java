package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ranked list: the top five, then "more" pages; every destination opens its card. */
final class ResultScreens {
    static final int FIRST = 5;
    static final int MORE = 8;

    private ResultScreens() {}

    static Outcome render(Ctx ctx, int page) {
        List<Ranked> ranked = Ranking.rank(ctx.answers(), ctx.kb());
        if (ranked.isEmpty()) return new Outcome.Show(empty(ctx));
        int pages = pages(ranked.size());
        int at = Math.min(page, pages - 1);
        int from = at == 0 ? 0 : FIRST + (at - 1) * MORE;
        int to = Math.min(ranked.size(), at == 0 ? FIRST : from + MORE);
        List<String> items = new ArrayList<>();
        Keys keys = new Keys();
        for (int i = from; i < to; i++) {
            Destination d = ranked.get(i).destination();
            items.add(item(ctx, i + 1, ranked.get(i)));
            keys.row(ctx.go(
                    ctx.label("btn.item", "n", i + 1, "label", Labels.destination(ctx, d)),
                    new View.Card(d.id(), Section.ENTRY, 0, new Origin.Results(at))));
        }
        String header = ctx.t("results.header", "from", from + 1, "to", to, "total", ranked.size());
        keys.row(paging(ctx, at, pages, ranked.size() - to));
        List<Button> tools = new ArrayList<>();
        if (ranked.size() >= 2) tools.add(ctx.go(ctx.label("btn.compare"), new View.Pick(List.of(), 0, false)));
        if (!Advice.of(ctx.answers(), ctx.kb()).isEmpty())
            tools.add(ctx.go(ctx.label("btn.warnings"), new View.Warnings(0)));
        keys.row(tools).nav(ctx, Flow.beforeResults(ctx.answers(), ctx.kb()));
        List<Destination> shown = ranked.subList(from, to).stream()
                .filter(r -> !warnsOfRisk(r))
                .map(Ranked::destination)
                .toList();
        String text = header + "\n\n" + String.join("\n\n", items) + Labels.legend(ctx, shown);
        return new Outcome.Show(new Screen(text, keys.build()));
    }

    static int pages(int count) {
        return count <= FIRST ? 1 : 1 + (count - FIRST + MORE - 1) / MORE;
    }

    /** "1. 🇬🇪 Georgia", its reasons on one line, then a line per warning. */
    private static String item(Ctx ctx, int n, Ranked r) {
        Msg msg = ctx.msg();
        Destination d = r.destination();
        StringBuilder out = new StringBuilder(n + ". " + Html.escape(d.flag()) + " "
                + Html.bold(d.name().in(ctx.lang())).markup());
        List<String> reasons =
                r.reasons(3).stream().map(p -> p.words().render(msg).markup()).toList();
        out.append('\n').append(reasons.isEmpty() ? msg.t("results.noReasons") : String.join(" · ", reasons));
        r.warnings().forEach(w -> out.append('\n').append(w.words().render(msg).markup()));
        staleEntry(ctx, d)
                .ifPresent(date -> out.append('\n').append(msg.t("results.stale", "date", Dates.format(date))));
        return out.toString();
    }

    /**
     * The oldest check date among the key entry facts (the entry's values and facts for the user's citizenship),
     * when it is past the review age: the list then says the entry was not re-checked since then.
     */
    static Optional<PartialDate> staleEntry(Ctx ctx, Destination d) {
        Optional<Entry> entry = Ranking.entryFor(ctx.answers(), d);
        if (entry.isEmpty()) return Optional.empty();
        PartialDate oldest = entry.get().evidence().checked();
        for (Fact f : entry.get().facts()) if (f.checked().compareTo(oldest) < 0) oldest = f.checked();
        return ctx.review().stale(oldest) ? Optional.of(oldest) : Optional.empty();
    }

    /** True when the item already says its extradition risk (the user told of a risky situation). */
    private static boolean warnsOfRisk(Ranked r) {
        return r.warnings().stream()
                .map(p -> p.words().key())
                .anyMatch(k -> k.equals("warn.csto") || k.equals("warn.extradition"));
    }

    private static List<Button> paging(Ctx ctx, int at, int pages, int remaining) {
        List<Button> row = new ArrayList<>();
        if (at > 0) row.add(ctx.go(ctx.label("btn.prev"), new View.Results(at - 1)));
        if (at < pages - 1) row.add(ctx.go(ctx.label("btn.more", "n", remaining), new View.Results(at + 1)));
        return row;
    }

    private static Screen empty(Ctx ctx) {
        Keys keys = new Keys()
                .row(ctx.go(ctx.label("btn.browse"), new View.Regions()))
                .nav(ctx, Flow.beforeResults(ctx.answers(), ctx.kb()));
        return new Screen(ctx.t("results.none"), keys.build());
    }
}
