package app.waypoint.conversation;

import app.waypoint.knowledge.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The user-facing texts: {@code i18n/messages_en.properties} and {@code messages_ru.properties} (UTF-8), read
 * once from the class path. Immutable and thread-safe.
 */
final class Messages {
    private static final Messages BUNDLED = load();

    private final Map<Lang, Msg> byLang;

    private Messages(Map<Lang, Msg> byLang) {
        this.byLang = Map.copyOf(byLang);
    }

    /** The bundles shipped with the bot. */
    static Messages bundled() {
        return BUNDLED;
    }

    Msg in(Lang lang) {
        return byLang.get(lang);
    }

    private static Messages load() {
        Map<Lang, Msg> map = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            map.put(lang, new Msg(lang, read(path(lang))));
        }
        return new Messages(map);
    }

    /** Where a language's bundle lives on the class path. */
    static String path(Lang lang) {
        return "/i18n/messages_" + lang.name().toLowerCase(java.util.Locale.ROOT) + ".properties";
    }

    static Map<String, String> read(String path) {
        try (InputStream in = Messages.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("message bundle missing from the class path: " + path);
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            Map<String, String> map = new java.util.HashMap<>();
            p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + path, e);
        }
    }
}
