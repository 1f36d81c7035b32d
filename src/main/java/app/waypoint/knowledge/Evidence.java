package app.waypoint.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * The sources and check date that vouch for the structured values of a block (entry, banking, ...).
 *
 * @param sources at least one source
 * @param checked when a maintainer last confirmed the values
 */
public record Evidence(List<Source> sources, PartialDate checked) {
    public Evidence {
        sources = List.copyOf(sources);
        Objects.requireNonNull(checked, "checked");
    }
}
