package app.waypoint.diff;

import app.waypoint.knowledge.Evidence;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.PartialDate;
import app.waypoint.knowledge.Source;
import app.waypoint.knowledge.Text;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One section of an area (a destination's entry, safety, ...; a rule; an organisation) laid flat for comparing:
 * its structured values by field, its block sources and check date, and its facts. Built by walking the model's
 * records, so a field added to the schema is compared without a change here.
 */
final class Flat {
    /** A fact as compared: its text, its flags (may change, since, until), its sources and check date. */
    record FactView(String label, Text text, Map<String, String> flags, Map<String, String> sources, String checked) {}

    final Map<String, String> values = new LinkedHashMap<>();
    final Map<String, String> sources = new LinkedHashMap<>();
    String checked = "";
    final List<FactView> facts = new ArrayList<>();

    /** The sections of a record (a destination, rule or organisation), top-level values in "card". */
    static Map<String, Flat> sections(Record area) {
        Map<String, Flat> out = new LinkedHashMap<>();
        Flat card = new Flat();
        out.put("card", card);
        for (RecordComponent c : area.getClass().getRecordComponents()) {
            String name = snake(c.getName());
            if (skipped(name)) continue;
            Object value = get(c, area);
            if (value instanceof Record r && sealedChoice(r))
                card.values.put(name, snake(r.getClass().getSimpleName()));
            if (value instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Fact) {
                card.walk("", value); // a rule's facts
            } else if (value instanceof Record r
                    && !(value instanceof Text)
                    && !(value instanceof PartialDate)
                    && !(value instanceof Evidence)
                    && r.getClass().getRecordComponents().length > 0) {
                Flat section = new Flat();
                section.walk("", value);
                out.put(name, section);
            } else if (value instanceof Optional<?> o && o.isPresent() && o.get() instanceof Record) {
                Flat section = new Flat();
                section.walk("", o.get());
                out.put(name, section);
            } else if (!(value instanceof Record r && sealedChoice(r))) {
                card.walk(name, value);
            }
        }
        return out;
    }

    private static boolean skipped(String name) {
        return name.equals("line") || name.equals("id"); // a line moves with any edit above it; the id names the area
    }

    private void walk(String path, Object value) {
        switch (value) {
            case null -> values.put(path, "—");
            case Fact f -> facts.add(view(path, f));
            case Evidence e -> {
                e.sources().forEach(s -> sources.put(s.url().toString(), describe(s)));
                checked = e.checked().toString();
            }
            case Optional<?> o -> {
                if (o.isEmpty()) values.put(path, "unknown");
                else walk(path, o.get());
            }
            case OptionalInt o -> values.put(path, o.isPresent() ? Integer.toString(o.getAsInt()) : "unknown");
            case OptionalDouble o -> values.put(path, o.isPresent() ? Double.toString(o.getAsDouble()) : "unknown");
            case Collection<?> items when items.isEmpty() -> {} // an empty list reads as a list left out
            case Collection<?> items
            when items.stream().anyMatch(Flat::structured) -> {
                for (Object item : items) walkItem(path, item);
            }
            case Collection<?> items ->
                values.put(path, items.stream().map(Flat::scalar).sorted().collect(Collectors.joining(", ", "[", "]")));
            case Record r when variant(r) -> values.put(path, scalar(r)); // one of a sealed choice: one value
            case Record r when structured(r) -> walkRecord(path, r);
            default -> values.put(path, scalar(value));
        }
    }

    /** A list item: a fact, a record that holds a fact (a residency route), or another record. */
    private void walkItem(String path, Object item) {
        if (item instanceof Fact f) {
            facts.add(view(path, f));
            return;
        }
        if (item instanceof Record r) {
            Optional<Fact> fact = components(r).values().stream()
                    .filter(Fact.class::isInstance)
                    .map(Fact.class::cast)
                    .findFirst();
            if (fact.isPresent()) {
                String qualifiers = components(r).values().stream()
                        .filter(v -> !(v instanceof Fact))
                        .map(Flat::scalar)
                        .collect(Collectors.joining(", "));
                facts.add(view(join(path, qualifiers), fact.get()));
                return;
            }
            Map<String, Object> parts = components(r);
            String key = parts.values().stream()
                    .filter(v -> !structured(v))
                    .map(Flat::scalar)
                    .collect(Collectors.joining(" "));
            values.put(join(path, key), "present");
            return;
        }
        values.put(join(path, scalar(item)), "present");
    }

    private void walkRecord(String path, Record r) {
        Map<String, Object> parts = components(r);
        if (parts.isEmpty()) {
            values.put(path, snake(r.getClass().getSimpleName()));
            return;
        }
        parts.forEach((name, v) -> walk(join(path, name), v));
    }

    private static Map<String, Object> components(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            String name = snake(c.getName());
            if (!skipped(name)) out.put(name, get(c, r));
        }
        return out;
    }

    private static boolean sealedChoice(Record r) {
        for (Class<?> i : r.getClass().getInterfaces()) if (i.isSealed()) return true;
        return false;
    }

    /** A small value that is one alternative of a sealed interface (a stay cap "within", "none", ...). */
    private static boolean variant(Record r) {
        boolean sealed = false;
        for (Class<?> i : r.getClass().getInterfaces()) sealed |= i.isSealed();
        return sealed && components(r).values().stream().noneMatch(v -> structured(v) || v instanceof Collection<?>);
    }

    private static boolean structured(Object v) {
        return v instanceof Record && !(v instanceof Text) && !(v instanceof PartialDate) && !(v instanceof Source)
                || v instanceof Fact
                || v instanceof Evidence;
    }

    private static FactView view(String label, Fact f) {
        Map<String, String> flags = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : components(f).entrySet()) {
            switch (e.getKey()) {
                case "text", "checked" -> {}
                case "sources" ->
                    ((List<?>) e.getValue())
                            .forEach(s -> sources.put(((Source) s).url().toString(), describe((Source) s)));
                default -> flags.put(e.getKey(), scalar(e.getValue()));
            }
        }
        return new FactView(label, f.text(), flags, sources, f.checked().toString());
    }

    /** A source's details other than its address: its kind and date, whatever the schema gives it. */
    private static String describe(Source s) {
        return components(s).entrySet().stream()
                .filter(e -> !e.getKey().equals("url"))
                .map(e -> e.getKey() + " " + scalar(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    static String scalar(Object v) {
        return switch (v) {
            case null -> "—";
            case Text t -> t.en();
            case Enum<?> e -> e.name().toLowerCase(Locale.ROOT);
            case Optional<?> o -> o.isEmpty() ? "unknown" : scalar(o.get());
            case OptionalInt o -> o.isPresent() ? Integer.toString(o.getAsInt()) : "unknown";
            case OptionalDouble o -> o.isPresent() ? Double.toString(o.getAsDouble()) : "unknown";
            case URI u -> u.toString();
            case Collection<?> c -> c.stream().map(Flat::scalar).sorted().collect(Collectors.joining(", ", "[", "]"));
            case Record r
            when r.getClass().getRecordComponents().length == 0 ->
                snake(r.getClass().getSimpleName());
            case Record r
            when variant(r) ->
                snake(r.getClass().getSimpleName())
                        + components(r).entrySet().stream()
                                .map(e -> e.getKey() + " " + scalar(e.getValue()))
                                .collect(Collectors.joining(", ", "(", ")"));
            case Record r
            when !(r instanceof PartialDate) ->
                components(r).entrySet().stream()
                        .map(e -> e.getKey() + " " + scalar(e.getValue()))
                        .collect(Collectors.joining(", "));
            default -> v.toString();
        };
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : name.isEmpty() ? path : path + "." + name;
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
