package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks what Telegram would reject or cut: tags, entities, lengths, button data. */
final class TelegramHtml {
    private static final Set<String> TAGS = Set.of("b", "i", "u", "s", "a", "code", "pre", "blockquote", "tg-spoiler");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?: href=\"[^\"<>]*\")?)>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot);");

    private TelegramHtml() {}

    static void assertValid(Screen screen) {
        String html = screen.html();
        assertFalse(html.isBlank(), "empty message");
        assertTrue(
                html.length() <= 4096, () -> "message of " + html.length() + " characters:\n" + html.substring(0, 300));
        assertFalse(html.contains("[["), () -> "missing message key in:\n" + html);
        assertFalse(
                html.contains("{") && html.matches("(?s).*\\{[a-zA-Z]+}.*"), () -> "unfilled placeholder in:\n" + html);
        checkMarkup(html);
        for (List<Button> row : screen.keyboard()) {
            for (Button b : row) {
                assertFalse(b.label().isBlank(), "blank label");
                assertFalse(b.label().contains("[["), () -> "missing key in label " + b.label());
                assertFalse(
                        b.label().contains("&amp;") || b.label().contains("<"), () -> "HTML in a label: " + b.label());
                if (b instanceof Button.Callback c) {
                    assertTrue(
                            c.data().getBytes(StandardCharsets.UTF_8).length <= 64,
                            () -> "data over 64 bytes: " + c.data());
                }
                if (b instanceof Button.Link l)
                    assertTrue(l.url().startsWith("https://") || l.url().startsWith("http://"), l.url());
            }
        }
    }

    static void checkMarkup(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(html);
        int at = 0;
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            text.append(html, at, m.start());
            String name = m.group(2);
            if (!TAGS.contains(name)) fail("tag <" + name + "> is not Telegram HTML:\n" + html);
            if (m.group(1).isEmpty()) {
                if (!m.group(3).isEmpty() && !name.equals("a")) fail("attribute on <" + name + ">");
                open.push(name);
            } else {
                assertEquals(name, open.isEmpty() ? null : open.pop(), () -> "unbalanced </" + name + "> in:\n" + html);
            }
            at = m.end();
        }
        text.append(html.substring(at));
        assertTrue(open.isEmpty(), () -> "unclosed " + open + " in:\n" + html);
        String rest = ENTITY.matcher(text).replaceAll("");
        assertFalse(
                rest.contains("<") || rest.contains(">") || rest.contains("&"), () -> "unescaped < > & in:\n" + html);
    }
}
