package app.waypoint.conversation;

import java.util.ArrayList;
import java.util.List;

/** Builds an inline keyboard row by row. */
final class Keys {
    private final List<List<Button>> rows = new ArrayList<>();

    Keys row(Button... buttons) {
        if (buttons.length > 0) rows.add(List.of(buttons));
        return this;
    }

    Keys row(List<? extends Button> buttons) {
        if (!buttons.isEmpty()) rows.add(List.copyOf(buttons));
        return this;
    }

    /** Lays buttons out {@code perRow} to a row. */
    Keys grid(List<? extends Button> buttons, int perRow) {
        for (int i = 0; i < buttons.size(); i += perRow) {
            rows.add(List.copyOf(buttons.subList(i, Math.min(i + perRow, buttons.size()))));
        }
        return this;
    }

    /** Back and Start over, the row under every question. */
    Keys nav(Ctx ctx, View back) {
        return row(ctx.go(ctx.label("btn.back"), back), startOver(ctx));
    }

    private static Button startOver(Ctx ctx) {
        return ctx.go(
                ctx.label("btn.startOver"),
                new State(Answers.NONE, ctx.lang(), new View.Question(Step.CITIZENSHIP, false)));
    }

    List<List<Button>> build() {
        return List.copyOf(rows);
    }
}
