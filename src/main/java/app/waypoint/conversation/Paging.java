package app.waypoint.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits long content into Telegram messages (4,096 characters): paragraphs are packed into pages and split
 * only between paragraphs; a paragraph too long on its own is split as plain text, before it becomes HTML,
 * so no tag or entity is ever cut.
 */
final class Paging {
    /** Telegram's limit for a message's text. */
    static final int LIMIT = 4096;

    private static final String GAP = "\n\n";

    private Paging() {}

    /** Paragraphs (HTML) packed greedily into pages of at most {@code budget} characters. */
    static List<String> pack(List<String> paragraphs, int budget) {
        List<String> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        for (String p : paragraphs) {
            if (!page.isEmpty() && page.length() + GAP.length() + p.length() > budget) {
                pages.add(page.toString());
                page.setLength(0);
            }
            if (!page.isEmpty()) page.append(GAP);
            page.append(p);
        }
        if (!page.isEmpty() || pages.isEmpty()) pages.add(page.toString());
        return pages;
    }

    /**
     * Plain text cut into pieces whose escaped length is at most {@code max}, at a space where there is one,
     * never inside a surrogate pair.
     */
    static List<String> split(String plain, int max) {
        if (max < 16) throw new IllegalArgumentException("max too small: " + max);
        List<String> pieces = new ArrayList<>();
        String rest = plain;
        while (Html.escape(rest).length() > max) {
            int cut = cutPoint(rest, max);
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() || pieces.isEmpty()) pieces.add(rest);
        return pieces;
    }

    /** The longest prefix that fits escaped, ending at a space if one is in its second half. */
    private static int cutPoint(String text, int max) {
        int escaped = 0;
        int end = 0;
        while (end < text.length()) {
            int width = Html.escape(String.valueOf(text.charAt(end))).length();
            if (escaped + width > max) break;
            escaped += width;
            end++;
        }
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) end--;
        int space = text.lastIndexOf(' ', end);
        return space > end / 2 ? space : Math.max(end, 1);
    }
}
