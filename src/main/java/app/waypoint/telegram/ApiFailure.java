package app.waypoint.telegram;

/**
 * A Bot API call that did not succeed, sorted by what the caller should do about it.
 *
 * <p>{@link #getMessage()} is safe to log: the method name, the error code and the first clause of
 * Telegram's description only (later clauses can quote the rejected text). The raw description is kept
 * in {@link #description()} for matching; never log it.
 */
final class ApiFailure extends Exception {

    /** What kind of failure this is. */
    enum Kind {
        /** Telegram answered with an error code other than 429 and 5xx: retrying the same call won't help. */
        REJECTED,
        /** 429 Too Many Requests: wait {@link #retryAfterSeconds()} and retry. */
        RATE_LIMITED,
        /** 5xx, a non-JSON answer, a timeout, a refused or dropped connection: retry with back-off. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String method;
    private final int code;
    private final String description;
    private final int retryAfterSeconds;

    private ApiFailure(Kind kind, String method, int code, String description, int retryAfterSeconds) {
        super(method + " failed: " + (code == 0 ? "" : code + " ") + firstClause(description), null, false, false);
        this.kind = kind;
        this.method = method;
        this.code = code;
        this.description = description;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** An error answer in Telegram's JSON shape. */
    static ApiFailure answered(String method, int code, String description, int retryAfterSeconds) {
        Kind kind = code == 429 ? Kind.RATE_LIMITED : code >= 500 ? Kind.UNAVAILABLE : Kind.REJECTED;
        return new ApiFailure(kind, method, code, description, Math.max(0, retryAfterSeconds));
    }

    /** No usable answer: {@code what} names the failure without user data, e.g. an exception's class. */
    static ApiFailure unavailable(String method, int httpCode, String what) {
        return new ApiFailure(Kind.UNAVAILABLE, method, httpCode, what, 0);
    }

    Kind kind() {
        return kind;
    }

    String method() {
        return method;
    }

    /** Telegram's error_code (or the HTTP status), 0 when no answer came at all. */
    int code() {
        return code;
    }

    /** Telegram's description, for matching only: never log it whole. */
    String description() {
        return description;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** True when the description contains {@code fragment}, ignoring case. */
    boolean says(String fragment) {
        return description.toLowerCase(java.util.Locale.ROOT).contains(fragment.toLowerCase(java.util.Locale.ROOT));
    }

    /** "Bad Request: can't parse entities: Unsupported tag..." becomes "Bad Request: can't parse entities". */
    static String firstClause(String description) {
        int first = description.indexOf(':');
        int second = first < 0 ? -1 : description.indexOf(':', first + 1);
        String clause = second < 0 ? description : description.substring(0, second);
        return clause.length() > 120 ? clause.substring(0, 120) : clause;
    }
}
