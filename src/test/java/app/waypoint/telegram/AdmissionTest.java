package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.conversation.Screen;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Per-chat admission and merged edits, without HTTP. */
class AdmissionTest {

    @Nested
    class PerChat {
        final Admission<String> admission = new Admission<>(2);

        @Test
        void aChatBeyondItsCapKeepsOnlyItsNewestInputAndWarnsOnce() {
            assertTrue(admission.offer(1, "a").run());
            assertTrue(admission.offer(1, "b").run());
            Admission.Verdict<String> c = admission.offer(1, "c");
            assertFalse(c.run());
            assertNull(c.dropped(), "c waits; nothing dropped yet");
            Admission.Verdict<String> d = admission.offer(1, "d");
            assertEquals("c", d.dropped(), "the stale one in between is dropped");
            assertTrue(d.warn(), "the first drop asks the user to slow down");
            Admission.Verdict<String> e = admission.offer(1, "e");
            assertEquals("d", e.dropped());
            assertFalse(e.warn(), "once per episode");
            assertTrue(admission.offer(2, "x").run(), "another chat is not affected");
            assertEquals("e", admission.release(1), "the newest starts when a place frees");
            assertNull(admission.release(1));
            assertNull(admission.release(1));
            assertEquals(1, admission.chats(), "chat 1 ran dry and is forgotten, chat 2 still works");
            assertTrue(admission.offer(1, "f").run());
        }
    }

    @Nested
    class Edits {
        final EditSlots slots = new EditSlots();

        @Test
        void aWaitingEditTakesTheNewestScreenAndCarriesTheMergedUpdates() {
            List<String> done = new ArrayList<>();
            EditSlots.Slot slot = slots.open(1, 10, Screen.text("one"));
            assertTrue(slots.merge(1, 10, Screen.text("two"), () -> done.add("two")));
            assertTrue(slots.merge(1, 10, Screen.text("three"), () -> done.add("three")));
            assertFalse(slots.merge(1, 11, Screen.text("other message"), () -> {}));
            assertFalse(slots.merge(2, 10, Screen.text("other chat"), () -> {}));
            assertEquals("three", slots.take(slot).html(), "only the newest screen is sent");
            assertFalse(slots.merge(1, 10, Screen.text("four"), () -> {}), "once sending, later edits queue");
            slots.riders(slot).forEach(Runnable::run);
            assertEquals(List.of("two", "three"), done, "merged updates are done with the edit");
        }
    }
}
