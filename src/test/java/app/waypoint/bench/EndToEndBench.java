package app.waypoint.bench;

import app.waypoint.config.BotToken;
import app.waypoint.conversation.Conversation;
import app.waypoint.telegram.TelegramBot;
import app.waypoint.telegram.Timing;
import app.waypoint.telegram.Tuning;
import app.waypoint.telegram.fake.FakeTelegram;
import app.waypoint.telegram.fake.FakeUser;
import app.waypoint.telegram.fake.Shown;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Part 2: end to end over loopback HTTP. A real {@link TelegramBot} (production wiring of the conversation, on
 * the shipped destinations.yml) long-polls the fake Bot API server; 1,000 users each run full conversations
 * ({@link Script}) over and over, pressing the buttons the bot showed them, each after a think time.
 *
 * <p>A round trip is timed from the moment the user's update enters Telegram's queue (the fake's) to the
 * moment the fake takes the bot's answer (the sendMessage or editMessageText that shows the next screen). The
 * fake, the users and the bot share one JVM: CPU is split by thread (fake server threads, user threads, the
 * bot's poll thread and virtual-thread carriers, OkHttp's); the JVM's own threads (GC, JIT) are shown apart.
 */
final class EndToEndBench {
    static final String TOKEN = "123456789:AAH-bench-token-abcdefghijklmnopqrstu";

    private EndToEndBench() {}

    /** One configuration: how many users, their mean think time, and whether Telegram's limits apply. */
    record Setup(
            String name,
            int users,
            Duration think,
            boolean telegramLimits,
            Duration warmUp,
            Duration measure,
            Tuning tuning,
            int floodPerSecond) {
        Setup(
                String name,
                int users,
                Duration think,
                boolean telegramLimits,
                Duration warmUp,
                Duration measure,
                Tuning tuning) {
            this(name, users, think, telegramLimits, warmUp, measure, tuning, 0);
        }
    }

    /** The chat that floods in {@link #flood}: not one of the measured users. */
    static final long FLOODER = 4_000_000_000L;

    /**
     * Part "flood": 100 users walk the script under Telegram's limits (about 20 actions a second, below the 29 the
     * bot may send), first alone, then while one more chat sends 2,000 messages at once and then 200 a second.
     */
    static void flood(Report report) throws Exception {
        report.section("6. Flood: one chat sends as fast as it can while 100 users walk the script");
        measure(new Setup(
                "warm-up",
                100,
                Duration.ofSeconds(1),
                false,
                Duration.ofSeconds(10),
                Duration.ofSeconds(2),
                unlimited()));
        for (int flood : new int[] {0, 200}) {
            String name =
                    flood == 0 ? "100 users alone" : "100 users while one chat floods (2,000 at once, then 200/s)";
            Result r = measure(new Setup(
                    name,
                    100,
                    Duration.ofSeconds(5),
                    true,
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(20),
                    Tuning.defaults(),
                    flood));
            report.note(
                    "%s: %,d round trips in %.0f s, %d users still waiting at the end, %d 429s, %d refused",
                    name, r.roundTrips(), r.seconds(), r.stalled(), r.tooMany(), r.rejected());
            report.figure(
                    "flood",
                    "others' message → answer p50 / p99 / max, Telegram's limits, " + name,
                    Latencies.ms(r.latencies().percentile(50)) + " / "
                            + Latencies.ms(r.latencies().percentile(99)) + " / "
                            + Latencies.ms(r.latencies().max()));
        }
    }

    /** What a run measured. */
    record Result(
            Setup setup,
            long roundTrips,
            double seconds,
            Latencies latencies,
            long messages,
            int tooMany,
            int rejected,
            long stalled,
            Map<String, Long> cpu,
            long processCpu,
            List<Duration> callbacks,
            double minPerSecond,
            double maxPerSecond) {
        double perSecond() {
            return roundTrips / seconds;
        }
    }

    /** Tuning with the bot's own flow control out of the way (rates far above anything reachable here). */
    static Tuning unlimited() {
        return Tuning.defaults().withRates(1_000_000, 1_000_000, 1_000_000_000).withMaxInFlight(1_000);
    }

    static void run(Report report) throws Exception {
        report.section("2. End to end: 1,000 users over loopback HTTP through the fake Bot API");
        // the JIT needs well over 10 s of this mix on two cores; its compilations would otherwise be measured
        Result warm = measure(new Setup(
                "warm-up",
                1_000,
                Duration.ofMillis(400),
                false,
                Duration.ofSeconds(24),
                Duration.ofSeconds(2),
                unlimited()));
        report.note("warm-up: %,d round trips, then the runs below", warm.roundTrips());
        Result open = measure(new Setup(
                "no rate limits, think time 0.4 s",
                1_000,
                Duration.ofMillis(400),
                false,
                Duration.ofSeconds(5),
                Duration.ofSeconds(15),
                unlimited()));
        print(report, open, true);
        Result moderate = measure(new Setup(
                "no rate limits, think time 1 s",
                1_000,
                Duration.ofSeconds(1),
                false,
                Duration.ofSeconds(5),
                Duration.ofSeconds(12),
                unlimited()));
        print(report, moderate, false);
        Result saturated = measure(new Setup(
                "no rate limits, no think time (saturation)",
                1_000,
                Duration.ZERO,
                false,
                Duration.ofSeconds(5),
                Duration.ofSeconds(12),
                unlimited()));
        print(report, saturated, false);
        Result limited = measure(new Setup(
                "Telegram's limits, bot at exactly 30/s overall",
                1_000,
                Duration.ofSeconds(20),
                true,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Tuning.defaults().withRates(1.0, 3, 30.0)));
        printLimited(report, limited);
        // the bot's limiter at exactly Telegram's rate leaves no room for jitter: production runs a token under it
        Result margin = measure(new Setup(
                "Telegram's limits, production tuning (29/s overall)",
                1_000,
                Duration.ofSeconds(20),
                true,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Tuning.defaults()));
        printLimited(report, margin);
    }

    private static void print(Report report, Result r, boolean targets) {
        String name = r.setup().name();
        report.note(
                "%s: %,d round trips in %.0f s, %d users still waiting at the end, %d refused requests",
                name, r.roundTrips(), r.seconds(), r.stalled(), r.rejected());
        long p50 = r.latencies().percentile(50);
        long p99 = r.latencies().percentile(99);
        String perSecond = String.format(Locale.ROOT, "%,.0f", r.perSecond());
        String lat = Latencies.ms(p50) + " / " + Latencies.ms(p99) + " / "
                + Latencies.ms(r.latencies().max());
        if (targets) {
            report.figure("e2e", "round trips/s, " + name, perSecond, "≥ 2,000", r.perSecond() >= 2_000);
            report.figure("e2e", "message → answer p50 / p99 / max, " + name, lat, "p99 ≤ 50 ms", p99 <= 50_000_000);
        } else {
            report.figure("e2e", "round trips/s, " + name, perSecond);
            report.figure("e2e", "message → answer p50 / p99 / max, " + name, lat);
        }
        cpu(report, r);
        if (!r.callbacks().isEmpty()) {
            report.note(
                    "button spinner (press → answerCallbackQuery) p50 %s, p99 %s, over the whole run",
                    Latencies.ms(pct(r.callbacks(), 50)), Latencies.ms(pct(r.callbacks(), 99)));
        }
    }

    private static void cpu(Report report, Result r) {
        double perK = 1000.0 / Math.max(1, r.roundTrips()) / 1e9;
        long bot = r.cpu().getOrDefault("bot", 0L);
        long fake = r.cpu().getOrDefault("fake Bot API", 0L);
        long users = r.cpu().getOrDefault("users", 0L);
        long jit = r.cpu().getOrDefault("JIT", 0L);
        long gc = r.cpu().getOrDefault("GC/VM", 0L);
        long counted = r.cpu().values().stream().mapToLong(Long::longValue).sum();
        long other = Math.max(0, r.processCpu() - counted) + r.cpu().getOrDefault("other", 0L);
        report.figure(
                "e2e",
                "CPU s per 1,000 round trips, " + r.setup().name(),
                String.format(
                        Locale.ROOT,
                        "process %.3f = bot threads %.3f + fake server %.3f + users %.3f + GC/VM %.3f + JIT %.3f + other %.3f",
                        r.processCpu() * perK,
                        bot * perK,
                        fake * perK,
                        users * perK,
                        gc * perK,
                        jit * perK,
                        other * perK));
    }

    private static void printLimited(Report report, Result r) {
        String name = r.setup().name();
        report.note(
                "%s (fake: 1/s per chat, burst 3, 30/s overall; 1,000 users, think time 20 s, so about 50 "
                        + "actions/s are offered and the queue grows): %,d round trips in %.0f s, %d refused requests "
                        + "(button answers later than 15 s)",
                name, r.roundTrips(), r.seconds(), r.rejected());
        double mps = r.messages() / r.seconds();
        report.figure(
                "e2e",
                "429 answers in " + r.seconds() + " s, " + name,
                String.valueOf(r.tooMany()),
                "0",
                r.tooMany() == 0);
        report.figure(
                "e2e",
                "messages/s sustained, " + name,
                String.format(
                        Locale.ROOT, "%.1f (per second: min %.0f, max %.0f)", mps, r.minPerSecond(), r.maxPerSecond()),
                "≈ 30",
                mps >= 27 && mps <= 30.5);
        report.figure(
                "e2e",
                "message → answer p50 / p99, " + name + " (queueing behind the limit)",
                Latencies.ms(r.latencies().percentile(50)) + " / "
                        + Latencies.ms(r.latencies().percentile(99)));
        cpu(report, r);
    }

    private static long pct(List<Duration> sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, rank - 1))).toNanos();
    }

    /** One user: where they are in the script, and the action they wait on. */
    private static final class User {
        final FakeUser fake;
        final Script script;
        Script.Walk walk;
        int menu;
        long sentAt;
        boolean waiting;

        User(FakeUser fake, Script script) {
            this.fake = fake;
            this.script = script;
        }
    }

    static Result measure(Setup setup) throws Exception {
        Conversation conversation = Production.conversation(Production.shipped());
        try (FakeTelegram tg = FakeTelegram.start(TOKEN)) {
            if (setup.telegramLimits()) tg.enforceRateLimits(1, 3, 30);
            Map<Long, User> users = new java.util.HashMap<>();
            ScheduledExecutorService clock = Executors.newScheduledThreadPool(2, r -> {
                Thread t = new Thread(r, "bench-user");
                t.setDaemon(true);
                return t;
            });
            long[] window = {Long.MAX_VALUE, Long.MAX_VALUE}; // measuring from, to (guarded by tg)
            Latencies latencies = new Latencies(200_000);
            long[] roundTrips = {0};
            long[] messages = {0};
            int seconds = (int) setup.measure().toSeconds();
            long[] perSecond = new long[seconds + 1];
            boolean[] running = {true};
            tg.onBotMessage((chatId, shown) -> {
                long now = System.nanoTime();
                if (now >= window[0] && now < window[1]) {
                    messages[0]++;
                    perSecond[(int) Math.min(seconds, (now - window[0]) / 1_000_000_000L)]++;
                }
                User u = users.get(chatId);
                if (u == null || !u.waiting) return;
                u.waiting = false;
                if (u.sentAt >= window[0] && now < window[1]) {
                    latencies.add(now - u.sentAt);
                    roundTrips[0]++;
                }
                u.menu = shown.id();
                Script.Act next = u.walk.next(buttons(shown));
                if (next == null) {
                    u.walk = u.script.walk();
                    next = u.walk.first();
                }
                if (running[0]) schedule(clock, u, next, think(setup.think()));
            });
            TelegramBot bot = new TelegramBot(
                    tg.url(), BotToken.of(TOKEN), conversation, setup.tuning(), Timing.system(), Optional.empty());
            Thread poll = new Thread(bot::run, "bench-bot-poll");
            poll.start();
            List<Script> scripts = Script.PERSONAS.stream().map(Script::full).toList();
            synchronized (tg) {
                for (int i = 0; i < setup.users(); i++) {
                    long id = 5_000_000_000L + i;
                    User u = new User(tg.user(id).language("en"), scripts.get(i % scripts.size()));
                    users.put(id, u);
                }
            }
            // every user starts within the first think time (or at once), then keeps going
            long spread = Math.max(setup.think().toMillis(), 1);
            for (User u : users.values()) {
                u.walk = u.script.walk();
                schedule(clock, u, u.walk.first(), ThreadLocalRandom.current().nextLong(spread) * 1_000_000L);
            }
            Thread flooder = null;
            if (setup.floodPerSecond() > 0) {
                FakeUser f = tg.user(FLOODER).language("en");
                flooder = Thread.ofPlatform().daemon().name("bench-user-flood").start(() -> {
                    try {
                        Thread.sleep(setup.warmUp().toMillis() / 2);
                        for (int i = 0; i < 2_000; i++) f.sends("flood " + i);
                        long every = 1_000_000_000L / setup.floodPerSecond();
                        for (long i = 0; ; i++) {
                            f.sends("more " + i);
                            Thread.sleep(every / 1_000_000, (int) (every % 1_000_000));
                        }
                    } catch (InterruptedException | RuntimeException e) {
                        // the run is over
                    }
                });
            }
            Thread.sleep(setup.warmUp().toMillis());
            var cpuBefore = Machine.threadCpu();
            var jvmBefore = Machine.jvmThreadCpu();
            long processBefore = Machine.processCpuNanos();
            synchronized (tg) {
                window[0] = System.nanoTime();
                window[1] = window[0] + setup.measure().toNanos();
            }
            Thread.sleep(setup.measure().toMillis());
            var cpuAfter = Machine.threadCpu();
            var jvmAfter = Machine.jvmThreadCpu();
            long processAfter = Machine.processCpuNanos();
            long stalled;
            synchronized (tg) {
                running[0] = false;
                long now = System.nanoTime();
                stalled = users.values().stream()
                        .filter(u -> u.waiting && now - u.sentAt > 5_000_000_000L)
                        .count();
            }
            clock.shutdownNow();
            if (flooder != null) flooder.interrupt();
            bot.stop();
            poll.join(20_000);
            Map<String, Long> cpu =
                    new java.util.LinkedHashMap<>(Machine.cpuByGroup(cpuBefore, cpuAfter, EndToEndBench::group));
            jvmAfter.forEach((group, nanos) ->
                    cpu.merge(group, Math.max(0, nanos - jvmBefore.getOrDefault(group, 0L)), Long::sum));
            long min = Long.MAX_VALUE;
            long max = 0;
            for (int s = 0; s < seconds; s++) {
                min = Math.min(min, perSecond[s]);
                max = Math.max(max, perSecond[s]);
            }
            synchronized (tg) {
                return new Result(
                        setup,
                        roundTrips[0],
                        setup.measure().toNanos() / 1e9,
                        latencies,
                        messages[0],
                        tg.tooManyRequests(),
                        tg.rejections().size(),
                        stalled,
                        cpu,
                        processAfter - processBefore,
                        tg.callbackLatencies(),
                        min,
                        max);
            }
        }
    }

    private static long think(Duration mean) {
        if (mean.isZero()) return 0;
        double u = ThreadLocalRandom.current().nextDouble();
        return (long) Math.min(-Math.log(1 - u) * mean.toNanos(), 5.0 * mean.toNanos()); // exponential, capped
    }

    private static void schedule(ScheduledExecutorService clock, User u, Script.Act act, long delayNanos) {
        Runnable send = () -> {
            try {
                u.sentAt = System.nanoTime();
                u.waiting = true;
                if (act.command() != null) u.fake.sends("/" + act.command());
                else u.fake.pressesOn(u.menu, act.data());
            } catch (RuntimeException e) {
                // the run is ending (the fake is closing): nothing to measure
            }
        };
        try {
            if (delayNanos <= 0) clock.execute(send);
            else clock.schedule(send, delayNanos, TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shut down: the run is over
        }
    }

    private static List<Script.Btn> buttons(Shown shown) {
        List<Script.Btn> out = new ArrayList<>();
        for (List<Shown.Button> row : shown.keyboard()) {
            for (Shown.Button b : row) out.add(new Script.Btn(b.label(), b.data()));
        }
        return out;
    }

    /** Which part of the process a thread belongs to, by its name. */
    static String group(String thread) {
        if (thread.equals("fake-telegram") || thread.startsWith("HTTP-Dispatcher")) return "fake Bot API";
        if (thread.startsWith("bench-user")) return "users";
        if (thread.startsWith("ForkJoinPool-") || thread.equals("bench-bot-poll") || thread.startsWith("OkHttp")) {
            return "bot";
        }
        return "other";
    }
}
