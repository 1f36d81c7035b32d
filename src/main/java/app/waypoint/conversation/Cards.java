package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Lang;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Destination cards: one section per screen (entry, residency, banking, life, safety, sources), long sections
 * in pages. The header names the destination, the date its entry was reviewed and, for CSTO and high-risk
 * countries, the extradition warning, whoever is reading.
 *
 * <p>{@link #longestMessage} lets the knowledge-base validator check that a destination's card fits
 * Telegram's limits. Thread-safe: no state.
 */
public final class Cards {
    private static final int FOOTER = 64;

    private Cards() {}

    /**
     * The length of the longest message the card of {@code d} can render in {@code lang}, over all sections,
     * pages and citizenships, with every optional header line shown. It counts HTML characters, which is at
     * least what Telegram counts, so a value up to 4,096 fits.
     */
    public static int longestMessage(Destination d, Lang lang) {
        Msg msg = Messages.bundled().in(lang);
        List<Optional<Citizenship>> readers =
                List.of(Optional.empty(), Optional.of(Citizenship.RUSSIA), Optional.of(Citizenship.BELARUS));
        int longest = 0;
        for (Section section : Section.values()) {
            // only the entry section depends on who reads it (CardSections): the others are rendered once
            for (Optional<Citizenship> reader : section == Section.ENTRY ? readers : readers.subList(0, 1)) {
                // every date is past by LocalDate.MAX, so every "not re-checked" and "ended" mark is counted
                for (String page : pages(d, section, msg, reader, Review.of(LocalDate.MAX))) {
                    longest = Math.max(longest, page.length());
                }
            }
        }
        return longest;
    }

    /** The pages of one section, each a complete message text. */
    static List<String> pages(Destination d, Section section, Msg msg, Optional<Citizenship> reader, LocalDate today) {
        return pages(d, section, msg, reader, Review.of(today));
    }

    static List<String> pages(Destination d, Section section, Msg msg, Optional<Citizenship> reader, Review review) {
        List<String> paragraphs = CardSections.paragraphs(d, section, msg, reader, review);
        String header = header(d, section, msg, review.today()) + staleNote(paragraphs, msg, review);
        List<String> bodies = Paging.pack(paragraphs, Paging.LIMIT - header.length() - FOOTER);
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String footer = bodies.size() > 1 ? "\n\n" + msg.t("page.of", "n", i + 1, "total", bodies.size()) : "";
            pages.add(header + bodies.get(i) + footer);
        }
        return pages;
    }

    static Outcome.Show render(Ctx ctx, View.Card card) {
        Optional<Destination> found = ctx.kb().destination(card.id());
        if (found.isEmpty())
            return new Outcome.Show(
                    InfoScreens.home(ctx.with(ctx.state().with(new View.Home())), ctx.t("card.gone") + "\n\n"));
        Destination d = found.get();
        List<String> pages = pages(d, card.section(), ctx.msg(), ctx.answers().citizenship(), ctx.review());
        int at = Math.min(card.page(), pages.size() - 1);
        return new Outcome.Show(new Screen(pages.get(at), keyboard(ctx, d, card, at, pages.size())));
    }

    /** Once per page, what the "not re-checked" marks of the section's facts ask of the reader. */
    private static String staleNote(List<String> paragraphs, Msg msg, Review review) {
        String mark = msg.t("fact.stale", "date", "");
        for (String p : paragraphs) {
            if (p.contains(mark)) return "<i>" + msg.t("card.staleFacts", "days", review.days()) + "</i>\n\n";
        }
        return "";
    }

    private static String header(Destination d, Section section, Msg msg, LocalDate today) {
        StringBuilder out = new StringBuilder(
                Html.escape(d.flag()) + " " + Html.bold(d.name().in(msg.lang())).markup() + "\n");
        out.append(msg.t("card.verified", "date", Dates.format(d.verified())));
        if (d.verified().latestDay().plusYears(1).isBefore(today))
            out.append('\n').append(msg.t("card.stale"));
        if (d.dangerousForWanted()) out.append('\n').append(msg.t(d.csto() ? "card.danger.csto" : "card.danger.high"));
        return out.append("\n\n<b>")
                .append(msg.t("section." + section.name()))
                .append("</b>\n")
                .toString();
    }

    private static List<List<Button>> keyboard(Ctx ctx, Destination d, View.Card card, int at, int pages) {
        List<Button> sections = new ArrayList<>();
        for (Section s : Section.values()) {
            String label = ctx.label("tab." + s.name());
            sections.add(ctx.go(
                    s == card.section() ? ctx.label("opt.current", "label", label) : label,
                    new View.Card(d.id(), s, 0, card.origin())));
        }
        Keys keys = new Keys().grid(sections, 3);
        List<Button> paging = new ArrayList<>();
        if (at > 0)
            paging.add(ctx.go(ctx.label("btn.prev"), new View.Card(d.id(), card.section(), at - 1, card.origin())));
        if (at < pages - 1)
            paging.add(ctx.go(ctx.label("btn.next"), new View.Card(d.id(), card.section(), at + 1, card.origin())));
        keys.row(paging);
        if (card.section() == Section.SAFETY) {
            AdviceScreens.helpButtons(
                            ctx,
                            d.help().stream()
                                    .flatMap(id -> ctx.kb().helpOrganisation(id).stream())
                                    .toList())
                    .forEach(keys::row);
        }
        return keys.row(
                        ctx.go(ctx.label("btn.compare"), new View.Pick(List.of(d.id()), 0, false)),
                        ctx.go(ctx.label("btn.changes"), new View.Changes(0, Optional.of(d.id()))))
                .row(ctx.go(ctx.label("btn.back"), card.origin().back()))
                .build();
    }
}
