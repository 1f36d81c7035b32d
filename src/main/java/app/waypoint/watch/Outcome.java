package app.waypoint.watch;

import java.net.URI;
import java.util.Objects;

/**
 * What fetching one source gave. Switch over it without {@code default}.
 */
public sealed interface Outcome {

    /**
     * The page answered with 2xx at its own address.
     *
     * @param fingerprint the hash of its readable text
     * @param type        the content type, as the server said it
     */
    record Page(String fingerprint, String type) implements Outcome {
        public Page {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * The address now redirects elsewhere (another host or path, not just http to https).
     *
     * @param to where it ends up
     * @param status the status of the last answer
     */
    record Moved(URI to, int status) implements Outcome {
        public Moved {
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * Nothing usable: a 4xx or 5xx, no such host, a timeout after the retries, a refused connection.
     *
     * @param reason a short reason for maintainers ({@code HTTP 404}, {@code timeout}, {@code unknown host})
     */
    record Dead(String reason) implements Outcome {
        public Dead {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
