package app.waypoint.admin;

import app.waypoint.knowledge.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The maintainers' texts, from the {@code i18n/admin_*.properties} bundles (UTF-8). */
final class AdminText {
    private static final Map<Lang, AdminText> BUNDLES = load();

    private final Properties texts;
    private final Locale locale;

    private AdminText(Properties texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    static AdminText of(Lang lang) {
        return BUNDLES.get(lang);
    }

    /** The text under {@code key} with {@link MessageFormat} arguments filled in. */
    String format(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) throw new IllegalStateException("missing admin text: " + key);
        return new MessageFormat(pattern, locale).format(args);
    }

    static Properties bundle(Lang lang) {
        String path = "/i18n/admin_" + lang.name().toLowerCase(Locale.ROOT) + ".properties";
        try (InputStream in = AdminText.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("bundle missing from the class path: " + path);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Lang, AdminText> load() {
        Map<Lang, AdminText> map = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            map.put(
                    lang,
                    new AdminText(
                            bundle(lang), Locale.forLanguageTag(lang.name().toLowerCase(Locale.ROOT))));
        }
        return map;
    }
}
