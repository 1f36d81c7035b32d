package app.waypoint.knowledge.load;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Lang;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Finds what is allowed but should not stay so: stale facts, missing translations, doubtful addresses, flags
 * that do not match their country, and cards longer than Telegram accepts. These are warnings: the file is
 * still served, because refusing a whole update over one old date would keep newer facts from people.
 *
 * <p>Immutable and thread-safe when its clock and card measure are.
 */
public final class KnowledgeValidator {
    /** Facts not checked for longer than this many days are reported, unless configured otherwise. */
    public static final int DEFAULT_STALE_DAYS = 180;

    private final Clock clock;
    private final int staleDays;
    private final CardMeasure cards;

    /**
     * @param clock     gives today, against which check dates are judged
     * @param staleDays how many days after its check date a fact is reported as stale; at least 1
     * @param cards     measures rendered cards; {@link CardMeasure#conservative()} until the renderer exists
     */
    public KnowledgeValidator(Clock clock, int staleDays, CardMeasure cards) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (staleDays < 1) throw new IllegalArgumentException("staleDays must be at least 1, was " + staleDays);
        this.staleDays = staleDays;
        this.cards = Objects.requireNonNull(cards, "cards");
    }

    /** A validator with the default staleness limit and the conservative card measure. */
    public static KnowledgeValidator standard(Clock clock) {
        return new KnowledgeValidator(clock, DEFAULT_STALE_DAYS, CardMeasure.conservative());
    }

    /**
     * Warnings about an already loaded knowledge base. Positions are only known to the line of each destination;
     * {@link KnowledgeLoader} gives exact ones.
     */
    public List<Problem> validate(String fileName, KnowledgeBase knowledge) {
        Findings findings = new Findings(fileName);
        knowledge
                .destinations()
                .forEach(d ->
                        findings.locate(Paths.id("destinations", d.id()), new Position(Math.max(1, d.line()), 1)));
        check(knowledge, findings);
        return findings.sorted();
    }

    void check(KnowledgeBase knowledge, Findings findings) {
        LocalDate today = LocalDate.now(clock);
        KnowledgeWalk.walk(knowledge, new FreshnessCheck(findings, today, staleDays));
        KnowledgeWalk.walk(knowledge, new UntilCheck(findings, today));
        KnowledgeWalk.walk(knowledge, new SourceKindCheck(findings));
        KnowledgeWalk.walk(knowledge, new TranslationCheck(findings));
        KnowledgeWalk.walk(knowledge, new LinkCheck(findings));
        knowledge.destinations().forEach(d -> {
            checkFlag(d, findings);
            checkCardLength(d, findings);
        });
    }

    private static void checkFlag(Destination d, Findings findings) {
        String expected = flagOf(d.id());
        if (!d.flag().equals(expected)) {
            findings.warning(
                    Paths.key(Paths.id("destinations", d.id()), "flag"),
                    "the flag " + Quote.of(d.flag()) + " is not the flag of '" + d.id() + "', expected "
                            + Quote.of(expected));
        }
    }

    /** The flag emoji of an ISO alpha-2 code: two regional indicator symbols. */
    static String flagOf(String id) {
        StringBuilder flag = new StringBuilder();
        id.chars().forEach(c -> flag.appendCodePoint(0x1F1E6 + c - 'a'));
        return flag.toString();
    }

    private void checkCardLength(Destination d, Findings findings) {
        for (Lang lang : Lang.values()) {
            int length = cards.longestMessage(d, lang);
            if (length > CardMeasure.TELEGRAM_LIMIT) {
                findings.warning(
                        Paths.id("destinations", d.id()),
                        "the card in " + language(lang) + " needs a "
                                + "message of " + length + " characters, over Telegram's limit of "
                                + CardMeasure.TELEGRAM_LIMIT
                                + ": shorten the facts of its longest section");
            }
        }
    }

    private static String language(Lang lang) {
        return switch (lang) {
            case EN -> "English";
            case RU -> "Russian";
        };
    }
}
