package app.waypoint.knowledge.load;

import app.waypoint.knowledge.HelpOrganisation.Contact;
import app.waypoint.knowledge.Source;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Warns about addresses that parse but cannot be right: a host without a dot, a website contact that is not a
 * web address, a Telegram contact that is neither {@code @name} nor a t.me link, an e-mail without a domain.
 */
final class LinkCheck implements KnowledgeWalk.Visitor {
    private static final Pattern TELEGRAM = Pattern.compile("@[A-Za-z][A-Za-z0-9_]{3,31}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private final Findings findings;

    LinkCheck(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void source(String path, Source source) {
        String host = source.url().getHost();
        if (!host.contains(".")) {
            findings.warning(
                    Paths.key(path, "url"),
                    "the host " + Quote.of(host) + " has no dot: check the address "
                            + Quote.of(source.url().toString()));
        }
    }

    @Override
    public void contact(String path, Contact contact) {
        String value = contact.value().strip();
        String expected = switch (contact.kind()) {
            case WEBSITE -> isWebAddress(value) ? null : "a web address such as 'https://example.org'";
            case TELEGRAM -> isTelegram(value) ? null : "a Telegram '@name' or 'https://t.me/name' link";
            case EMAIL -> EMAIL.matcher(value).matches() ? null : "an e-mail address such as 'help@example.org'";
        };
        if (expected != null) {
            findings.warning(Paths.key(path, "value"), "expected " + expected + ", found " + Quote.of(contact.value()));
        }
    }

    private static boolean isTelegram(String value) {
        return TELEGRAM.matcher(value).matches()
                || (isWebAddress(value) && host(value).equals("t.me"));
    }

    private static boolean isWebAddress(String value) {
        String host = host(value);
        return host.contains(".") && (value.startsWith("https://") || value.startsWith("http://"));
    }

    private static String host(String value) {
        try {
            String host = new URI(value).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
