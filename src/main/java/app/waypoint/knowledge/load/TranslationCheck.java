package app.waypoint.knowledge.load;

import app.waypoint.knowledge.Text;

/**
 * Warns about text a reader of one language would not understand: a blank translation, a long text left the
 * same in both languages, or Russian text with no Cyrillic at all (most likely pasted English).
 */
final class TranslationCheck implements KnowledgeWalk.Visitor {
    /** Shorter texts may rightly be the same in both languages (names, brands). */
    static final int LONG_TEXT = 40;

    private final Findings findings;

    TranslationCheck(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void text(String path, Text text) {
        if (text.en().isBlank()) findings.warning(Paths.key(path, "en"), "the English text is missing");
        if (text.ru().isBlank()) findings.warning(Paths.key(path, "ru"), "the Russian text is missing");
        if (text.en().isBlank() || text.ru().isBlank() || text.ru().length() < LONG_TEXT) return;
        if (text.ru().strip().equals(text.en().strip())) {
            findings.warning(Paths.key(path, "ru"), "the Russian text is the same as the English: translate it");
        } else if (text.ru().codePoints().noneMatch(TranslationCheck::isCyrillic)) {
            findings.warning(
                    Paths.key(path, "ru"),
                    "the Russian text has no Cyrillic letters: is it translated? found " + Quote.of(text.ru()));
        }
    }

    private static boolean isCyrillic(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.CYRILLIC;
    }
}
