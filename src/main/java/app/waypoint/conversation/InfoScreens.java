package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Lang;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The main menu and the information pages: help, about, privacy, and the confirmation before wiping. */
final class InfoScreens {
    private InfoScreens() {}

    /** The greeting and main menu; {@code lead} (HTML, may be empty) goes first, e.g. why the user is here. */
    static Screen home(Ctx ctx, String lead) {
        boolean started = !ctx.answers().equals(Answers.NONE);
        Lang other = ctx.lang() == Lang.RU ? Lang.EN : Lang.RU;
        Keys keys = new Keys()
                .row(ctx.go(ctx.label(started ? "btn.continue" : "btn.find"), Flow.next(ctx.answers(), ctx.kb())))
                .row(ctx.go(ctx.label("btn.browse"), new View.Regions()))
                .row(ctx.go(ctx.label("btn.changes"), new View.Changes(0, Optional.empty())))
                .row(
                        ctx.go(ctx.label("btn.privacy"), new View.Info(View.Topic.PRIVACY)),
                        ctx.go(ctx.label("btn.about"), new View.Info(View.Topic.ABOUT)))
                .row(ctx.go(ctx.label("btn.language"), ctx.state().with(other).with(new View.Home())));
        return new Screen(lead + ctx.t("home.text"), keys.build());
    }

    static Screen render(Ctx ctx, View.Topic topic) {
        return switch (topic) {
            case HELP ->
                new Screen(
                        ctx.t("help.title") + "\n\n" + Command.helpLines(ctx.msg()) + "\n\n" + ctx.t("help.footer"),
                        withForget(ctx).build());
            case ABOUT -> about(ctx);
            case PRIVACY -> new Screen(ctx.t("privacy.text"), withForget(ctx).build());
            case FORGET ->
                new Screen(
                        ctx.t("forget.text"),
                        new Keys()
                                .row(ctx.go(ctx.label("btn.forgetYes"), new View.Wipe()))
                                .row(ctx.go(ctx.label("btn.cancel"), new View.Home()))
                                .build());
        };
    }

    /** What the user reads after the edge deleted the chat's messages. */
    static Screen afterWipe(Msg msg, int deleted, int tooOld) {
        String text = msg.t("wipe.deleted", "count", new Html(msg.plural("count.messages", Math.max(0, deleted))));
        if (tooOld > 0) text += "\n\n" + msg.t("wipe.tooOld", "count", new Html(msg.plural("count.messages", tooOld)));
        return Screen.text(text + "\n\n" + msg.t("wipe.chat"));
    }

    private static Screen about(Ctx ctx) {
        List<Destination> all = ctx.kb().destinations();
        String newest = Evidences.checked(ctx.kb())
                .max(Comparator.naturalOrder())
                .map(Dates::format)
                .orElse("—");
        String oldest = Evidences.checked(ctx.kb())
                .min(Comparator.naturalOrder())
                .map(Dates::format)
                .orElse("—");
        String text = ctx.t(
                "about.text",
                "count",
                new Html(ctx.msg().plural("count.destinations", all.size())),
                "sources",
                new Html(ctx.msg().plural("count.sources", Evidences.distinctSources(ctx.kb()))),
                "kinds",
                kinds(ctx),
                "newest",
                newest,
                "oldest",
                oldest,
                "help",
                ctx.kb().help().size());
        return new Screen(text, menu(ctx).build());
    }

    /** "22 official · 527 media · ..." over the distinct pages cited, strongest kind first. */
    private static String kinds(Ctx ctx) {
        List<String> parts = new ArrayList<>();
        Evidences.distinctSourcesByKind(ctx.kb())
                .forEach((kind, n) -> parts.add(ctx.label("about.kind." + kind.name(), "n", n)));
        return String.join(" · ", parts);
    }

    /** The way out of the chat, under /help and /privacy: delete it (after a confirmation), or the menu. */
    private static Keys withForget(Ctx ctx) {
        return new Keys()
                .row(ctx.go(ctx.label("btn.forget"), new View.Info(View.Topic.FORGET)))
                .row(ctx.go(ctx.label("btn.menu"), new View.Home()));
    }

    private static Keys menu(Ctx ctx) {
        return new Keys().row(ctx.go(ctx.label("btn.menu"), new View.Home()));
    }
}
