package app.waypoint.conversation;

import app.waypoint.knowledge.Lang;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Button data: a versioned ASCII encoding of a {@link State}, at most 64 bytes, such as
 * {@code 1|c=r|d=i|s=5|p=13|l=r|v=d.ge.2.0.r1}.
 *
 * <ul>
 *   <li>{@code 1}: the format version; any other version is refused</li>
 *   <li>{@code c}: citizenship (r Russia, b Belarus); {@code d}: documents (i passport, n internal only,
 *       x expiring)</li>
 *   <li>{@code s}: situations as a hexadecimal bit mask of {@link Situation#bit} (0 = none of these)</li>
 *   <li>{@code p}: priority codes in the order chosen (0 = skipped)</li>
 *   <li>{@code l}: language (r, e); {@code v}: the view, see {@link ViewCodec}</li>
 * </ul>
 * A missing key is a question not answered yet. Decoding is strict and never throws: forged, truncated,
 * outdated or unknown data is {@code Optional.empty()}.
 */
final class StateCodec {
    static final String VERSION = "1";
    static final int MAX_BYTES = 64;

    private StateCodec() {}

    /** The button data for a state; fails loudly if a screen was designed with data that cannot fit. */
    static String encode(State state) {
        StringJoiner out = new StringJoiner("|").add(VERSION);
        Answers a = state.answers();
        for (Step step : Step.ALL) {
            String value = AnswerCodec.encode(step, a);
            if (value != null) out.add(step.code + "=" + value);
        }
        out.add("l=" + lang(state.lang()));
        out.add("v=" + ViewCodec.encode(state.view()));
        String data = out.toString();
        if (data.getBytes(StandardCharsets.US_ASCII).length > MAX_BYTES) {
            throw new IllegalStateException("button data over " + MAX_BYTES + " bytes: " + data);
        }
        return data;
    }

    /**
     * Reads button data.
     *
     * @param data     untrusted callback data
     * @param fallback the language when the data names none
     */
    static Optional<State> decode(String data, Lang fallback) {
        if (data == null || data.length() > MAX_BYTES || !data.chars().allMatch(ch -> ch > 32 && ch < 127)) {
            return Optional.empty();
        }
        String[] parts = data.split("\\|", -1);
        if (!parts[0].equals(VERSION)) return Optional.empty();
        Map<String, String> fields = new HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq != 1 || fields.put(parts[i].substring(0, 1), parts[i].substring(2)) != null) return Optional.empty();
        }
        try {
            return fields(fields, fallback);
        } catch (IllegalArgumentException e) { // answers that contradict each other
            return Optional.empty();
        }
    }

    /** The keys button data may hold: one per question, the language and the view. */
    private static final Set<String> KEYS = keys();

    private static Set<String> keys() {
        Set<String> keys = new HashSet<>(Set.of("l", "v"));
        for (Step step : Step.ALL) {
            if (!keys.add(step.code)) throw new IllegalStateException("two questions use the code " + step.code);
        }
        return Set.copyOf(keys);
    }

    private static Optional<State> fields(Map<String, String> f, Lang fallback) {
        if (!KEYS.containsAll(f.keySet()) || !f.containsKey("v")) return Optional.empty();
        Optional<View> view = ViewCodec.decode(f.get("v"));
        Optional<Optional<Lang>> l = optional(f.get("l"), StateCodec::lang);
        if (view.isEmpty() || l.isEmpty()) return Optional.empty();
        Answers answers = Answers.NONE;
        for (Step step : Step.ALL) { // in order: a later answer may depend on an earlier one
            String raw = f.get(step.code);
            if (raw == null) continue;
            Optional<Answers> read = AnswerCodec.decode(step, raw, answers);
            if (read.isEmpty()) return Optional.empty();
            answers = read.get();
        }
        return Optional.of(new State(answers, l.get().orElse(fallback), view.get()));
    }

    /** Absent key: answered "not given" (inner empty). Present but unreadable: outer empty. */
    private static <T> Optional<Optional<T>> optional(
            String raw, java.util.function.Function<String, Optional<T>> read) {
        if (raw == null) return Optional.of(Optional.empty());
        return read.apply(raw).map(Optional::of);
    }

    private static String lang(Lang lang) {
        return switch (lang) {
            case EN -> "e";
            case RU -> "r";
        };
    }

    private static Optional<Lang> lang(String s) {
        return Arrays.stream(Lang.values()).filter(l -> lang(l).equals(s)).findFirst();
    }
}
