package app.waypoint.watch;

import app.waypoint.knowledge.load.Citations.Citation;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fetches every distinct cited page, a few hosts at a time and one request at a time per host with a pause
 * between them, and compares what each gives with the previous run.
 */
public final class SourceWatch {
    /**
     * How politely to fetch.
     *
     * @param timeout     per request
     * @param retries     extra tries after a timeout, a dropped connection or a 5xx
     * @param concurrency hosts fetched at once
     * @param perHostGap  pause between two requests to one host
     */
    public record Settings(Duration timeout, int retries, int concurrency, Duration perHostGap) {
        public Settings {
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(perHostGap, "perHostGap");
            if (retries < 0 || concurrency < 1) throw new IllegalArgumentException("retries >= 0, concurrency >= 1");
        }

        /** For a weekly run: 20 s per request, 2 retries, 4 hosts at once, 1 s between requests to a host. */
        public static Settings polite() {
            return new Settings(Duration.ofSeconds(20), 2, 4, Duration.ofSeconds(1));
        }
    }

    private final Settings settings;

    public SourceWatch(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Fetches the cited pages and sorts them against the previous run's record. */
    public Report run(List<Citation> citations, Map<URI, WatchRecord.Line> previous, LocalDate today)
            throws InterruptedException {
        Map<URI, Outcome> now = fetchAll(
                new LinkedHashSet<>(citations.stream().map(Citation::url).toList()));
        return Report.of(citations, previous, now, today);
    }

    private Map<URI, Outcome> fetchAll(LinkedHashSet<URI> urls) throws InterruptedException {
        Map<String, Queue<URI>> byHost = new LinkedHashMap<>();
        for (URI u : urls) {
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            byHost.computeIfAbsent(host, h -> new ArrayDeque<>()).add(u);
        }
        List<Queue<URI>> queues = new ArrayList<>(byHost.values());
        queues.sort(Comparator.comparingInt((Queue<URI> q) -> q.size()).reversed());
        Queue<Queue<URI>> work = new ArrayDeque<>(queues);
        Map<URI, Outcome> out = new ConcurrentHashMap<>();
        Fetcher fetcher = new Fetcher(settings.timeout(), settings.retries());
        try (ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), r -> {
            Thread t = new Thread(r, "source-watch");
            t.setDaemon(true);
            return t;
        })) {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < settings.concurrency(); i++) {
                workers.add(pool.submit(() -> {
                    while (true) {
                        Queue<URI> host;
                        synchronized (work) {
                            host = work.poll();
                        }
                        if (host == null) return null;
                        boolean first = true;
                        for (URI u : host) {
                            if (!first && !settings.perHostGap().isZero()) Thread.sleep(settings.perHostGap());
                            first = false;
                            out.put(u, fetcher.fetch(u));
                        }
                    }
                }));
            }
            for (Future<?> w : workers) {
                try {
                    w.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("the source watch failed", e.getCause());
                }
            }
        }
        Map<URI, Outcome> ordered = new LinkedHashMap<>();
        for (URI u : urls) ordered.put(u, out.get(u));
        return ordered;
    }
}
