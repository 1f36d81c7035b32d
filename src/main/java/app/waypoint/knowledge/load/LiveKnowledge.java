package app.waypoint.knowledge.load;

import app.waypoint.knowledge.KnowledgeBase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base in service, kept up to date with its file so maintainers can correct a fact without a
 * restart. A valid edit is swapped in whole; an invalid one is refused and the last good version stays. The file
 * is polled (not watched) so mounted volumes and atomic replaces work; while polling, a change is applied once it
 * has stayed the same for one interval, so a half-written file is not reported as broken.
 *
 * <p>Thread-safe. {@link #get()} never blocks. The listener runs on the polling thread, or the caller's thread
 * for {@link #checkNow()}, while holding the reload lock: it should hand slow work to another thread.
 */
public final class LiveKnowledge implements Supplier<KnowledgeBase>, AutoCloseable {
    /** How often {@link #startPolling()} looks at the file. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(LiveKnowledge.class);

    private final Path file;
    private final KnowledgeLoader loader;
    private final Consumer<ReloadResult> listener;
    private final AtomicReference<Version> current;
    private String liveFingerprint;
    private String reportedFingerprint;
    private String lastPolled;
    private Rejection lastRejection;
    private ScheduledExecutorService poller;

    private LiveKnowledge(
            Path file, KnowledgeLoader loader, Consumer<ReloadResult> listener, Version first, String fingerprint) {
        this.file = file;
        this.loader = loader;
        this.listener = listener;
        this.current = new AtomicReference<>(first);
        this.liveFingerprint = fingerprint;
        this.reportedFingerprint = fingerprint;
        this.lastPolled = fingerprint;
    }

    /**
     * Loads the file; fails fast when it is missing or invalid, since the bot must not start without facts.
     * Does not poll until {@link #startPolling()}.
     *
     * @param listener told of every version reloaded or refused, once per version of the file
     * @throws KnowledgeLoadException with every problem of the file
     */
    public static LiveKnowledge open(Path file, KnowledgeLoader loader, Consumer<ReloadResult> listener) {
        Objects.requireNonNull(listener, "listener");
        FileSnapshot snapshot = FileSnapshot.read(file);
        return switch (snapshot.load(Objects.requireNonNull(loader, "loader"))) {
            case LoadResult.Loaded loaded ->
                new LiveKnowledge(
                        file,
                        loader,
                        listener,
                        new Version(loaded.knowledge(), loaded.warnings()),
                        snapshot.fingerprint());
            case LoadResult.Failed failed -> throw new KnowledgeLoadException(failed.problems());
        };
    }

    /** The version in service. */
    @Override
    public KnowledgeBase get() {
        return current.get().knowledge();
    }

    /** The warnings of the version in service, for the log at start-up or an admin command. */
    public List<Problem> warnings() {
        return current.get().warnings();
    }

    /** Looks at the file now (for tests and the admin {@code /reload}); what it finds is applied at once. */
    public synchronized ReloadResult checkNow() {
        return apply(FileSnapshot.read(file));
    }

    /** Starts polling every {@link #DEFAULT_INTERVAL} on a daemon thread. */
    public LiveKnowledge startPolling() {
        return startPolling(DEFAULT_INTERVAL);
    }

    /** Starts polling on a daemon thread; calling it again does nothing. */
    public synchronized LiveKnowledge startPolling(Duration interval) {
        if (poller != null) return this;
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "knowledge-reload");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        poller.scheduleWithFixedDelay(this::pollSafely, millis, millis, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Stops polling. The version in service stays available. */
    @Override
    public synchronized void close() {
        if (poller != null) poller.shutdownNow();
    }

    /** One poll: applies the file once it has not changed since the previous poll. */
    synchronized void poll() {
        FileSnapshot snapshot = FileSnapshot.read(file);
        boolean settled = snapshot.fingerprint().equals(lastPolled);
        lastPolled = snapshot.fingerprint();
        if (settled) apply(snapshot);
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            // An exception would cancel the schedule and silently end reloading.
            LOG.error("Checking {} for changes failed", file, e);
        }
    }

    private ReloadResult apply(FileSnapshot snapshot) {
        String fingerprint = snapshot.fingerprint();
        if (fingerprint.equals(liveFingerprint)) {
            reportedFingerprint = fingerprint;
            return new ReloadResult.Unchanged();
        }
        ReloadResult result =
                lastRejection != null && lastRejection.fingerprint().equals(fingerprint)
                        ? lastRejection.result()
                        : load(snapshot);
        if (!fingerprint.equals(reportedFingerprint)) {
            reportedFingerprint = fingerprint;
            listener.accept(result);
        }
        return result;
    }

    private ReloadResult load(FileSnapshot snapshot) {
        return switch (snapshot.load(loader)) {
            case LoadResult.Loaded loaded -> {
                current.set(new Version(loaded.knowledge(), loaded.warnings()));
                liveFingerprint = snapshot.fingerprint();
                lastRejection = null;
                yield new ReloadResult.Reloaded(
                        loaded.knowledge().destinations().size(), loaded.warnings());
            }
            case LoadResult.Failed failed -> {
                ReloadResult.Rejected rejected = new ReloadResult.Rejected(failed.problems());
                lastRejection = new Rejection(snapshot.fingerprint(), rejected);
                yield rejected;
            }
        };
    }

    /** A version in service, swapped whole so its knowledge and warnings always match. */
    private record Version(KnowledgeBase knowledge, List<Problem> warnings) {}

    /** The last version refused, kept so an unchanged broken file is not parsed every poll. */
    private record Rejection(String fingerprint, ReloadResult.Rejected result) {}
}
