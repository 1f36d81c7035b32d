package app.waypoint.watch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The readable text of a page and its fingerprint. Markup, scripts, navigation, cookie banners and ad slots are
 * not the page's content: a change there is not a change of what a fact rests on.
 */
final class Readable {
    /** Elements that are never the content a fact cites. */
    private static final String NOISE_TAGS = "script, style, noscript, template, iframe, svg, canvas, form, nav, "
            + "header, footer, aside, [aria-hidden=true], [role=banner], [role=navigation], [role=complementary]";
    /** Words in a class or id that mark an ad slot, a banner or a list of other articles. */
    private static final Set<String> NOISE_WORDS = Set.of(
            "ad",
            "ads",
            "advert",
            "advertisement",
            "banner",
            "cookie",
            "cookies",
            "consent",
            "promo",
            "sponsor",
            "sponsored",
            "subscribe",
            "share",
            "social",
            "related",
            "popular",
            "trending",
            "recommended",
            "teaser",
            "widget");

    private Readable() {}

    /** The text a reader sees: HTML through jsoup without the noise; other text as it is; binary as bytes. */
    static String text(byte[] body, String contentType, String url) {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("html") || type.isBlank() && looksLikeHtml(body)) {
            Document doc = Jsoup.parse(new String(body, charset(type)), url);
            doc.select(NOISE_TAGS).remove();
            for (Element e : doc.getAllElements()) {
                if (e.parent() != null && isNoise(e)) e.remove();
            }
            return normalise(doc.body() == null ? doc.text() : doc.body().text());
        }
        if (type.startsWith("text/") || type.contains("json") || type.contains("xml")) {
            return normalise(new String(body, charset(type)));
        }
        return HexFormat.of().formatHex(sha256(body)); // a PDF or an image: its bytes are its content
    }

    private static boolean isNoise(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String word : names.split("[\\s_-]+")) {
            if (NOISE_WORDS.contains(word)) return true;
        }
        return false;
    }

    /** A short, stable fingerprint of a text. */
    static String fingerprint(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static boolean looksLikeHtml(byte[] body) {
        String head =
                new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html");
    }

    private static Charset charset(String type) {
        int at = type.indexOf("charset=");
        if (at >= 0) {
            String name = type.substring(at + 8).replaceAll("[\";].*", "").trim();
            try {
                return Charset.forName(name);
            } catch (RuntimeException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
