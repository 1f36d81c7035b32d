package app.waypoint.config;

/** A bad environment variable: the message names the variable and the bad value (never a secret). */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
