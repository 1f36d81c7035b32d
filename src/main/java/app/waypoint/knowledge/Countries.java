package app.waypoint.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Every country and territory people ask about, with its names in both languages, so that a name the bot has no
 * card for gets an honest "no card yet" and the covered destinations nearby instead of "not found". The list is
 * data ({@code countries.tsv} beside the code's resources), not code.
 *
 * @param all the countries, in file order
 */
public record Countries(List<Country> all) {
    private static final String RESOURCE = "/countries.tsv";

    public Countries {
        all = List.copyOf(all);
    }

    /**
     * One country or territory.
     *
     * @param code   ISO 3166-1 alpha-2 in lower case, or {@code x-name} for a territory without one
     * @param region the region whose covered destinations to suggest ({@code caucasus}, ...), or {@code none}
     * @param en     English names, the display name first
     * @param ru     Russian names, the display name first
     */
    public record Country(String code, String region, List<String> en, List<String> ru) {
        public Country {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(region, "region");
            en = List.copyOf(en);
            ru = List.copyOf(ru);
            if (en.isEmpty() || ru.isEmpty()) throw new IllegalArgumentException(code + ": a name in both languages");
        }

        /** The display name. */
        public String name(Lang lang) {
            return switch (lang) {
                case EN -> en.getFirst();
                case RU -> ru.getFirst();
            };
        }

        /** Every name, English then Russian. */
        public List<String> names() {
            List<String> out = new ArrayList<>(en);
            out.addAll(ru);
            return out;
        }
    }

    /** Reads the tab-separated list; a malformed line is an error naming its number and text. */
    public static Countries parse(String tsv) {
        List<Country> out = new ArrayList<>();
        String[] lines = tsv.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = lines[i].split("\t", -1);
            if (f.length != 4 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalArgumentException("countries.tsv:" + (i + 1) + ": expected code, region, English and "
                        + "Russian names separated by tabs, found '" + lines[i] + "'");
            }
            out.add(new Country(f[0].strip(), f[1].strip(), names(f[2]), names(f[3])));
        }
        return new Countries(out);
    }

    private static List<String> names(String field) {
        return Arrays.stream(field.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The list shipped with the bot. */
    public static Countries bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final Countries BUNDLED = load();

        private static Countries load() {
            try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the build");
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
