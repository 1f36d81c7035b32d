package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The edge's building blocks, without HTTP, on virtual time. */
class PartsTest {

    @Nested
    class Window {
        final UpdateWindow window = new UpdateWindow(new VirtualTime(0));

        @Test
        void theOffsetPassesOnlyHandledUpdates() {
            assertNull(window.offset(), "Telegram's default before the first update");
            assertTrue(window.admit(10));
            assertTrue(window.admit(11));
            assertTrue(window.admit(12));
            window.done(11);
            assertEquals(10, window.offset(), "11 is done but 10 is not");
            window.done(10);
            assertEquals(12, window.offset());
            window.done(12);
            assertEquals(13, window.offset());
            assertEquals(0, window.unfinished());
        }

        @Test
        void reDeliveredUpdatesAreSkippedEvenAfterConfirmation() {
            window.admit(10);
            assertFalse(window.admit(10), "in flight");
            window.done(10);
            window.offset();
            assertFalse(window.admit(10), "handled recently");
        }

        @Test
        void idsThatGoDownAreNewUpdates() {
            window.admit(900_000);
            window.done(900_000);
            assertEquals(900_001, window.offset());
            assertTrue(window.admit(5));
            window.done(5);
            assertEquals(6, window.offset(), "the offset follows the order of arrival, not the size of ids");
        }

        @Test
        void anUpdateStuckTooLongIsGivenUp() {
            VirtualTime time = new VirtualTime(0);
            UpdateWindow w = new UpdateWindow(time);
            w.admit(1);
            time.advance(Duration.ofMinutes(10));
            w.admit(2);
            assertEquals(0, w.giveUp(Duration.ofMinutes(15)));
            time.advance(Duration.ofMinutes(6));
            assertEquals(1, w.giveUp(Duration.ofMinutes(15)));
            assertEquals(2, w.offset(), "1 given up and confirmed, 2 still in hand");
            w.done(1); // finishing late changes nothing
            assertEquals(1, w.unfinished());
        }

        @Test
        void theLimitLeavesRoomForReDeliveriesPlusTheFreeCapacity() {
            window.admit(1);
            window.admit(2);
            window.done(2);
            window.offset();
            assertEquals(2 + 2, window.limit(3), "1 and 2 come again, and 2 more fit under 3 unfinished");
        }
    }

    @Nested
    class Buckets {
        @Test
        void aBurstThenOnePerInterval() {
            VirtualTime time = new VirtualTime(0);
            TokenBucket bucket = new TokenBucket(1, 3, time::nanoTime);
            assertEquals(0, bucket.reserve());
            assertEquals(0, bucket.reserve());
            assertEquals(0, bucket.reserve());
            assertEquals(Duration.ofSeconds(1).toNanos(), bucket.reserve());
            assertEquals(Duration.ofSeconds(2).toNanos(), bucket.reserve(), "reservations queue up, none refused");
            time.advance(Duration.ofSeconds(10));
            assertEquals(0, bucket.reserve());
        }

        @Test
        void backoffDoublesUpToTheCapWithJitter() {
            Backoff low = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), () -> 0.0);
            Backoff high = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), () -> 0.999_999);
            List<Long> ceilings = List.of(500L, 1000L, 2000L, 4000L, 8000L, 16000L, 30000L, 30000L);
            for (long ceiling : ceilings) {
                assertEquals(ceiling / 2, low.next().toMillis());
                assertEquals(ceiling - 1, high.next().toMillis(), 1);
            }
            low.reset();
            assertEquals(250, low.next().toMillis());
        }
    }

    @Nested
    class Flow {
        final VirtualTime time = new VirtualTime(0);
        final FlowControl flow = new FlowControl(Tuning.defaults(), time);

        @Test
        void aChatToldToWaitPausesAloneAndOthersGoOn() throws Exception {
            flow.rateLimited(1, 5);
            flow.awaitTurn(2);
            assertEquals(List.of(), time.sleeps(), "chat 2 is not held up");
            flow.awaitTurn(1);
            assertEquals(List.of(Duration.ofSeconds(5)), time.sleeps());
        }

        @Test
        void twoChatsToldToWaitPauseEveryone() throws Exception {
            flow.rateLimited(1, 5);
            flow.rateLimited(2, 5);
            flow.awaitTurn(3);
            assertEquals(List.of(Duration.ofSeconds(5)), time.sleeps(), "the bot as a whole is limited");
        }

        @Test
        void oneMessagePerSecondPerChatAfterABurstOfThree() throws Exception {
            for (int i = 0; i < 5; i++) flow.awaitTurn(1);
            assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), time.sleeps());
        }

        @Test
        void justUnderTelegramsThirtyPerSecondOverall() throws Exception {
            for (int chat = 0; chat < 30; chat++) flow.awaitTurn(chat);
            assertEquals(1, time.sleeps().size());
            assertEquals(
                    Duration.ofSeconds(1).dividedBy(29).toNanos(),
                    time.sleeps().get(0).toNanos(),
                    10);
        }
    }

    @Nested
    class Tracking {
        final VirtualTime time = new VirtualTime(0);
        final MessageLog log = new MessageLog(time);

        @Test
        void messagesAreSortedIntoDeletableAndTooOld() {
            log.track(1, 10);
            time.advance(Duration.ofHours(47).plusMinutes(59));
            log.track(1, 11);
            log.track(2, 20);
            MessageLog.Wipe wipe = log.take(1);
            assertEquals(List.of(11), wipe.deletable());
            assertEquals(1, wipe.tooOld());
            assertEquals(0, log.size(1), "taken out");
            assertEquals(1, log.size(2));
        }

        @Test
        void idsOlderThan48HoursAreDroppedButStillCountedAsTooOld() {
            log.track(1, 10);
            log.track(1, 11);
            time.advance(Duration.ofHours(30));
            log.track(1, 12);
            time.advance(Duration.ofHours(20)); // 10 and 11 are 50 hours old, 12 is 20
            log.track(1, 13);
            assertEquals(2, log.size(1), "the ids of 10 and 11 are gone");
            assertEquals(new MessageLog.Wipe(List.of(12, 13), 2), log.take(1));
        }

        @Test
        void aChatIsForgotten48HoursAfterItsLastMessage() {
            log.track(1, 10);
            time.advance(Duration.ofHours(48));
            assertEquals(0, log.size(1));
            assertEquals(new MessageLog.Wipe(List.of(), 0), log.take(1));
        }
    }
}
