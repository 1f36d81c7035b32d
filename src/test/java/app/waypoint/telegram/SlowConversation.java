package app.waypoint.telegram;

import app.waypoint.conversation.Incoming;
import app.waypoint.conversation.Reply;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** The test conversation, but every answer waits for {@link #release} (signals {@link #entered} first). */
final class SlowConversation extends TestConversation {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public List<Reply> handle(Incoming in) {
        entered.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return super.handle(in);
    }
}
