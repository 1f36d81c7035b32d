package app.waypoint.knowledge;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a fact comes from.
 *
 * @param url   the page, http or https
 * @param dated the date the source itself states, if it states one
 */
public record Source(URI url, Optional<PartialDate> dated) {
    public Source {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(dated, "dated");
    }
}
