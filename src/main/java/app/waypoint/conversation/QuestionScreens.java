package app.waypoint.conversation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The questions' screens (one per {@link Step}). Every option button carries the answers it leads to. */
final class QuestionScreens {
    private QuestionScreens() {}

    static Outcome render(Ctx ctx, View.Question q) {
        Screen screen = switch (q.step()) {
            case CITIZENSHIP -> citizenship(ctx);
            case DOCUMENTS -> documents(ctx);
            case SITUATION -> situation(ctx);
            case PRIORITIES -> priorities(ctx);
        };
        Optional<String> notice = q.limit() ? Optional.of(ctx.label("notice.upToThree")) : Optional.empty();
        return new Outcome.Show(screen, notice);
    }

    private static String title(Ctx ctx, Step step) {
        return ctx.t(
                "q.title",
                "n",
                step.number(),
                "total",
                Step.ALL.size(),
                "question",
                new Html(ctx.t("q." + step.name())));
    }

    private static Screen citizenship(Ctx ctx) {
        Answers a = ctx.answers();
        List<Button> options = new ArrayList<>();
        for (Citizenship c : Citizenship.values()) {
            Answers next = a.withCitizenship(c);
            options.add(answer(ctx, a.is(c), Step.CITIZENSHIP.option(c), next));
        }
        Keys keys = new Keys().row(options).nav(ctx, Flow.back(Step.CITIZENSHIP));
        return new Screen(title(ctx, Step.CITIZENSHIP) + "\n" + ctx.t("q.CITIZENSHIP.hint"), keys.build());
    }

    private static Screen documents(Ctx ctx) {
        Answers a = ctx.answers();
        Keys keys = new Keys();
        for (Documents d : Documents.values()) {
            if (d == Documents.INTERNAL_ONLY && a.is(Citizenship.BELARUS)) continue;
            keys.row(answer(ctx, a.is(d), Step.DOCUMENTS.option(d), a.withDocuments(d)));
        }
        keys.nav(ctx, Flow.back(Step.DOCUMENTS));
        return new Screen(title(ctx, Step.DOCUMENTS), keys.build());
    }

    private static Screen situation(Ctx ctx) {
        Answers a = ctx.answers();
        Set<Situation> chosen = a.situations().orElse(Set.of());
        Keys keys = new Keys();
        for (Situation s : Situation.values()) {
            Set<Situation> toggled = EnumSet.noneOf(Situation.class);
            toggled.addAll(chosen);
            if (!toggled.remove(s)) toggled.add(s);
            keys.row(toggle(ctx, chosen.contains(s), ctx.label(Step.SITUATION.option(s)), a.withSituations(toggled)));
        }
        boolean none = a.situations().map(Set::isEmpty).orElse(false);
        keys.row(toggle(ctx, none, ctx.label("opt." + Step.SITUATION.options + ".NONE"), a.withSituations(Set.of())));
        Answers done = a.withSituations(chosen);
        keys.row(ctx.go(
                ctx.label(chosen.isEmpty() && !none ? "btn.skip" : "btn.done"),
                ctx.state().with(done).with(Flow.next(done, ctx.kb()))));
        keys.nav(ctx, Flow.back(Step.SITUATION));
        return new Screen(title(ctx, Step.SITUATION) + "\n" + ctx.t("q.SITUATION.hint"), keys.build());
    }

    private static Screen priorities(Ctx ctx) {
        Answers a = ctx.answers();
        List<Priority> chosen = a.chosen();
        Keys keys = new Keys();
        for (Priority p : Priority.values()) {
            int at = chosen.indexOf(p);
            String label = ctx.label(Step.PRIORITIES.option(p));
            if (at >= 0) {
                List<Priority> without = new ArrayList<>(chosen);
                without.remove(p);
                keys.row(ctx.go(
                        ctx.label("opt.ranked", "n", at + 1, "label", label),
                        ctx.state().with(a.withPriorities(without)).with(new View.Question(Step.PRIORITIES, false))));
            } else if (chosen.size() >= Priority.MAX) {
                keys.row(ctx.go(label, new View.Question(Step.PRIORITIES, true)));
            } else {
                List<Priority> with = new ArrayList<>(chosen);
                with.add(p);
                keys.row(ctx.go(
                        label,
                        ctx.state().with(a.withPriorities(with)).with(new View.Question(Step.PRIORITIES, false))));
            }
        }
        Answers done = a.withPriorities(chosen);
        keys.row(ctx.go(
                ctx.label(chosen.isEmpty() ? "btn.skip" : "btn.done"),
                ctx.state().with(done).with(Flow.next(done, ctx.kb()))));
        keys.nav(ctx, Flow.back(Step.PRIORITIES));
        return new Screen(title(ctx, Step.PRIORITIES) + "\n" + ctx.t("q.PRIORITIES.hint"), keys.build());
    }

    /** A single-choice option: the answer, then on to the next open question. */
    private static Button answer(Ctx ctx, boolean selected, String key, Answers next) {
        String label = ctx.label(key);
        return ctx.go(
                selected ? ctx.label("opt.selected", "label", label) : label,
                ctx.state().with(next).with(Flow.next(next, ctx.kb())));
    }

    /** A multi-choice option: toggles and stays on the question. */
    private static Button toggle(Ctx ctx, boolean selected, String label, Answers next) {
        return ctx.go(
                selected ? ctx.label("opt.selected", "label", label) : label,
                ctx.state().with(next).with(new View.Question(Step.SITUATION, false)));
    }
}
