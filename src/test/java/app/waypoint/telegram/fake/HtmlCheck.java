package app.waypoint.telegram.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram's HTML parse mode, as strictly as Telegram or stricter: only the documented tags, properly
 * nested, and every {@code < > &} outside a tag written as an entity. Returns the plain text (what
 * Telegram counts against the 4,096-character limit) or throws with Telegram's error wording.
 */
final class HtmlCheck {
    private static final Set<String> TAGS = Set.of(
            "b",
            "strong",
            "i",
            "em",
            "u",
            "ins",
            "s",
            "strike",
            "del",
            "span",
            "tg-spoiler",
            "a",
            "code",
            "pre",
            "blockquote",
            "tg-emoji");
    private static final Map<String, String> ENTITIES = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"");
    private static final Pattern TAG =
            Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[a-z-]+(?:=\"[^\"<>]*\")?)*)\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]+);");

    /** A text Telegram would refuse. */
    static final class Invalid extends Exception {
        Invalid(String description) {
            super(description, null, false, false);
        }
    }

    private HtmlCheck() {}

    /** The text without tags, entities decoded; throws for what Telegram would reject. */
    static String plain(String html) throws Invalid {
        StringBuilder out = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher m = TAG.matcher(html).region(i, html.length());
                if (!m.lookingAt()) throw invalid("Unexpected character '<'", html, i);
                String name = m.group(2).toLowerCase();
                if (!TAGS.contains(name)) throw invalid("Unsupported start tag \"" + name + "\"", html, i);
                if (m.group(1).isEmpty()) {
                    if (name.equals("a") && !m.group(3).contains("href="))
                        throw invalid("Tag \"a\" must have href", html, i);
                    open.push(name);
                } else if (open.isEmpty() || !open.pop().equals(name)) {
                    throw invalid("Unmatched end tag \"" + name + "\"", html, i);
                }
                i = m.end();
            } else if (c == '&') {
                Matcher m = ENTITY.matcher(html).region(i, html.length());
                if (!m.lookingAt()) throw invalid("Character '&' must be escaped", html, i);
                out.append(decode(m.group(1), html, i));
                i = m.end();
            } else if (c == '>') {
                throw invalid("Character '>' must be escaped", html, i);
            } else {
                out.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new Invalid("Bad Request: can't parse entities: Can't find end tag corresponding to start tag \""
                    + open.peek() + "\"");
        }
        return out.toString();
    }

    private static String decode(String entity, String html, int at) throws Invalid {
        if (entity.startsWith("#x")) return Character.toString(Integer.parseInt(entity.substring(2), 16));
        if (entity.startsWith("#")) return Character.toString(Integer.parseInt(entity.substring(1)));
        String named = ENTITIES.get(entity);
        if (named == null) throw invalid("Unsupported HTML entity \"&" + entity + ";\"", html, at);
        return named;
    }

    private static Invalid invalid(String what, String html, int at) {
        int byteOffset = html.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        return new Invalid("Bad Request: can't parse entities: " + what + " at byte offset " + byteOffset);
    }
}
