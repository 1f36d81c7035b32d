package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Browsing by region: /countries. */
final class BrowseScreens {
    private static final int PAGE = 10;

    private BrowseScreens() {}

    static Screen regions(Ctx ctx) {
        List<Button> buttons = new ArrayList<>();
        for (Destination.Region r : Destination.Region.values()) {
            long count = ctx.kb().destinations().stream()
                    .filter(d -> d.region() == r)
                    .count();
            if (count > 0) {
                buttons.add(ctx.go(
                        ctx.label("btn.region", "region", ctx.label("region." + r.name()), "n", count),
                        new View.Region(r, 0)));
            }
        }
        Keys keys = new Keys().grid(buttons, 2).row(ctx.go(ctx.label("btn.menu"), new View.Home()));
        String text = ctx.t(buttons.isEmpty() ? "browse.empty" : "browse.text");
        return new Screen(text, keys.build());
    }

    static Screen region(Ctx ctx, View.Region view) {
        List<Destination> all = ctx.kb().destinations().stream()
                .filter(d -> d.region() == view.region())
                .sorted(Comparator.comparing(d -> d.name().in(ctx.lang())))
                .toList();
        int pages = Math.max(1, (all.size() + PAGE - 1) / PAGE);
        int at = Math.min(view.page(), pages - 1);
        List<Button> buttons = new ArrayList<>();
        List<Destination> shown = all.subList(Math.min(all.size(), at * PAGE), Math.min(all.size(), (at + 1) * PAGE));
        for (Destination d : shown) {
            buttons.add(ctx.go(
                    Labels.destination(ctx, d),
                    new View.Card(d.id(), Section.ENTRY, 0, new Origin.Region(view.region(), at))));
        }
        Keys keys = new Keys().grid(buttons, 2);
        List<Button> paging = new ArrayList<>();
        if (at > 0) paging.add(ctx.go(ctx.label("btn.prev"), new View.Region(view.region(), at - 1)));
        if (at < pages - 1) paging.add(ctx.go(ctx.label("btn.next"), new View.Region(view.region(), at + 1)));
        keys.row(paging).row(ctx.go(ctx.label("btn.back"), new View.Regions()));
        String text = ctx.t(
                        "browse.region",
                        "region",
                        ctx.label("region." + view.region().name()))
                + Labels.legend(ctx, shown);
        return new Screen(text, keys.build());
    }
}
