package app.waypoint.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * The knobs of the Telegram edge. {@link #defaults()} suits production; tests shrink the times.
 *
 * @param pollTimeout       the long-poll timeout sent to getUpdates (whole seconds, 1–50)
 * @param requestTimeout    the HTTP timeout of every other call (getUpdates gets the poll timeout plus this)
 * @param backoffBase       the first wait after a failure (5xx, timeout, connection refused)
 * @param backoffCap        the longest wait between two attempts; full jitter below it
 * @param conflictRetries   how many 409 "terminated by other getUpdates request" in a row before giving up
 * @param maxInFlight       updates received but not yet handled; polling pauses at this many (a memory guard:
 *                          each chat's own share is bounded by the edge's per-chat admission, so this is only
 *                          reached when very many chats wait under Telegram's rate limits at once)
 * @param busyPollInterval  how often to look for new updates while an older one is still being handled
 * @param chatRate          messages per second to one chat (Telegram: about 1)
 * @param chatBurst         messages one chat may get at once before {@code chatRate} applies
 * @param globalRate        messages per second to all chats together (Telegram: 30)
 * @param rateLimitAttempts attempts of one call that keeps getting 429, before it is given up
 * @param sendRetryBudget   how long one outgoing call is retried through 5xx and network failures
 * @param stopGrace         how long {@link TelegramBot#stop()} lets in-flight updates finish
 */
public record Tuning(
        Duration pollTimeout,
        Duration requestTimeout,
        Duration backoffBase,
        Duration backoffCap,
        int conflictRetries,
        int maxInFlight,
        Duration busyPollInterval,
        double chatRate,
        int chatBurst,
        double globalRate,
        int rateLimitAttempts,
        Duration sendRetryBudget,
        Duration stopGrace) {

    public Tuning {
        positive(pollTimeout, "pollTimeout");
        positive(requestTimeout, "requestTimeout");
        positive(backoffBase, "backoffBase");
        positive(backoffCap, "backoffCap");
        positive(busyPollInterval, "busyPollInterval");
        positive(sendRetryBudget, "sendRetryBudget");
        positive(stopGrace, "stopGrace");
        if (pollTimeout.toSeconds() < 1 || pollTimeout.toSeconds() > 50) {
            throw new IllegalArgumentException("pollTimeout must be 1-50 s, was " + pollTimeout);
        }
        if (conflictRetries < 0 || maxInFlight < 1 || chatBurst < 1 || rateLimitAttempts < 1) {
            throw new IllegalArgumentException(
                    "conflictRetries >= 0, maxInFlight, chatBurst and " + "rateLimitAttempts >= 1 expected");
        }
        if (!(chatRate > 0) || !(globalRate > 0)) {
            throw new IllegalArgumentException("rates must be positive");
        }
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (!d.isPositive()) throw new IllegalArgumentException(name + " must be positive, was " + d);
    }

    /**
     * Production values: 30 s long polls, back-off up to 30 s, Telegram's per-chat rate, and 29 messages a
     * second overall: at exactly Telegram's 30 the two limiters run in lockstep and network jitter earns an
     * occasional 429 (measured in BENCHMARKS.md: 1–2 per 30 s at 30/s, none at 29/s).
     */
    public static Tuning defaults() {
        return new Tuning(
                Duration.ofSeconds(30),
                Duration.ofSeconds(15),
                Duration.ofMillis(500),
                Duration.ofSeconds(30),
                5,
                10_000,
                Duration.ofMillis(250),
                1.0,
                3,
                29.0,
                5,
                Duration.ofMinutes(5),
                Duration.ofSeconds(8));
    }

    public Tuning withPollTimeout(Duration d) {
        return new Tuning(
                d,
                requestTimeout,
                backoffBase,
                backoffCap,
                conflictRetries,
                maxInFlight,
                busyPollInterval,
                chatRate,
                chatBurst,
                globalRate,
                rateLimitAttempts,
                sendRetryBudget,
                stopGrace);
    }

    public Tuning withRequestTimeout(Duration d) {
        return new Tuning(
                pollTimeout,
                d,
                backoffBase,
                backoffCap,
                conflictRetries,
                maxInFlight,
                busyPollInterval,
                chatRate,
                chatBurst,
                globalRate,
                rateLimitAttempts,
                sendRetryBudget,
                stopGrace);
    }

    public Tuning withBackoff(Duration base, Duration cap) {
        return new Tuning(
                pollTimeout,
                requestTimeout,
                base,
                cap,
                conflictRetries,
                maxInFlight,
                busyPollInterval,
                chatRate,
                chatBurst,
                globalRate,
                rateLimitAttempts,
                sendRetryBudget,
                stopGrace);
    }

    public Tuning withConflictRetries(int n) {
        return new Tuning(
                pollTimeout,
                requestTimeout,
                backoffBase,
                backoffCap,
                n,
                maxInFlight,
                busyPollInterval,
                chatRate,
                chatBurst,
                globalRate,
                rateLimitAttempts,
                sendRetryBudget,
                stopGrace);
    }

    public Tuning withMaxInFlight(int n) {
        return new Tuning(
                pollTimeout,
                requestTimeout,
                backoffBase,
                backoffCap,
                conflictRetries,
                n,
                busyPollInterval,
                chatRate,
                chatBurst,
                globalRate,
                rateLimitAttempts,
                sendRetryBudget,
                stopGrace);
    }

    public Tuning withBusyPollInterval(Duration d) {
        return new Tuning(
                pollTimeout,
                requestTimeout,
                backoffBase,
                backoffCap,
                conflictRetries,
                maxInFlight,
                d,
                chatRate,
                chatBurst,
                globalRate,
                rateLimitAttempts,
                sendRetryBudget,
                stopGrace);
    }

    public Tuning withRates(double perChat, int burst, double global) {
        return new Tuning(
                pollTimeout,
                requestTimeout,
                backoffBase,
                backoffCap,
                conflictRetries,
                maxInFlight,
                busyPollInterval,
                perChat,
                burst,
                global,
                rateLimitAttempts,
                sendRetryBudget,
                stopGrace);
    }

    public Tuning withRateLimitAttempts(int n) {
        return new Tuning(
                pollTimeout,
                requestTimeout,
                backoffBase,
                backoffCap,
                conflictRetries,
                maxInFlight,
                busyPollInterval,
                chatRate,
                chatBurst,
                globalRate,
                n,
                sendRetryBudget,
                stopGrace);
    }

    public Tuning withSendRetryBudget(Duration d) {
        return new Tuning(
                pollTimeout,
                requestTimeout,
                backoffBase,
                backoffCap,
                conflictRetries,
                maxInFlight,
                busyPollInterval,
                chatRate,
                chatBurst,
                globalRate,
                rateLimitAttempts,
                d,
                stopGrace);
    }

    public Tuning withStopGrace(Duration d) {
        return new Tuning(
                pollTimeout,
                requestTimeout,
                backoffBase,
                backoffCap,
                conflictRetries,
                maxInFlight,
                busyPollInterval,
                chatRate,
                chatBurst,
                globalRate,
                rateLimitAttempts,
                sendRetryBudget,
                d);
    }
}
