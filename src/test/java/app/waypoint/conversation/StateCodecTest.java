package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Lang;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateCodecTest {
    static final Answers FULL = Answers.NONE
            .withCitizenship(Citizenship.BELARUS)
            .withDocuments(Documents.EXPIRING)
            .withSituations(EnumSet.allOf(Situation.class))
            .withPriorities(List.of(Priority.STAY, Priority.COST, Priority.BANKING));

    static List<View> views() {
        List<String> three = List.of("ge", "am", "kz");
        List<View> views = new ArrayList<>(List.of(
                new View.Home(),
                new View.Warnings(0),
                new View.Results(12),
                new View.Regions(),
                new View.Wipe(),
                new View.Changes(0, java.util.Optional.empty()),
                new View.Changes(3, java.util.Optional.of("ge")),
                new View.Compare(three),
                new View.Compare(List.of("ge", "am")),
                new View.Pick(List.of(), 0, false),
                new View.Pick(three, 99, true)));
        for (Step s : Step.values()) views.add(new View.Question(s, s == Step.PRIORITIES));
        for (View.Topic t : View.Topic.values()) views.add(new View.Info(t));
        for (Destination.Region r : Destination.Region.values()) views.add(new View.Region(r, 3));
        for (Section s : Section.values()) {
            views.add(new View.Card("ge", s, 99, new Origin.Compare(three)));
            views.add(new View.Card("am", s, 0, new Origin.Home()));
            views.add(new View.Card("kz", s, 1, new Origin.Results(10)));
            views.add(new View.Card("rs", s, 2, new Origin.Region(Destination.Region.NORTH_AMERICA, 99)));
        }
        return views;
    }

    @Test
    void everyKindOfScreenIsRoundTripped() {
        // a new screen (a new View record) must be added to the list above, so its codec is tested
        java.util.Set<Class<?>> tested = new java.util.HashSet<>();
        for (View v : views()) tested.add(v.getClass());
        assertEquals(java.util.Set.of(View.class.getPermittedSubclasses()), tested);
    }

    @Test
    void theFormatIsShortAndReadable() {
        State s = new State(
                Answers.NONE
                        .withCitizenship(Citizenship.RUSSIA)
                        .withDocuments(Documents.PASSPORT)
                        .withSituations(Set.of(Situation.SOLDIER))
                        .withPriorities(List.of(Priority.STAY, Priority.COST)),
                Lang.RU,
                new View.Card("ge", Section.BANKING, 0, new Origin.Results(1)));
        assertEquals("1|c=r|d=i|s=2|p=13|l=r|v=d.ge.2.0.r1", StateCodec.encode(s));
        assertEquals("1|l=e|v=h", StateCodec.encode(State.fresh(Lang.EN, new View.Home())));
    }

    @Test
    void everyViewRoundTripsWithTheLongestAnswers() {
        for (View v : views()) {
            for (Lang lang : Lang.values()) {
                State s = new State(FULL, lang, v);
                String data = StateCodec.encode(s);
                assertTrue(data.getBytes(StandardCharsets.UTF_8).length <= 64, data);
                assertEquals(Optional.of(s), StateCodec.decode(data, Lang.EN), data);
            }
        }
    }

    @Test
    void unansweredAndEmptyAnswersAreDifferent() {
        State none = State.fresh(Lang.RU, new View.Home());
        State empty = none.with(Answers.NONE.withSituations(Set.of()).withPriorities(List.of()));
        assertEquals("1|s=0|p=0|l=r|v=h", StateCodec.encode(empty));
        assertEquals(Optional.of(empty), StateCodec.decode(StateCodec.encode(empty), Lang.EN));
        assertEquals(Optional.of(none), StateCodec.decode(StateCodec.encode(none), Lang.EN));
    }

    @Test
    void aMissingLanguageFallsBack() {
        assertEquals(Lang.RU, StateCodec.decode("1|v=h", Lang.RU).orElseThrow().lang());
    }

    @Nested
    class Refuses {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "",
                    "1",
                    "0|l=r|v=h",
                    "2|l=r|v=h",
                    "1|l=r",
                    "1|v=h|v=h",
                    "1|c=z|v=h",
                    "1|c=b|d=n|v=h",
                    "1|p=1111|v=h",
                    "1|p=11|v=h",
                    "1|p=6|v=h",
                    "1|p=|v=h",
                    "1|s=100|v=h", // a ninth situation bit: the mask has two hex digits
                    "1|s=00|v=h",
                    "1|s=g|v=h",
                    "1|x=1|v=h",
                    "1|v=q.z",
                    "1|v=q.c.x",
                    "1|v=r.100",
                    "1|v=r.-1",
                    "1|v=d.GE.0.0.h",
                    "1|v=d.ge.9.0.h",
                    "1|v=d.ge.0.0.q",
                    "1|v=x.ge",
                    "1|v=x.ge,ge",
                    "1|v=k.ge,am,kz,de.0",
                    "1|v=g.zz.0",
                    "1|v=i.q",
                    "1|v=z.z",
                    "1|v=h.",
                    "1|l=x|v=h",
                    "1|v=d.ge.0.0.cge",
                    "1|v=d.ge.0.0.gca0",
                    "1||v=h",
                    "1|=|v=h",
                    "1|cc=r|v=h",
                    "1 |v=h",
                    "1|v=h ",
                    "1|l=r|v=d.ge.0.0.r1|v=h",
                    "1|l=r|v=d.ge.0.0.r1xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                })
        void forgedOrOddData(String data) {
            assertEquals(Optional.empty(), StateCodec.decode(data, Lang.EN));
        }

        @Test
        void nonAscii() {
            assertEquals(Optional.empty(), StateCodec.decode("1|l=r|v=d.гр.0.0.h", Lang.EN));
        }

        @Test
        void everyTruncationOfValidDataWithoutThrowing() {
            for (View v : views()) {
                String data = StateCodec.encode(new State(FULL, Lang.RU, v));
                for (int i = 0; i < data.length(); i++) {
                    Optional<State> s = StateCodec.decode(data.substring(0, i), Lang.RU);
                    s.ifPresent(state -> assertTrue(StateCodec.encode(state).length() <= 64));
                }
            }
        }

        @Test
        void randomStringsAndMutationsWithoutThrowing() {
            Random random = new Random(42);
            String alphabet = "1|=.,-cdsplvhqwrkxgizabefmnoty0123456789 ЖÿÄ\u0000\uD83C";
            List<String> valid = views().stream()
                    .map(v -> StateCodec.encode(new State(FULL, Lang.EN, v)))
                    .toList();
            for (int i = 0; i < 200_000; i++) {
                String data = i % 2 == 0
                        ? randomString(random, alphabet)
                        : mutate(random, valid.get(random.nextInt(valid.size())), alphabet);
                StateCodec.decode(data, Lang.RU)
                        .ifPresent(s -> assertTrue(StateCodec.encode(s).length() <= 64, data));
            }
        }
    }

    static String randomString(Random random, String alphabet) {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(70);
        for (int i = 0; i < length; i++) out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return out.toString();
    }

    static String mutate(Random random, String data, String alphabet) {
        StringBuilder out = new StringBuilder(data);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && !out.isEmpty(); i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> out.deleteCharAt(at);
                default -> out.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return out.toString();
    }
}
