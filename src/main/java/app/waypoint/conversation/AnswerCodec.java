package app.waypoint.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How each question's answer is written in button data (see {@link StateCodec} for the whole format): one
 * switch per direction over {@link Step}, so a new question cannot be forgotten here.
 */
final class AnswerCodec {
    private AnswerCodec() {}

    /** The answer to {@code step} as written in button data, or null when it is not answered yet. */
    static String encode(Step step, Answers a) {
        return switch (step) {
            case CITIZENSHIP -> a.citizenship().map(c -> c.code).orElse(null);
            case DOCUMENTS -> a.documents().map(d -> d.code).orElse(null);
            case SITUATION ->
                a.situations().map(s -> Integer.toHexString(mask(s))).orElse(null);
            case PRIORITIES -> a.priorities().map(AnswerCodec::priorities).orElse(null);
        };
    }

    /**
     * The answers with {@code step}'s answer read from {@code raw}; empty when {@code raw} is not a valid answer
     * or contradicts an earlier one.
     */
    static Optional<Answers> decode(Step step, String raw, Answers so) {
        try {
            return switch (step) {
                case CITIZENSHIP -> citizenship(raw).map(so::withCitizenship);
                case DOCUMENTS -> documents(raw).map(so::withDocuments);
                case SITUATION -> situations(raw).map(so::withSituations);
                case PRIORITIES -> priorities(raw).map(so::withPriorities);
            };
        } catch (IllegalArgumentException contradiction) { // an internal passport for a Belarusian
            return Optional.empty();
        }
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
            Optional<Priority> p =
                    Arrays.stream(Priority.values()).filter(x -> x.code == ch).findFirst();
            if (p.isEmpty() || list.contains(p.get())) return Optional.empty();
            list.add(p.get());
        }
        return Optional.of(list);
    }
}
