package app.waypoint.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Telegram's HTML subset into terminal text: tags dropped, links shown with their address. */
final class PlainText {
    private static final Pattern LINK = Pattern.compile("<a\\s+href=\"([^\"]*)\"\\s*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(\\s[^>]*)?>");

    private PlainText() {}

    static String fromHtml(String html) {
        Matcher m = LINK.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String label = m.group(2);
            String href = m.group(1);
            String shown = label.equals(href) ? label : label + " (" + href + ")";
            m.appendReplacement(sb, Matcher.quoteReplacement(shown));
        }
        m.appendTail(sb);
        return unescape(TAG.matcher(sb).replaceAll(""));
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
