package app.waypoint.cli;

/** A command line that does not fit the usage: exit 2 with the usage text. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
