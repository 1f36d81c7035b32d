package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Safety;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ranks destinations for a user: a pure function of the answers and the knowledge base.
 *
 * <p>Hard filters: the user's travel document must be accepted (only an internal passport leaves only the
 * destinations that take it), and nobody is offered the country they are leaving (Belarus to a Belarusian). Then every destination is scored by {@link PriorityScoring} and
 * {@link SituationScoring}; each part of the score carries the words that explain it.
 */
final class Ranking {
    /** The destination a citizen of Belarus is leaving, never offered to them. */
    static final String BELARUS = "by";

    private Ranking() {
    }

    static List<Ranked> rank(Answers answers, KnowledgeBase kb) {
        return kb.destinations().stream().filter(d -> admits(answers, d))
                .map(d -> Ranked.of(d, parts(answers, d))).sorted(Ranked.ORDER).toList();
    }

    /** The hard filter on documents. Belarusian data names no documents, so only Russians are filtered. */
    static boolean admits(Answers answers, Destination d) {
        if (answers.is(Citizenship.BELARUS)) return !d.id().equals(BELARUS);
        Entry.Document needed = answers.is(Documents.INTERNAL_ONLY)
                ? Entry.Document.INTERNAL_PASSPORT : Entry.Document.INTERNATIONAL_PASSPORT;
        return d.entry().accepts(needed);
    }

    /** The entry rules for the user's citizenship: the Belarus block for Belarusians, when the data has it. */
    static Optional<Entry> entryFor(Answers answers, Destination d) {
        return answers.is(Citizenship.BELARUS) ? d.belarusEntry() : Optional.of(d.entry());
    }

    /** True when deserters and wanted people risk extradition or abduction there. */
    static boolean dangerous(Destination d) {
        return d.csto() || d.safety().extraditionRisk() == Safety.Risk.HIGH;
    }

    private static List<Part> parts(Answers answers, Destination d) {
        List<Part> parts = new ArrayList<>();
        Optional<Entry> entry = entryFor(answers, d);
        if (entry.isEmpty()) parts.add(Part.warning(-1, "warn.noBelarusData"));
        entry.ifPresent(e -> parts.addAll(EntryScoring.parts(answers, e)));
        parts.addAll(PriorityScoring.parts(answers, d, entry));
        parts.addAll(SituationScoring.parts(answers, d));
        return parts;
    }
}
