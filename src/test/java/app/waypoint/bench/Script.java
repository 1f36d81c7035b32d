package app.waypoint.bench;

import app.waypoint.conversation.Answering;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A full conversation as a user has it, in English: /start, Find a country, the four questions, the warnings
 * (if any) to the ranked list, the first country's card through all its sections, then Compare with a second
 * country. Buttons are chosen by their labels, read from the shipped message bundle, so the script follows
 * the bot's texts; it works on the core's {@code Screen}s and on what the fake Bot API shows alike.
 *
 * <p>A {@link Walk} is one user's way through the script: {@link Walk#next} says what to do on the screen
 * the bot just showed.
 */
final class Script {
    private static final Properties EN = bundle();

    /** A button as the user sees it: its label, and its callback data (null for a link). */
    record Btn(String label, String data) {}

    /** What the user does next: a command ({@code data} null) or a press of {@code data}. */
    record Act(String command, String data) {
        static Act command(String name) {
            return new Act(name, null);
        }

        static Act press(String data) {
            return new Act(null, data);
        }
    }

    /** A persona: the answers to the four questions (bundle key suffixes). */
    record Persona(
            String name, String citizenship, String documents, List<String> situations, List<String> priorities) {}

    static final List<Persona> PERSONAS = List.of(
            new Persona("it-worker", "RUSSIA", "PASSPORT", List.of("REMOTE"), List.of("COST", "RUSSIAN")),
            new Persona("deserter", "RUSSIA", "PASSPORT", List.of("SOLDIER"), List.of("STAY", "BANKING")),
            new Persona("belarus-activist", "BELARUS", "EXPIRING", List.of("ACTIVIST", "FAMILY"), List.of()),
            new Persona("draft-age", "RUSSIA", "PASSPORT", List.of("DRAFT_AGE"), List.of("RESIDENCE", "COST", "STAY")));

    private interface Step {
        /** The act on this screen, or null when the step does not apply here (skip it). */
        Act act(List<Btn> buttons);

        /** True when the step is done after its act (false: repeat it on the next screen). */
        default boolean done(List<Btn> buttons) {
            return true;
        }
    }

    private final List<Step> steps;

    private Script(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The full conversation for a persona. */
    static Script full(Persona p) {
        List<Step> s = new ArrayList<>();
        s.add(b -> Act.command("start"));
        s.add(press("btn.find"));
        Answering.keys(p.citizenship(), p.documents(), p.situations(), p.priorities())
                .forEach(k -> s.add(press(k)));
        s.add(
                new Step() { // the warnings, page by page, until "Show the countries"; absent without warnings
                    @Override
                    public Act act(List<Btn> b) {
                        Btn list = find(b, text("btn.showList"));
                        if (list != null) return Act.press(list.data());
                        Btn next = find(b, text("btn.next"));
                        return next == null ? null : Act.press(next.data());
                    }

                    @Override
                    public boolean done(List<Btn> b) {
                        return find(b, text("btn.showList")) != null;
                    }
                });
        s.add(prefix("1. "));
        for (String tab : List.of("RESIDENCY", "BANKING", "LIFE", "SAFETY", "SOURCES")) s.add(press("tab." + tab));
        s.add(press("btn.compare"));
        s.add(
                b -> { // a second country: the first destination toggle not yet chosen
                    for (Btn x : b) {
                        if (x.data() != null
                                && !x.label().startsWith("✓")
                                && x.label().matches("^\\p{So}\\p{So} .*")) {
                            return Act.press(x.data());
                        }
                    }
                    throw new IllegalStateException("no second country to pick in " + b);
                });
        s.add(prefix(text("btn.compareNow").substring(0, text("btn.compareNow").indexOf('{'))));
        return new Script(s);
    }

    /** One user's way through the script. */
    final class Walk {
        private int at;

        /** The act that starts the conversation. */
        Act first() {
            at = 1;
            return steps.getFirst().act(List.of());
        }

        /** The act on the screen just shown, or null when the conversation is over. */
        Act next(List<Btn> shown) {
            while (at < steps.size()) {
                Step step = steps.get(at);
                Act act = step.act(shown);
                if (act == null) {
                    at++;
                    continue;
                }
                if (step.done(shown)) at++;
                return act;
            }
            return null;
        }
    }

    Walk walk() {
        return new Walk();
    }

    /** The English text of a bundle key. */
    static String text(String key) {
        String value = EN.getProperty(key);
        if (value == null) throw new IllegalStateException("no key " + key + " in the English bundle");
        return value;
    }

    private static Step press(String key) {
        String label = text(key);
        return b -> {
            Btn x = find(b, label);
            if (x == null) throw new IllegalStateException("no button '" + label + "' in " + labels(b));
            return Act.press(x.data());
        };
    }

    private static Step prefix(String start) {
        return b -> {
            for (Btn x : b) if (x.data() != null && x.label().startsWith(start)) return Act.press(x.data());
            throw new IllegalStateException("no button starting '" + start + "' in " + labels(b));
        };
    }

    private static Btn find(List<Btn> buttons, String label) {
        for (Btn b : buttons) if (b.data() != null && b.label().equals(label)) return b;
        return null;
    }

    private static List<String> labels(List<Btn> buttons) {
        return buttons.stream().map(Btn::label).toList();
    }

    private static Properties bundle() {
        try (InputStream in = Script.class.getResourceAsStream("/i18n/messages_en.properties")) {
            if (in == null) throw new IllegalStateException("the English bundle is not on the class path");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
