package app.waypoint.conversation;

import app.waypoint.knowledge.HelpOrganisation;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns data into addresses Telegram accepts for links and link buttons. */
final class Links {
    private static final Pattern HANDLE = Pattern.compile("@?([A-Za-z0-9_]{4,64})");

    private Links() {}

    /** True for an absolute http or https address without spaces. */
    static boolean isWeb(String url) {
        if (url == null || url.length() > 2048) return false;
        for (int i = 0; i < url.length(); i++) if (Character.isWhitespace(url.charAt(i))) return false;
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** The address of a contact for a link button, if it can be one (e-mail cannot). */
    static Optional<String> url(HelpOrganisation.Contact contact) {
        String value = contact.value().strip();
        return switch (contact.kind()) {
            case WEBSITE -> isWeb(value) ? Optional.of(value) : Optional.empty();
            case TELEGRAM -> telegram(value);
            case EMAIL -> Optional.empty();
        };
    }

    private static Optional<String> telegram(String value) {
        if (isWeb(value)) return Optional.of(value);
        var m = HANDLE.matcher(value);
        return m.matches() ? Optional.of("https://t.me/" + m.group(1)) : Optional.empty();
    }

    /** The host of an address without "www.", for short link labels. */
    static String host(String url) {
        return HOSTS.get(url, Links::parseHost);
    }

    /**
     * Hosts by address: parsing a URI costs more than the rest of a source line, and every card's Sources section
     * (and the validator's card check) shows the same few hundred addresses again and again.
     */
    private static final Cache<String, String> HOSTS =
            Caffeine.newBuilder().maximumSize(20_000).build();

    private static String parseHost(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) return url;
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
