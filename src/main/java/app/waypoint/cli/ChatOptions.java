package app.waypoint.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Options of {@code chat}: the language the console user "has", as Telegram's language_code would say it.
 *
 * @param languageCode "ru" or "en"
 */
record ChatOptions(String languageCode) {

    /** {@code --lang ru|en}; without it, the language of the {@code LANG} locale (ru_RU.UTF-8 → ru), else en. */
    static ChatOptions parse(List<String> args, Map<String, String> env) {
        String lang = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lang") && i + 1 < args.size()) {
                lang = args.get(++i);
            } else if (a.startsWith("--lang=")) {
                lang = a.substring("--lang=".length());
            } else {
                throw new UsageException("chat: unexpected argument '" + a + "'");
            }
        }
        if (lang == null) return new ChatOptions(fromLocale(env.get("LANG")));
        String code = lang.toLowerCase(Locale.ROOT);
        if (!code.equals("ru") && !code.equals("en"))
            throw new UsageException("chat: --lang takes ru or en, not '" + lang + "'");
        return new ChatOptions(code);
    }

    private static String fromLocale(String locale) {
        if (locale == null || locale.length() < 2) return "en";
        return locale.substring(0, 2).toLowerCase(Locale.ROOT);
    }
}
