package app.waypoint.watch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Fetches one source politely: a User-Agent that names the project, a timeout per request, redirects followed by
 * hand (so a move is seen), and a few retries for what may pass (timeouts, dropped connections, 5xx).
 */
final class Fetcher {
    static final String USER_AGENT = "WaypointSourceWatch/1.0 (knowledge-base link check of the Waypoint bot; "
            + "one request per page per run)";
    private static final int MAX_REDIRECTS = 5;
    private static final int MAX_BYTES = 8 * 1024 * 1024;

    private final HttpClient client;
    private final Duration timeout;
    private final int retries;

    Fetcher(Duration timeout, int retries) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.retries = retries;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    /** What the address gives now. Never throws for a network fault: that is an outcome. */
    Outcome fetch(URI url) throws InterruptedException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Outcome.Dead("not an http(s) address");
        }
        Outcome last = new Outcome.Dead("not fetched");
        for (int attempt = 0; attempt <= retries; attempt++) {
            last = once(url);
            if (!(last instanceof Outcome.Dead dead) || !dead.reason().startsWith("retry:")) break;
        }
        return last instanceof Outcome.Dead dead && dead.reason().startsWith("retry:")
                ? new Outcome.Dead(dead.reason().substring("retry:".length()) + " after " + (retries + 1) + " tries")
                : last;
    }

    private Outcome once(URI start) throws InterruptedException {
        URI at = start;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<byte[]> response;
            try {
                response = client.send(
                        HttpRequest.newBuilder(at)
                                .timeout(timeout)
                                .header("User-Agent", USER_AGENT)
                                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (HttpTimeoutException e) {
                return new Outcome.Dead("retry:timeout");
            } catch (ConnectException e) {
                return new Outcome.Dead(
                        e.getCause() instanceof UnknownHostException ? "unknown host" : "retry:connection refused");
            } catch (IOException e) {
                return new Outcome.Dead(e instanceof UnknownHostException ? "unknown host" : "retry:connection failed");
            } catch (IllegalArgumentException e) {
                return new Outcome.Dead("not a valid address");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                var location = response.headers().firstValue("Location");
                if (location.isEmpty()) return new Outcome.Dead("HTTP " + status + " without a Location");
                at = at.resolve(location.get());
                continue;
            }
            if (status >= 500) return new Outcome.Dead("retry:HTTP " + status);
            if (status >= 400) return new Outcome.Dead("HTTP " + status);
            if (!same(start, at)) return new Outcome.Moved(at, status);
            byte[] body = response.body();
            if (body.length > MAX_BYTES) body = java.util.Arrays.copyOf(body, MAX_BYTES);
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new Outcome.Page(Readable.fingerprint(Readable.text(body, type, at.toString())), type);
        }
        return new Outcome.Dead("more than " + MAX_REDIRECTS + " redirects");
    }

    /** The same page: only http became https, or a trailing slash came or went. */
    static boolean same(URI a, URI b) {
        return key(a).equals(key(b));
    }

    private static String key(URI u) {
        String host =
                u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
        return host + ":" + portOf(u) + path + "?" + Objects.toString(u.getRawQuery(), "");
    }

    private static int portOf(URI u) {
        if (u.getPort() >= 0 && !(u.getPort() == 80 || u.getPort() == 443)) return u.getPort();
        return 0;
    }
}
