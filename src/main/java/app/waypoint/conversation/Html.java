package app.waypoint.conversation;

import java.util.Objects;

/**
 * A piece of Telegram HTML that is already safe: built only from escaped values and Telegram's tags. Message
 * arguments that are not {@code Html} are escaped when inserted.
 *
 * @param markup the HTML
 */
record Html(String markup) {
    Html {
        Objects.requireNonNull(markup, "markup");
    }

    /** Escapes {@code & < > "} so that any text can go into Telegram HTML, inside tags or attributes. */
    static String escape(String text) {
        int first = 0;
        while (first < text.length() && !special(text.charAt(first))) first++;
        if (first == text.length()) return text; // most text has nothing to escape: no copy
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static boolean special(char ch) {
        return ch == '&' || ch == '<' || ch == '>' || ch == '"';
    }

    static Html text(String plain) {
        return new Html(escape(plain));
    }

    static Html bold(String plain) {
        return new Html("<b>" + escape(plain) + "</b>");
    }

    /** A link, or just the label when the address is not http(s). */
    static Html link(String url, String label) {
        if (!Links.isWeb(url)) return text(label);
        return new Html("<a href=\"" + escape(url) + "\">" + escape(label) + "</a>");
    }

    @Override
    public String toString() {
        return markup;
    }
}
