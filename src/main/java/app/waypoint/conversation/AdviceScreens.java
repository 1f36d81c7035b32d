package app.waypoint.conversation;

import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.HelpOrganisation;
import java.util.ArrayList;
import java.util.List;

/**
 * The warnings screen shown after the last question and before any list: situation-level warnings, then
 * where to get help, with the organisations' contacts as link buttons on every page.
 */
final class AdviceScreens {
    private static final int BUDGET = Paging.LIMIT - 96;

    private AdviceScreens() {}

    static Outcome render(Ctx ctx, int page) {
        Advice advice = Advice.of(ctx.answers(), ctx.kb());
        if (advice.isEmpty()) return ResultScreens.render(ctx.with(ctx.state().with(new View.Results(0))), 0);
        List<String> pages = Paging.pack(paragraphs(ctx, advice), BUDGET);
        int at = Math.min(page, pages.size() - 1);
        String text =
                pages.get(at) + (pages.size() > 1 ? "\n\n" + ctx.t("page.of", "n", at + 1, "total", pages.size()) : "");
        Keys keys = new Keys();
        helpButtons(ctx, advice.help()).forEach(keys::row);
        List<Button> paging = new ArrayList<>();
        if (at > 0) paging.add(ctx.go(ctx.label("btn.prev"), new View.Warnings(at - 1)));
        if (at < pages.size() - 1) paging.add(ctx.go(ctx.label("btn.next"), new View.Warnings(at + 1)));
        keys.row(paging);
        if (at == pages.size() - 1) keys.row(ctx.go(ctx.label("btn.showList"), new View.Results(0)));
        keys.nav(ctx, new View.Question(Step.last(), false));
        return new Outcome.Show(new Screen(text, keys.build()));
    }

    private static List<String> paragraphs(Ctx ctx, Advice advice) {
        Msg msg = ctx.msg();
        List<String> out = new ArrayList<>();
        out.add(msg.t("advice.header"));
        for (Advice.Block block : advice.blocks()) {
            out.add("<b>" + msg.t(block.key()) + "</b>\n"
                    + block.words().render(msg).markup());
            for (Fact fact : block.facts()) out.addAll(FactLines.render(fact, msg, true, ctx.review()));
        }
        if (!advice.help().isEmpty()) {
            out.add("<b>" + msg.t("advice.help") + "</b>");
            for (HelpOrganisation h : advice.help()) out.add(organisation(h, msg, ctx.review()));
        }
        return out;
    }

    /** "<b>Name</b> — about", with e-mail addresses (which cannot be buttons) and the check date. */
    static String organisation(HelpOrganisation h, Msg msg, Review review) {
        StringBuilder out = new StringBuilder(Html.bold(h.name().in(msg.lang())).markup() + " — ")
                .append(Html.escape(h.about().in(msg.lang())));
        h.contacts().stream()
                .filter(c -> c.kind() == HelpOrganisation.ContactKind.EMAIL)
                .forEach(c ->
                        out.append("\n✉ <code>").append(Html.escape(c.value())).append("</code>"));
        return out.append(" ")
                .append(FactLines.checked(h.evidence(), msg, review))
                .toString();
    }

    /** One link button per web or Telegram contact: "🆘 Name · Telegram". */
    static List<Button> helpButtons(Ctx ctx, List<HelpOrganisation> help) {
        List<Button> buttons = new ArrayList<>();
        for (HelpOrganisation h : help) {
            for (HelpOrganisation.Contact c : h.contacts()) {
                Links.url(c)
                        .ifPresent(url -> buttons.add(new Button.Link(
                                ctx.label(
                                        "btn.help",
                                        "name",
                                        h.name().in(ctx.lang()),
                                        "kind",
                                        ctx.label("contact." + c.kind().name())),
                                url)));
            }
        }
        return buttons;
    }
}
