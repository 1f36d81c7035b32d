package app.waypoint.conversation;

import app.waypoint.knowledge.Lang;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
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

    private StateCodec() {
    }

    /** The button data for a state; fails loudly if a screen was designed with data that cannot fit. */
    static String encode(State state) {
        StringJoiner out = new StringJoiner("|").add(VERSION);
        Answers a = state.answers();
        a.citizenship().ifPresent(c -> out.add("c=" + c.code));
        a.documents().ifPresent(d -> out.add("d=" + d.code));
        a.situations().ifPresent(s -> out.add("s=" + Integer.toHexString(mask(s))));
        a.priorities().ifPresent(p -> out.add("p=" + priorities(p)));
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

    private static Optional<State> fields(Map<String, String> f, Lang fallback) {
        if (!Set.of("c", "d", "s", "p", "l", "v").containsAll(f.keySet()) || !f.containsKey("v")) return Optional.empty();
        Optional<View> view = ViewCodec.decode(f.get("v"));
        Optional<Optional<Citizenship>> c = optional(f.get("c"), StateCodec::citizenship);
        Optional<Optional<Documents>> d = optional(f.get("d"), StateCodec::documents);
        Optional<Optional<Set<Situation>>> s = optional(f.get("s"), StateCodec::situations);
        Optional<Optional<List<Priority>>> p = optional(f.get("p"), StateCodec::priorities);
        Optional<Optional<Lang>> l = optional(f.get("l"), StateCodec::lang);
        if (view.isEmpty() || c.isEmpty() || d.isEmpty() || s.isEmpty() || p.isEmpty() || l.isEmpty()) {
            return Optional.empty();
        }
        Answers answers = new Answers(c.get(), d.get(), s.get(), p.get());
        return Optional.of(new State(answers, l.get().orElse(fallback), view.get()));
    }

    /** Absent key: answered "not given" (inner empty). Present but unreadable: outer empty. */
    private static <T> Optional<Optional<T>> optional(String raw, java.util.function.Function<String, Optional<T>> read) {
        if (raw == null) return Optional.of(Optional.empty());
        return read.apply(raw).map(Optional::of);
    }

    private static Optional<Citizenship> citizenship(String s) {
        return Arrays.stream(Citizenship.values()).filter(c -> c.code.equals(s)).findFirst();
    }

    private static Optional<Documents> documents(String s) {
        return Arrays.stream(Documents.values()).filter(d -> d.code.equals(s)).findFirst();
    }

    private static int mask(Set<Situation> situations) {
        int mask = 0;
        for (Situation s : situations) mask += 1 << s.bit; // a loop: every button of every screen gets here
        return mask;
    }

    private static Optional<Set<Situation>> situations(String hex) {
        if (!hex.matches("[0-9a-f]{1,2}") || (hex.length() == 2 && hex.charAt(0) == '0')) return Optional.empty();
        int mask = Integer.parseInt(hex, 16);
        Set<Situation> set = EnumSet.noneOf(Situation.class);
        for (Situation s : Situation.values()) {
            if ((mask & (1 << s.bit)) != 0) set.add(s);
        }
        return mask(set) == mask ? Optional.of(set) : Optional.empty();
    }

    private static String priorities(List<Priority> list) {
        StringBuilder out = new StringBuilder();
        list.forEach(p -> out.append(p.code));
        return out.isEmpty() ? "0" : out.toString();
    }

    private static Optional<List<Priority>> priorities(String s) {
        if (s.equals("0")) return Optional.of(List.of());
        if (s.isEmpty() || s.length() > Priority.MAX) return Optional.empty();
        List<Priority> list = new ArrayList<>();
        for (char ch : s.toCharArray()) {
            Optional<Priority> p = Arrays.stream(Priority.values()).filter(x -> x.code == ch).findFirst();
            if (p.isEmpty() || list.contains(p.get())) return Optional.empty();
            list.add(p.get());
        }
        return Optional.of(list);
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
