package app.waypoint.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One serial queue per chat on a shared executor: the tasks of a chat run one at a time in the order
 * given, and different chats run in parallel, so a slow chat delays nobody else. A lane that runs dry is
 * removed, so idle chats cost nothing. Thread-safe.
 */
final class ChatLanes {
    private static final Logger LOG = LoggerFactory.getLogger(ChatLanes.class);

    /**
     * Work for one chat. {@link #abandon()} runs instead of {@link #run()} when {@link #drop} discards it.
     * Work cut short by a shutdown (interrupted, or the executor gone) is neither run nor abandoned.
     */
    interface Task {
        void run() throws InterruptedException;

        default void abandon() {}
    }

    private static final class Lane {
        final ArrayDeque<Task> queue = new ArrayDeque<>();
    }

    private final String name;
    private final Executor executor;
    private final Map<Long, Lane> lanes = new HashMap<>();

    ChatLanes(String name, Executor executor) {
        this.name = name;
        this.executor = executor;
    }

    /** Queues a task behind the chat's earlier ones. */
    void submit(long chatId, Task task) {
        boolean start;
        Lane lane;
        synchronized (lanes) {
            lane = lanes.get(chatId);
            start = lane == null;
            if (start) {
                lane = new Lane();
                lanes.put(chatId, lane);
            }
            lane.queue.add(task);
        }
        if (!start) return;
        Lane started = lane;
        try {
            executor.execute(() -> drain(chatId, started));
        } catch (RejectedExecutionException e) {
            discard(chatId, started);
        }
    }

    /** How many of the chat's tasks are queued (not counting one that runs). */
    int queued(long chatId) {
        synchronized (lanes) {
            Lane lane = lanes.get(chatId);
            return lane == null ? 0 : lane.queue.size();
        }
    }

    /** True while a task of the chat is queued or running. */
    boolean busy(long chatId) {
        synchronized (lanes) {
            return lanes.containsKey(chatId);
        }
    }

    /** Drops the chat's queued tasks (each is abandoned); a task already running finishes. */
    void drop(long chatId) {
        List<Task> dropped;
        synchronized (lanes) {
            Lane lane = lanes.get(chatId);
            if (lane == null) return;
            dropped = new ArrayList<>(lane.queue);
            lane.queue.clear();
        }
        dropped.forEach(ChatLanes::abandonQuietly);
    }

    private void drain(long chatId, Lane lane) {
        while (true) {
            Task task;
            synchronized (lanes) {
                task = lane.queue.poll();
                if (task == null) {
                    lanes.remove(chatId, lane);
                    return;
                }
            }
            try {
                task.run();
            } catch (InterruptedException e) {
                discard(chatId, lane);
                return;
            } catch (RuntimeException | Error e) {
                LOG.error("{} task failed: {}", name, e.getClass().getSimpleName());
            }
        }
    }

    /** Shutting down: the rest of the lane is left undone, so its updates stay unconfirmed. */
    private void discard(long chatId, Lane lane) {
        synchronized (lanes) {
            lane.queue.clear();
            lanes.remove(chatId, lane);
        }
    }

    private static void abandonQuietly(Task task) {
        try {
            task.abandon();
        } catch (RuntimeException e) {
            LOG.error("abandoning a task failed: {}", e.getClass().getSimpleName());
        }
    }
}
