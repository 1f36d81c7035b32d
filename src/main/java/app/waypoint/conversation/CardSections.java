package app.waypoint.conversation;

import app.waypoint.knowledge.Belarus;
import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.Life;
import app.waypoint.knowledge.Residency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The content of each card section as paragraphs of HTML: the structured values with their check date,
 * then the facts. Unknown values say "unknown", never a guess.
 */
final class CardSections {
    private CardSections() {}

    static List<String> paragraphs(
            Destination d, Section section, Msg msg, Optional<Citizenship> citizenship, Review review) {
        List<String> out = new ArrayList<>();
        switch (section) {
            case ENTRY -> entry(out, d, msg, citizenship, review);
            case RESIDENCY -> residency(out, d, msg, review);
            case BANKING -> {
                out.add(msg.t(
                                "card.bank",
                                "value",
                                msg.plain("access." + d.banking().account())) + " "
                        + FactLines.checked(d.banking().evidence(), msg, review));
                facts(out, d.banking().facts(), msg, review);
            }
            case LIFE -> life(out, d, msg, review);
            case SAFETY -> safety(out, d, msg, review);
            case SOURCES -> out.addAll(CardSources.paragraphs(d, msg));
        }
        return out;
    }

    private static void entry(
            List<String> out, Destination d, Msg msg, Optional<Citizenship> citizenship, Review review) {
        boolean belarusian = citizenship.equals(Optional.of(Citizenship.BELARUS));
        boolean russian = citizenship.equals(Optional.of(Citizenship.RUSSIA));
        if (belarusian) belarus(out, d, msg, review);
        String title = russian ? "" : "<b>" + msg.t("card.forRussia") + "</b>\n";
        out.add(title + documents(d.entry(), msg) + "\n" + regime(d.entry(), msg, review));
        facts(out, d.entry().facts(), msg, review);
        if (citizenship.isEmpty() && d.belarusEntry().isPresent()) belarus(out, d, msg, review);
    }

    private static void belarus(List<String> out, Destination d, Msg msg, Review review) {
        String title = "<b>" + msg.t("card.forBelarus") + "</b>";
        switch (d.belarus()) {
            case Belarus.Unknown u -> out.add(title + "\n" + msg.t("card.unknown"));
            case Belarus.Own own -> {
                out.add(title + "\n" + regime(own.entry(), msg, review));
                facts(out, own.entry().facts(), msg, review);
            }
            case Belarus.SameAsRussians same -> {
                out.add(title + "\n" + msg.t("card.belarus.same") + "\n"
                        + regime(d.belarusEntry().orElseThrow(), msg, review));
                facts(out, same.facts(), msg, review);
            }
        }
    }

    private static String documents(Entry e, Msg msg) {
        List<String> docs = new ArrayList<>();
        for (Entry.Document doc : Entry.Document.values()) {
            if (!e.accepts(doc)) continue;
            boolean air = doc == Entry.Document.INTERNAL_PASSPORT
                    && e.internalPassportBy().orElse(Entry.InternalPassportBy.ANY) == Entry.InternalPassportBy.AIR;
            docs.add(msg.plain("doc." + doc.name()) + (air ? " " + msg.plain("doc.byAir") : ""));
        }
        String value = docs.isEmpty() ? msg.plain("card.unknown") : String.join(", ", docs);
        return msg.t("card.documents", "value", value);
    }

    /** Visa and stay, both stay figures in one line; a temporary regime says until when, or that it has ended. */
    private static String regime(Entry e, Msg msg, Review review) {
        String until = e.until()
                .map(u -> "\n"
                        + (review.ended(u)
                                ? "<b>" + msg.t("fact.ended", "date", Dates.format(u)) + "</b>"
                                : msg.t("card.until", "date", Dates.format(u))))
                .orElse("");
        return msg.t("card.visa", "value", msg.plain("visa." + e.visa().name())) + "\n"
                + msg.t("card.stay", "value", StayWords.of(e).render(msg)) + until + " "
                + FactLines.checked(e.evidence(), msg, review);
    }

    private static void residency(List<String> out, Destination d, Msg msg, Review review) {
        out.add(msg.t(
                "card.permanent", "value", msg.plain("level." + d.residency().pathToPermanent())));
        if (d.residency().routes().isEmpty()) out.add(msg.t("card.routes.none"));
        for (Residency.Route route : d.residency().routes()) {
            List<String> lines = FactLines.render(route.fact(), msg, false, review);
            String label = "<b>" + msg.t("route." + route.kind().name()) + ":</b> ";
            out.add(lines.getFirst().replaceFirst("^• ", "• " + java.util.regex.Matcher.quoteReplacement(label)));
            out.addAll(lines.subList(1, lines.size()));
        }
    }

    private static void life(List<String> out, Destination d, Msg msg, Review review) {
        Life life = d.life();
        String cost = msg.plain("cost." + life.cost().name());
        if (life.costIndex().isPresent()) {
            cost = msg.plain(
                    "card.costIndex",
                    "value",
                    cost,
                    "index",
                    String.format(Locale.ROOT, "%.1f", life.costIndex().getAsDouble()));
        }
        out.add(msg.t(
                        "card.russian",
                        "value",
                        msg.plain("russian." + life.russian().name())) + "\n" + msg.t("card.cost", "value", cost) + " "
                + FactLines.checked(life.evidence(), msg, review));
        facts(out, life.facts(), msg, review);
    }

    private static void safety(List<String> out, Destination d, Msg msg, Review review) {
        out.add(msg.t(
                        "card.risk",
                        "value",
                        msg.plain("risk." + d.safety().extraditionRisk().name())) + "\n"
                + msg.t(
                        "card.asylum",
                        "value",
                        msg.plain("asylum." + d.safety().asylum().name())) + "\n"
                + msg.t(
                        "card.refusals",
                        "value",
                        msg.plain("refusals." + d.safety().refusesCritics().name()))
                + " " + FactLines.checked(d.safety().evidence(), msg, review));
        facts(out, d.safety().facts(), msg, review);
    }

    private static void facts(List<String> out, List<Fact> facts, Msg msg, Review review) {
        facts.forEach(f -> out.addAll(FactLines.render(f, msg, false, review)));
    }
}
