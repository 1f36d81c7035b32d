package app.waypoint.conversation;

/**
 * Renders any state: one switch over the views, without a default, so a new view does not compile until it
 * is rendered. Views that need every answer (warnings, list) send the user to the first open question.
 */
final class Screens {
    private Screens() {}

    static Outcome render(Ctx ctx) {
        boolean complete = ctx.answers().complete();
        return switch (ctx.state().view()) {
            case View.Home h -> show(InfoScreens.home(ctx, ""));
            case View.Question q -> QuestionScreens.render(ctx, q);
            case View.Warnings w -> complete ? AdviceScreens.render(ctx, w.page()) : firstOpen(ctx);
            case View.Results r -> complete ? ResultScreens.render(ctx, r.page()) : firstOpen(ctx);
            case View.Card c -> Cards.render(ctx, c);
            case View.Pick p -> CompareScreens.pick(ctx, p);
            case View.Compare c -> CompareScreens.compare(ctx, c);
            case View.Regions r -> show(BrowseScreens.regions(ctx));
            case View.Region r -> show(BrowseScreens.region(ctx, r));
            case View.Info i -> show(InfoScreens.render(ctx, i.topic()));
            case View.Wipe w -> new Outcome.Wipe();
            case View.Changes c -> show(ChangesScreens.render(ctx, c));
        };
    }

    private static Outcome firstOpen(Ctx ctx) {
        return render(ctx.with(ctx.state().with(Flow.next(ctx.answers(), ctx.kb()))));
    }

    private static Outcome show(Screen screen) {
        return new Outcome.Show(screen);
    }
}
