package app.waypoint.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything Waypoint reads from its environment, read in one place and checked at start-up.
 *
 * @param token        the bot token, absent when {@code TELEGRAM_BOT_TOKEN} is unset or blank
 * @param apiUrl       the Bot API base address ({@code TELEGRAM_API_URL}), default Telegram's
 * @param destinations the knowledge-base file ({@code WAYPOINT_DESTINATIONS}), default ./destinations.yml
 * @param admins       Telegram user ids of maintainers ({@code WAYPOINT_ADMINS}, comma or space separated)
 * @param heartbeat    the file the poll loop touches while polling works ({@code WAYPOINT_HEARTBEAT}), optional
 * @param reviewDays   days after its check date a fact is marked "not re-checked" to users and reported to
 *                     maintainers ({@code WAYPOINT_REVIEW_DAYS}), default {@value #DEFAULT_REVIEW_DAYS}
 * @param data         a writable directory for the ids of answered updates ({@code WAYPOINT_DATA}), optional:
 *                     without it they are kept in memory only
 */
public record Config(
        Optional<BotToken> token,
        URI apiUrl,
        Path destinations,
        Set<Long> admins,
        Optional<Path> heartbeat,
        int reviewDays,
        Optional<Path> data) {
    public static final URI TELEGRAM_API = URI.create("https://api.telegram.org");
    /** The review age when {@code WAYPOINT_REVIEW_DAYS} is unset. */
    public static final int DEFAULT_REVIEW_DAYS = 180;

    private static final int MAX_REVIEW_DAYS = 3650;

    public Config {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(destinations, "destinations");
        admins = Set.copyOf(admins);
        Objects.requireNonNull(heartbeat, "heartbeat");
        if (reviewDays < 1) throw new IllegalArgumentException("reviewDays must be at least 1, was " + reviewDays);
        Objects.requireNonNull(data, "data");
    }

    /** The configuration with every variable at its default but the token's and the knowledge base's. */
    public Config(Optional<BotToken> token, URI apiUrl, Path destinations, Set<Long> admins, Optional<Path> heartbeat) {
        this(token, apiUrl, destinations, admins, heartbeat, DEFAULT_REVIEW_DAYS, Optional.empty());
    }

    /** Reads the process environment. */
    public static Config fromEnvironment() {
        return from(System.getenv());
    }

    /**
     * Reads the given variables.
     *
     * @throws ConfigException naming the variable and the bad value (never the token's value)
     */
    public static Config from(Map<String, String> env) {
        return new Config(
                token(env), apiUrl(env), destinations(env), admins(env), heartbeat(env), reviewDays(env), data(env));
    }

    private static Optional<BotToken> token(Map<String, String> env) {
        String raw = env.get("TELEGRAM_BOT_TOKEN");
        if (raw == null || raw.isBlank()) return Optional.empty();
        try {
            return Optional.of(BotToken.of(raw));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("TELEGRAM_BOT_TOKEN " + e.getMessage());
        }
    }

    private static URI apiUrl(Map<String, String> env) {
        String raw = env.get("TELEGRAM_API_URL");
        if (raw == null || raw.isBlank()) return TELEGRAM_API;
        try {
            URI uri = new URI(raw.strip());
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new ConfigException("TELEGRAM_API_URL must be an http(s) address such as "
                        + "https://api.telegram.org or http://127.0.0.1:8081, got '" + raw + "'");
            }
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), path, null, null);
        } catch (URISyntaxException e) {
            throw new ConfigException("TELEGRAM_API_URL is not a valid address: '" + raw + "'");
        }
    }

    private static Path destinations(Map<String, String> env) {
        return path(env, "WAYPOINT_DESTINATIONS").orElse(Path.of("destinations.yml"));
    }

    private static Optional<Path> heartbeat(Map<String, String> env) {
        return path(env, "WAYPOINT_HEARTBEAT");
    }

    /** Must name an existing directory the bot may write in: checked now, not at the first answered update. */
    private static Optional<Path> data(Map<String, String> env) {
        Optional<Path> dir = path(env, "WAYPOINT_DATA");
        dir.ifPresent(d -> {
            if (!Files.isDirectory(d)) {
                throw new ConfigException(
                        "WAYPOINT_DATA must name an existing directory, got '" + env.get("WAYPOINT_DATA") + "'"
                                + (Files.exists(d) ? " (a file, not a directory)" : " (it does not exist)"));
            }
            if (!Files.isWritable(d)) {
                throw new ConfigException("WAYPOINT_DATA must name a directory the bot may write in, got '"
                        + env.get("WAYPOINT_DATA") + "' (not writable)");
            }
        });
        return dir;
    }

    private static Optional<Path> path(Map<String, String> env, String name) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) return Optional.empty();
        try {
            return Optional.of(Path.of(raw.strip()));
        } catch (InvalidPathException e) {
            throw new ConfigException(name + " is not a valid path: '" + raw + "'");
        }
    }

    private static int reviewDays(Map<String, String> env) {
        String raw = env.get("WAYPOINT_REVIEW_DAYS");
        if (raw == null || raw.isBlank()) return DEFAULT_REVIEW_DAYS;
        String days = raw.strip();
        if (days.matches("[1-9][0-9]{0,3}") && Integer.parseInt(days) <= MAX_REVIEW_DAYS) return Integer.parseInt(days);
        throw new ConfigException("WAYPOINT_REVIEW_DAYS must be a whole number of days from 1 to " + MAX_REVIEW_DAYS
                + " (how old a check date may be before users are told to confirm the fact), got '" + raw + "'");
    }

    private static Set<Long> admins(Map<String, String> env) {
        String raw = env.get("WAYPOINT_ADMINS");
        Set<Long> ids = new LinkedHashSet<>();
        if (raw == null || raw.isBlank()) return ids;
        for (String part : raw.strip().split("[,\\s]+")) {
            try {
                long id = Long.parseLong(part);
                if (id <= 0) throw new NumberFormatException();
                ids.add(id);
            } catch (NumberFormatException e) {
                throw new ConfigException("WAYPOINT_ADMINS must list numeric Telegram user ids separated by "
                        + "commas, got '" + part + "'");
            }
        }
        return ids;
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "Config[token=" + (token.isPresent() ? "set" : "unset") + ", apiUrl=" + apiUrl
                + ", destinations=" + destinations + ", admins=" + admins.size() + ", heartbeat="
                + heartbeat.map(Path::toString).orElse("none") + ", reviewDays=" + reviewDays + ", data="
                + data.map(Path::toString).orElse("none") + "]";
    }
}
