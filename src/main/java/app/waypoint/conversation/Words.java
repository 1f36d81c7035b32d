package app.waypoint.conversation;

import app.waypoint.knowledge.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A phrase still to be put into a language: a bundle key and its arguments. Arguments may be other
 * {@code Words}, a {@link Count}, a knowledge-base {@link Text}, a list of these (joined with commas), or plain
 * values (escaped when rendered).
 *
 * @param key   the bundle key
 * @param pairs placeholder names and values, alternating
 */
record Words(String key, List<Object> pairs) {
    Words {
        Objects.requireNonNull(key, "key");
        pairs = List.copyOf(pairs);
    }

    static Words of(String key, Object... pairs) {
        return new Words(key, Arrays.asList(pairs));
    }

    /** The phrase as safe HTML in the message bundle's language. */
    Html render(Msg msg) {
        Object[] resolved = pairs.stream().map(v -> resolve(v, msg)).toArray();
        return msg.h(key, resolved);
    }

    private static Object resolve(Object value, Msg msg) {
        return switch (value) {
            case Words w -> w.render(msg);
            case Count c -> new Html(msg.plural(c.key(), c.n()));
            case Text t -> t.in(msg.lang());
            case List<?> list ->
                new Html(String.join(
                        ", ", list.stream().map(v -> markup(resolve(v, msg))).toList()));
            default -> value;
        };
    }

    private static String markup(Object value) {
        return value instanceof Html html ? html.markup() : Html.escape(String.valueOf(value));
    }

    /** A number with its noun in the right form ("1 day", "5 дней"). */
    record Count(String key, long n) {}
}
