package app.waypoint.telegram.fake;

import java.time.Duration;

/** A scripted misbehaviour of the fake Bot API, answered instead of the real method. */
public sealed interface Fault {

    /** A JSON error in Telegram's shape, e.g. 500, 401, 409, 403. */
    record Error(int code, String description, int retryAfter) implements Fault {
        Answer toAnswer() {
            return Answer.error(code, description, retryAfter);
        }
    }

    /** An HTML error page (as a proxy in front of the API would send), not JSON. */
    record HtmlPage(int status) implements Fault {}

    /** Holds the request past the client's timeout, then closes the connection; the call is not applied. */
    record Hang(Duration duration) implements Fault {}

    /** Starts a 200 answer and drops the connection half-way; the call is applied. */
    record DropMidResponse() implements Fault {}

    static Fault tooManyRequests(int retryAfter) {
        return new Error(429, "Too Many Requests: retry after " + retryAfter, retryAfter);
    }

    static Fault internalError() {
        return new Error(500, "Internal Server Error", 0);
    }

    static Fault badGatewayPage() {
        return new HtmlPage(502);
    }

    static Fault unauthorized() {
        return new Error(401, "Unauthorized", 0);
    }

    static Fault conflictOtherInstance() {
        return new Error(
                409,
                "Conflict: terminated by other getUpdates request; make sure that only one bot "
                        + "instance is running",
                0);
    }

    static Fault conflictWebhook() {
        return new Error(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook "
                        + "to delete the webhook first",
                0);
    }

    static Fault hang(Duration d) {
        return new Hang(d);
    }

    static Fault dropMidResponse() {
        return new DropMidResponse();
    }
}
