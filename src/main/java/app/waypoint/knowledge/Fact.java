package app.waypoint.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement shown to users, with its evidence.
 *
 * @param text      the statement in both languages
 * @param sources   at least one source
 * @param checked   when a maintainer last confirmed it against its sources
 * @param mayChange contested, recent or likely to change: the bot says so
 * @param since     when the rule took effect, if known
 * @param until     when a temporary rule ends or must be renewed, if it does
 */
public record Fact(
        Text text,
        List<Source> sources,
        PartialDate checked,
        boolean mayChange,
        Optional<PartialDate> since,
        Optional<PartialDate> until) {
    public Fact {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        Objects.requireNonNull(checked, "checked");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
    }
}
