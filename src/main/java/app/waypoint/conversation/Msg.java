package app.waypoint.conversation;

import app.waypoint.knowledge.Lang;
import java.util.Map;

/**
 * The texts of one language. A template is Telegram HTML with named placeholders ({@code {name}}); arguments
 * are escaped unless they are {@link Html}. Immutable and thread-safe.
 */
final class Msg {
    private final Lang lang;
    private final Map<String, String> templates;

    Msg(Lang lang, Map<String, String> templates) {
        this.lang = lang;
        this.templates = Map.copyOf(templates);
    }

    Lang lang() {
        return lang;
    }

    /**
     * The text for a key with its placeholders filled.
     *
     * @param key   the bundle key; a missing one shows as {@code [[key]]} (tests look for it) rather than failing
     * @param pairs placeholder names and values, alternating
     */
    String t(String key, Object... pairs) {
        String template = templates.get(key);
        if (template == null) return "[[" + Html.escape(key) + "]]";
        return fill(template, pairs, true);
    }

    /** Plain text for button labels and notices (not HTML): nothing is escaped. */
    String plain(String key, Object... pairs) {
        String template = templates.get(key);
        if (template == null) return "[[" + key + "]]";
        return fill(template, pairs, false);
    }

    /** The same as {@link #t}, as safe markup for use as an argument. */
    Html h(String key, Object... pairs) {
        return new Html(t(key, pairs));
    }

    /** The label of an enum value: key {@code prefix.NAME}. */
    String label(String prefix, Enum<?> value) {
        return t(prefix + "." + value.name());
    }

    /** A counted phrase: {@code key.one}, {@code key.few} or {@code key.many} by the language's rules, {n} filled. */
    String plural(String key, long n) {
        return t(key + "." + form(n), "n", n);
    }

    private String form(long n) {
        return switch (lang) {
            case EN -> n == 1 ? "one" : "many";
            case RU -> {
                long mod10 = n % 10;
                long mod100 = n % 100;
                if (mod10 == 1 && mod100 != 11) yield "one";
                if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) yield "few";
                yield "many";
            }
        };
    }

    /** One pass over the template, so a value that itself contains "{x}" is never filled again. */
    private static String fill(String template, Object[] pairs, boolean html) {
        if (pairs.length % 2 != 0) throw new IllegalArgumentException("placeholder names and values must pair up");
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) break;
            out.append(template, i, open);
            Object value = value(pairs, template.substring(open + 1, close));
            out.append(
                    value == null ? template.substring(open, close + 1) : html ? markup(value) : String.valueOf(value));
            i = close + 1;
        }
        return out.append(template, i, template.length()).toString();
    }

    private static Object value(Object[] pairs, String name) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (name.equals(pairs[i])) return pairs[i + 1];
        }
        return null;
    }

    private static String markup(Object value) {
        return value instanceof Html html ? html.markup() : Html.escape(String.valueOf(value));
    }
}
