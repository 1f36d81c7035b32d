package app.waypoint.telegram;

import app.waypoint.conversation.Incoming;
import app.waypoint.conversation.Reply;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test conversation behind a gate: inputs from {@link #gated} chats (or all, when empty) wait for a
 * permit. Counts how many are inside at once, to show the edge's parallelism and its bound.
 */
final class GatedConversation extends TestConversation {
    final Semaphore permits = new Semaphore(0);
    final Set<Long> gated = ConcurrentHashMap.newKeySet();
    final AtomicInteger inside = new AtomicInteger();
    final AtomicInteger entered = new AtomicInteger();
    final AtomicInteger mostInside = new AtomicInteger();

    @Override
    public List<Reply> handle(Incoming in) {
        if (gated.isEmpty() || gated.contains(in.chatId())) {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            entered.incrementAndGet();
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            } finally {
                inside.decrementAndGet();
            }
        }
        return super.handle(in);
    }
}
