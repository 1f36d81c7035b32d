package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes a view as a short ASCII token for button data, and reads it back. Reading is strict and never
 * throws: anything unexpected is {@code Optional.empty()}.
 *
 * <pre>
 * h              home                 q.p / q.p.m     question (m: "up to three" notice)
 * w.0            warnings, page 0     r.1             results, page 1
 * d.ge.2.0.r1    card ge, section 2, page 0, opened from results page 1
 *                (origins: h, r1, gca-0 region caucasus page 0, cge,am compare)
 * k.ge,am.0[.m]  compare: choosing     x.ge,am,kz      compare: side by side
 * g / g.ca.0     regions / a region   i.h i.a i.p i.f help, about, privacy, forget?   z  wipe
 * n.0 / n.0.ge   what changes soon, page 0, from the menu / from the card of ge
 * </pre>
 */
final class ViewCodec {
    private static final Pattern ID = Pattern.compile("[a-z0-9]{1,8}");
    private static final Pattern PAGE = Pattern.compile("\\d{1,2}");
    private static final int MAX_IDS = 3;

    private ViewCodec() {}

    static String encode(View view) {
        return switch (view) {
            case View.Home h -> "h";
            case View.Question q -> "q." + q.step().code + (q.limit() ? ".m" : "");
            case View.Warnings w -> "w." + w.page();
            case View.Results r -> "r." + r.page();
            case View.Card c -> "d." + c.id() + "." + c.section().code + "." + c.page() + "." + origin(c.origin());
            case View.Pick p -> "k." + String.join(",", p.ids()) + "." + p.page() + (p.limit() ? ".m" : "");
            case View.Compare c -> "x." + String.join(",", c.ids());
            case View.Regions r -> "g";
            case View.Region r -> "g." + region(r.region()) + "." + r.page();
            case View.Info i -> "i." + topic(i.topic());
            case View.Wipe w -> "z";
            case View.Changes c ->
                "n." + c.page() + c.card().map(id -> "." + id).orElse("");
        };
    }

    static Optional<View> decode(String token) {
        String[] f = token.split("\\.", -1);
        return Optional.ofNullable(
                switch (f[0]) {
                    case "h" -> f.length == 1 ? new View.Home() : null;
                    case "q" -> question(f);
                    case "w" -> f.length == 2 && page(f[1]) ? new View.Warnings(Integer.parseInt(f[1])) : null;
                    case "r" -> f.length == 2 && page(f[1]) ? new View.Results(Integer.parseInt(f[1])) : null;
                    case "d" -> card(f);
                    case "k" -> pick(f);
                    case "x" ->
                        f.length == 2
                                ? ids(f[1])
                                        .filter(ids -> ids.size() >= 2)
                                        .map(View.Compare::new)
                                        .orElse(null)
                                : null;
                    case "g" -> regions(f);
                    case "i" -> f.length == 2 ? topic(f[1]) : null;
                    case "z" -> f.length == 1 ? new View.Wipe() : null;
                    case "n" -> changes(f);
                    default -> null;
                });
    }

    private static View question(String[] f) {
        if (f.length < 2 || f.length > 3 || (f.length == 3 && !f[2].equals("m"))) return null;
        return Arrays.stream(Step.values())
                .filter(s -> s.code.equals(f[1]))
                .findFirst()
                .map(s -> new View.Question(s, f.length == 3))
                .orElse(null);
    }

    private static View card(String[] f) {
        if (f.length != 5 || !ID.matcher(f[1]).matches() || !page(f[3])) return null;
        Optional<Section> section =
                Arrays.stream(Section.values()).filter(s -> s.code.equals(f[2])).findFirst();
        Optional<Origin> origin = origin(f[4]);
        if (section.isEmpty() || origin.isEmpty()) return null;
        return new View.Card(f[1], section.get(), Integer.parseInt(f[3]), origin.get());
    }

    private static View changes(String[] f) {
        if (f.length < 2
                || f.length > 3
                || !page(f[1])
                || (f.length == 3 && !ID.matcher(f[2]).matches())) return null;
        return new View.Changes(Integer.parseInt(f[1]), f.length == 3 ? Optional.of(f[2]) : Optional.empty());
    }

    private static View pick(String[] f) {
        if (f.length < 3 || f.length > 4 || !page(f[2]) || (f.length == 4 && !f[3].equals("m"))) return null;
        return ids(f[1])
                .map(ids -> new View.Pick(ids, Integer.parseInt(f[2]), f.length == 4))
                .orElse(null);
    }

    private static View regions(String[] f) {
        if (f.length == 1) return new View.Regions();
        if (f.length != 3 || !page(f[2])) return null;
        return region(f[1]).map(r -> new View.Region(r, Integer.parseInt(f[2]))).orElse(null);
    }

    private static String origin(Origin origin) {
        return switch (origin) {
            case Origin.Home h -> "h";
            case Origin.Results r -> "r" + r.page();
            case Origin.Region r -> "g" + region(r.region()) + "-" + r.page();
            case Origin.Compare c -> "c" + String.join(",", c.ids());
        };
    }

    private static Optional<Origin> origin(String s) {
        if (s.equals("h")) return Optional.of(new Origin.Home());
        if (s.startsWith("r") && page(s.substring(1))) {
            return Optional.of(new Origin.Results(Integer.parseInt(s.substring(1))));
        }
        if (s.startsWith("g") && s.length() >= 5 && s.charAt(3) == '-' && page(s.substring(4))) {
            int page = Integer.parseInt(s.substring(4));
            return region(s.substring(1, 3)).map(r -> new Origin.Region(r, page));
        }
        if (s.startsWith("c")) {
            return ids(s.substring(1)).filter(ids -> ids.size() >= 2).map(Origin.Compare::new);
        }
        return Optional.empty();
    }

    /** Comma-separated ids, none repeated, at most three; "" is the empty list. */
    private static Optional<List<String>> ids(String s) {
        if (s.isEmpty()) return Optional.of(List.of());
        List<String> ids = List.of(s.split(",", -1));
        boolean valid = ids.size() <= MAX_IDS
                && ids.stream().allMatch(id -> ID.matcher(id).matches())
                && ids.stream().distinct().count() == ids.size();
        return valid ? Optional.of(ids) : Optional.empty();
    }

    private static boolean page(String s) {
        return PAGE.matcher(s).matches();
    }

    private static String topic(View.Topic topic) {
        return switch (topic) {
            case HELP -> "h";
            case ABOUT -> "a";
            case PRIVACY -> "p";
            case FORGET -> "f";
        };
    }

    private static View topic(String s) {
        return Arrays.stream(View.Topic.values())
                .filter(t -> topic(t).equals(s))
                .findFirst()
                .map(View.Info::new)
                .orElse(null);
    }

    static String region(Destination.Region region) {
        return switch (region) {
            case CAUCASUS -> "ca";
            case CENTRAL_ASIA -> "ce";
            case EASTERN_EUROPE -> "ee";
            case BALKANS -> "ba";
            case EUROPEAN_UNION -> "eu";
            case WESTERN_EUROPE -> "we";
            case MIDDLE_EAST -> "me";
            case ASIA -> "as";
            case LATIN_AMERICA -> "la";
            case NORTH_AMERICA -> "na";
        };
    }

    private static Optional<Destination.Region> region(String s) {
        return Arrays.stream(Destination.Region.values())
                .filter(r -> region(r).equals(s))
                .findFirst();
    }
}
