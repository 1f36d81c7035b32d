package app.waypoint.conversation;

import app.waypoint.knowledge.Evidence;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.PartialDate;
import app.waypoint.knowledge.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fact as the user sees it: "• text (source of 06.2025 · checked 11.2026 · ⚠ may change · until 31.12.2026)",
 * optionally with a link to its first source. A check date past the review age reads "not re-checked since";
 * a fact whose {@code until} has passed opens with "was due to end on ...: check whether it was extended", so it
 * is never presented as current. Long facts come back as several paragraphs, so a page can always hold one.
 */
final class FactLines {
    /** The most one paragraph may take, leaving room for a screen's header and footer. */
    static final int MAX_PARAGRAPH = 3000;

    private FactLines() {}

    static List<String> render(Fact fact, Msg msg, boolean withSource, Review review) {
        String stamp = stamp(fact, msg, withSource, review);
        String ended = fact.until()
                .filter(review::ended)
                .map(u -> "<b>" + msg.t("fact.ended", "date", Dates.format(u)) + "</b> ")
                .orElse("");
        List<String> pieces =
                Paging.split(fact.text().in(msg.lang()), MAX_PARAGRAPH - stamp.length() - ended.length() - 8);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            String text = (i == 0 ? "• " + ended : "") + Html.escape(pieces.get(i));
            paragraphs.add(i == pieces.size() - 1 ? text + " " + stamp : text);
        }
        return paragraphs;
    }

    /** "(source of 06.2025 · checked 03.2026 · ⚠ may change · since 01.03.2026 · until ... · source)" in italics. */
    static String stamp(Fact fact, Msg msg, boolean withSource, Review review) {
        List<String> bits = new ArrayList<>();
        dates(bits, fact.sources(), fact.checked(), msg, review);
        if (fact.mayChange()) bits.add(msg.t("fact.mayChange"));
        fact.since().ifPresent(since -> bits.add(msg.t("fact.since", "date", Dates.format(since))));
        fact.until()
                .filter(u -> !review.ended(u))
                .ifPresent(u -> bits.add(msg.t("fact.until", "date", Dates.format(u))));
        if (withSource && !fact.sources().isEmpty())
            bits.add(source(fact.sources().getFirst(), msg));
        return "<i>(" + String.join(" · ", bits) + ")</i>";
    }

    /** "(source of 06.2025 · checked 03.2026)" for a block of structured values, marked when past review. */
    static String checked(Evidence evidence, Msg msg, Review review) {
        List<String> bits = new ArrayList<>();
        dates(bits, evidence.sources(), evidence.checked(), msg, review);
        return "<i>(" + String.join(" · ", bits) + ")</i>";
    }

    /** The newest date the sources state, then the check date or, past the review age, the warning. */
    private static void dates(List<String> bits, List<Source> sources, PartialDate checked, Msg msg, Review review) {
        newest(sources).ifPresent(d -> bits.add(msg.t("fact.dated", "date", Dates.format(d))));
        bits.add(
                review.stale(checked)
                        ? msg.t("fact.stale", "date", Dates.format(checked))
                        : msg.t("fact.checked", "date", Dates.format(checked)));
    }

    /** The newest date any of the sources states, if one does. */
    static Optional<PartialDate> newest(List<Source> sources) {
        PartialDate newest = null;
        for (Source s : sources) {
            if (s.dated().isPresent() && (newest == null || s.dated().get().compareTo(newest) > 0))
                newest = s.dated().get();
        }
        return Optional.ofNullable(newest);
    }

    private static String source(Source source, Msg msg) {
        return Html.link(source.url().toString(), msg.plain("fact.source")).markup();
    }
}
