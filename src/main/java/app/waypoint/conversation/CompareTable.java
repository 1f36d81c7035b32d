package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Key facts of two or three destinations, one fact per block and one short line per destination, so it
 * reads on a narrow phone screen.
 */
final class CompareTable {
    private CompareTable() {}

    static String render(List<Destination> ds, Answers answers, Msg msg) {
        StringBuilder out = new StringBuilder(msg.t("compare.title")).append('\n');
        out.append(String.join(
                " · ",
                ds.stream()
                        .map(d -> Html.escape(d.flag() + " " + d.name().in(msg.lang())))
                        .toList()));
        block(
                out,
                msg,
                "compare.entry",
                ds,
                d -> entry(answers, d)
                        .map(e -> msg.t("visa." + e.visa().name()))
                        .orElse(msg.t("card.unknown")));
        block(
                out,
                msg,
                "compare.stay",
                ds,
                d -> entry(answers, d)
                        .map(e -> StayWords.of(e).render(msg).markup())
                        .orElse(msg.t("card.unknown")));
        block(out, msg, "compare.internal", ds, d -> internal(d.entry(), msg));
        block(
                out,
                msg,
                "compare.russian",
                ds,
                d -> msg.t("russian." + d.life().russian().name()));
        block(out, msg, "compare.cost", ds, d -> msg.t("cost." + d.life().cost().name()));
        block(
                out,
                msg,
                "compare.bank",
                ds,
                d -> msg.t("access." + d.banking().account().name()));
        block(
                out,
                msg,
                "compare.risk",
                ds,
                d -> msg.t("risk." + d.safety().extraditionRisk().name())
                        + (d.csto() ? " " + msg.t("compare.csto") : ""));
        return out.toString();
    }

    private static void block(
            StringBuilder out, Msg msg, String key, List<Destination> ds, Function<Destination, String> value) {
        out.append("\n\n<b>").append(msg.t(key)).append("</b>");
        for (Destination d : ds)
            out.append('\n').append(Html.escape(d.flag())).append(' ').append(value.apply(d));
    }

    private static Optional<Entry> entry(Answers answers, Destination d) {
        return Ranking.entryFor(answers, d);
    }

    private static String internal(Entry e, Msg msg) {
        if (!e.accepts(Entry.Document.INTERNAL_PASSPORT)) return msg.t("compare.internal.no");
        boolean air = e.internalPassportBy().orElse(Entry.InternalPassportBy.ANY) == Entry.InternalPassportBy.AIR;
        return msg.t(air ? "compare.internal.air" : "compare.internal.yes");
    }
}
