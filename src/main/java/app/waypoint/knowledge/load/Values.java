package app.waypoint.knowledge.load;

import app.waypoint.knowledge.PartialDate;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads scalars as text and parses them explicitly, reporting what was expected and what was found. YAML's
 * own typing is never used: {@code NO} stays the text NO, {@code 0123} stays "0123", {@code 1.10} is not 1.1.
 * Each method returns null when the value is wrong, after reporting it.
 */
final class Values {
    static final Pattern DAYS = Pattern.compile("[1-9][0-9]{0,3}");
    static final int MAX_DAYS = 3650;
    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.[0-9]{1,2})?");
    private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}");
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Findings findings;

    Values(Findings findings) {
        this.findings = findings;
    }

    /** The scalar's text, which may be empty; null when the node is not a scalar. */
    String anyText(YamlNode node, String path) {
        return switch (node) {
            case YamlNode.Scalar s -> s.text();
            case YamlNode.Broken b -> skip();
            case YamlNode.Sequence s -> wrong(node, path, "text");
            case YamlNode.Mapping m -> wrong(node, path, "text");
        };
    }

    /** Text that is not blank. */
    String text(YamlNode node, String path) {
        String text = anyText(node, path);
        if (text != null && text.isBlank()) return wrong(node, path, "text");
        return text;
    }

    /** A lower-case name from the enum, such as {@code visa_free} for {@code VISA_FREE}. */
    <E extends Enum<E>> E choice(YamlNode node, String path, Class<E> type) {
        return choice(node, path, type, List.of());
    }

    /** Like {@link #choice(YamlNode, String, Class)}, naming words the caller reads itself among the allowed ones. */
    <E extends Enum<E>> E choice(YamlNode node, String path, Class<E> type, List<String> alsoAllowed) {
        String text = anyText(node, path);
        if (text == null) return null;
        for (E constant : type.getEnumConstants()) {
            if (name(constant).equals(text)) return constant;
        }
        String allowed = java.util.stream.Stream.concat(
                        Arrays.stream(type.getEnumConstants()).map(Values::name), alsoAllowed.stream())
                .collect(Collectors.joining(", "));
        return wrong(node, path, "one of " + allowed);
    }

    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    PartialDate date(YamlNode node, String path) {
        String text = anyText(node, path);
        if (text == null) return null;
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            return wrong(node, path, "a date as YYYY-MM-DD, YYYY-MM or YYYY");
        }
    }

    Boolean bool(YamlNode node, String path) {
        String text = anyText(node, path);
        if (text == null) return null;
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> wrong(node, path, "true or false");
        };
    }

    Integer days(YamlNode node, String path) {
        String text = anyText(node, path);
        if (text == null) return null;
        if (DAYS.matcher(text).matches() && Integer.parseInt(text) <= MAX_DAYS) return Integer.parseInt(text);
        return wrong(node, path, "a whole number of days from 1 to " + MAX_DAYS);
    }

    Double decimal(YamlNode node, String path) {
        String text = anyText(node, path);
        if (text == null) return null;
        if (DECIMAL.matcher(text).matches()) return Double.parseDouble(text);
        return wrong(node, path, "a number from 0 to 999.99 such as 40.5");
    }

    /** An absolute http or https URL with a host. */
    URI url(YamlNode node, String path) {
        String text = text(node, path);
        if (text == null) return null;
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return uri;
        } catch (URISyntaxException e) {
            // reported below, like any other malformed value
        }
        return wrong(node, path, "an absolute http(s) URL such as 'https://example.org/page'");
    }

    /** A destination id: an ISO 3166-1 alpha-2 code in lower case. */
    String countryCode(YamlNode node, String path) {
        String text = anyText(node, path);
        if (text == null || COUNTRY.matcher(text).matches()) return text;
        String lower = text.toLowerCase(Locale.ROOT);
        String hint = COUNTRY.matcher(lower).matches() ? " (did you mean '" + lower + "'?)" : "";
        return wrong(node, path, "an ISO 3166-1 alpha-2 code in lower case, two letters such as 'ge'", hint);
    }

    /** A help or rule id: lower-case letters and digits, words joined by '-'. */
    String slug(YamlNode node, String path) {
        String text = anyText(node, path);
        if (text == null || SLUG.matcher(text).matches()) return text;
        return wrong(node, path, "an id of lower-case letters, digits and '-' such as 'idite-lesom'");
    }

    private <T> T skip() {
        findings.skip();
        return null;
    }

    private <T> T wrong(YamlNode node, String path, String expected) {
        return wrong(node, path, expected, "");
    }

    private <T> T wrong(YamlNode node, String path, String expected, String hint) {
        findings.error(node.at(), path, "expected " + expected + ", found " + node.describe() + hint);
        return null;
    }
}
