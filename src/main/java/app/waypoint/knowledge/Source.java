package app.waypoint.knowledge;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a fact comes from.
 *
 * @param url   the page, http or https
 * @param kind  what sort of publisher it is, so a weak source is not shown like a strong one
 * @param dated the date the source itself states, if it states one
 */
public record Source(URI url, Kind kind, Optional<PartialDate> dated) {
    public Source {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dated, "dated");
    }

    /** True for sources that cannot carry a fact alone: guides, forums, blogs, and sellers. */
    public boolean weak() {
        return switch (kind) {
            case OFFICIAL, MEDIA, NGO -> false;
            case COMMUNITY, COMMERCIAL -> true;
        };
    }

    /**
     * Kinds of publisher, strongest first: a government or intergovernmental body, an established outlet with
     * editors, a non-governmental organisation, guides, forums and blogs, agencies and sellers.
     */
    public enum Kind {
        OFFICIAL,
        MEDIA,
        NGO,
        COMMUNITY,
        COMMERCIAL
    }
}
