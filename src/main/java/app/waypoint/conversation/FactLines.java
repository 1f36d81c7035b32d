package app.waypoint.conversation;

import app.waypoint.knowledge.Evidence;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * A fact as the user sees it: "• text (checked 03.2026 · ⚠ may change)", optionally with a link to its
 * first source. Long facts come back as several paragraphs, so a page can always hold one.
 */
final class FactLines {
    /** The most one paragraph may take, leaving room for a screen's header and footer. */
    static final int MAX_PARAGRAPH = 3000;

    private FactLines() {
    }

    static List<String> render(Fact fact, Msg msg, boolean withSource) {
        String stamp = stamp(fact, msg, withSource);
        List<String> pieces = Paging.split(fact.text().in(msg.lang()), MAX_PARAGRAPH - stamp.length() - 8);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            String text = (i == 0 ? "• " : "") + Html.escape(pieces.get(i));
            paragraphs.add(i == pieces.size() - 1 ? text + " " + stamp : text);
        }
        return paragraphs;
    }

    /** "(checked 03.2026 · ⚠ may change · since 01.03.2026 · source)" in italics. */
    static String stamp(Fact fact, Msg msg, boolean withSource) {
        List<String> bits = new ArrayList<>();
        bits.add(msg.t("fact.checked", "date", Dates.format(fact.checked())));
        if (fact.mayChange()) bits.add(msg.t("fact.mayChange"));
        fact.since().ifPresent(since -> bits.add(msg.t("fact.since", "date", Dates.format(since))));
        if (withSource && !fact.sources().isEmpty()) bits.add(source(fact.sources().getFirst(), msg));
        return "<i>(" + String.join(" · ", bits) + ")</i>";
    }

    /** "checked 03.2026" for a block of structured values. */
    static String checked(Evidence evidence, Msg msg) {
        return "<i>(" + msg.t("fact.checked", "date", Dates.format(evidence.checked())) + ")</i>";
    }


    private static String source(Source source, Msg msg) {
        return Html.link(source.url().toString(), msg.plain("fact.source")).markup();
    }
}
