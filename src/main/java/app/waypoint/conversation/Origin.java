package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import java.util.List;
import java.util.Objects;

/** Where a card was opened from, so that Back returns there. */
sealed interface Origin {

    /** The main menu (a search, a deep link, or a card opened without a list). */
    record Home() implements Origin {}

    /** A page of the ranked list. */
    record Results(int page) implements Origin {}

    /** A page of a region while browsing. */
    record Region(Destination.Region region, int page) implements Origin {
        public Region {
            Objects.requireNonNull(region, "region");
        }
    }

    /** A comparison. */
    record Compare(List<String> ids) implements Origin {
        public Compare {
            ids = List.copyOf(ids);
        }
    }

    /** The view Back leads to. */
    default View back() {
        return switch (this) {
            case Home h -> new View.Home();
            case Results r -> new View.Results(r.page());
            case Region r -> new View.Region(r.region(), r.page());
            case Compare c -> new View.Compare(c.ids());
        };
    }
}
