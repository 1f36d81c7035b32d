package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import java.util.Collection;

/**
 * How a destination is named on buttons: flag, name, and ⚠ for CSTO and high-risk countries, so that nobody
 * meets such a country without the warning, whether or not the bot knows their situation.
 */
final class Labels {
    private Labels() {}

    static String destination(Ctx ctx, Destination d) {
        return d.flag() + " " + d.name().in(ctx.lang()) + (d.dangerousForWanted() ? " ⚠" : "");
    }

    /** The line that explains the ⚠, when one of the destinations shown has it; otherwise empty. */
    static String legend(Ctx ctx, Collection<Destination> shown) {
        return shown.stream().anyMatch(Destination::dangerousForWanted) ? "\n\n" + ctx.t("legend.danger") : "";
    }
}
