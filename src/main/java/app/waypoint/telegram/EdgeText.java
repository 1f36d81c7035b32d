package app.waypoint.telegram;

import app.waypoint.knowledge.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The few plain texts the edge says by itself (asking a flooding chat to slow down, "one moment" on a button
 * whose screen is late, the apology when a reply fails), from the same {@code i18n/messages_*.properties}
 * bundles as the conversation's.
 */
final class EdgeText {
    static final String SLOW_DOWN = "notice.slowDown";
    static final String ONE_MOMENT = "notice.oneMoment";
    static final String APOLOGY = "apology";
    private static final Map<Lang, Properties> BUNDLES = load();

    private EdgeText() {}

    /** The text under {@code key} in the language of the user's client. */
    static String get(String key, String languageCode) {
        String text = BUNDLES.get(Lang.fromLanguageCode(languageCode)).getProperty(key);
        if (text == null) throw new IllegalStateException("missing text: " + key);
        return text;
    }

    private static Map<Lang, Properties> load() {
        Map<Lang, Properties> map = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            String path = "/i18n/messages_" + lang.name().toLowerCase(Locale.ROOT) + ".properties";
            try (InputStream in = EdgeText.class.getResourceAsStream(path)) {
                if (in == null) throw new IllegalStateException("bundle missing from the class path: " + path);
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                map.put(lang, p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return map;
    }
}
