package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ranks destinations for a user: a pure function of the answers and the knowledge base.
 *
 * <p>Hard filters: the user's travel document must be accepted (only an internal passport leaves only the
 * destinations that take it), and nobody is offered the country they are leaving (Belarus to a Belarusian).
 * Then every destination is scored by the rules in {@link Scorers} with the numbers in {@link Weights}; each
 * part of the score carries the words that explain it.
 */
final class Ranking {
    /** The destination a citizen of Belarus is leaving, never offered to them. */
    static final String BELARUS = "by";

    /** The rules the bot ranks with. */
    static final List<Scorer> STANDARD = Scorers.standard(Weights.STANDARD);

    private Ranking() {}

    static List<Ranked> rank(Answers answers, KnowledgeBase kb) {
        return rank(answers, kb, STANDARD);
    }

    /** Ranks with the given rules (tests give their own). */
    static List<Ranked> rank(Answers answers, KnowledgeBase kb, List<Scorer> scorers) {
        return kb.destinations().stream()
                .filter(d -> admits(answers, d))
                .map(d -> Ranked.of(d, parts(answers, d, scorers)))
                .sorted(Ranked.ORDER)
                .toList();
    }

    /** The hard filter on documents. Belarusian data names no documents, so only Russians are filtered. */
    static boolean admits(Answers answers, Destination d) {
        if (answers.is(Citizenship.BELARUS)) return !d.id().equals(BELARUS);
        Entry.Document needed = answers.is(Documents.INTERNAL_ONLY)
                ? Entry.Document.INTERNAL_PASSPORT
                : Entry.Document.INTERNATIONAL_PASSPORT;
        return d.entry().accepts(needed);
    }

    /** The entry rules for the user's citizenship: the Belarus block for Belarusians, when the data has it. */
    static Optional<Entry> entryFor(Answers answers, Destination d) {
        return answers.is(Citizenship.BELARUS) ? d.belarusEntry() : Optional.of(d.entry());
    }

    private static List<Part> parts(Answers answers, Destination d, List<Scorer> scorers) {
        Scorer.Candidate candidate = new Scorer.Candidate(answers, d, entryFor(answers, d));
        List<Part> parts = new ArrayList<>();
        for (Scorer scorer : scorers) scorer.score(candidate, parts);
        return parts;
    }
}
