package app.waypoint.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** What the figures depend on: the machine, its load, the process's CPU time, heap and resident memory. */
final class Machine {
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private Machine() {}

    static String describe() {
        return String.format(
                Locale.ROOT,
                "%d cores (nproc), %.1f GiB memory, %s %s (%s), max heap %d MiB, %s",
                Runtime.getRuntime().availableProcessors(),
                OS.getTotalMemorySize() / (double) (1L << 30),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.vendor"),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    /** The 1-, 5- and 15-minute load averages, as uptime shows them. */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "load " + f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            double l = OS.getSystemLoadAverage();
            return l < 0 ? "load n/a" : String.format(Locale.ROOT, "load %.2f", l);
        }
    }

    /**
     * CPU time all processes have used since boot (user, nice, system, irq, softirq, steal from /proc/stat), in
     * nanoseconds; -1 where /proc is missing. Less this process's time, it shows what else ran meanwhile.
     */
    static long systemBusyNanos() {
        try {
            String[] f =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long ticks = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) ticks += Long.parseLong(f[i]);
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU nanoseconds of the JVM's own threads, which the thread bean does not show: "JIT" (the compiler
     * threads) and "GC/VM" (collector and VM threads), from /proc/self/task (10 ms ticks); empty where /proc is
     * missing.
     */
    static Map<String, Long> jvmThreadCpu() {
        Map<String, Long> out = new LinkedHashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim();
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split("\\s+");
                    long nanos = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L; // utime, stime
                    String group = name.contains("CompilerThre")
                            ? "JIT"
                            : name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM ")
                                    ? "GC/VM"
                                    : null;
                    if (group != null) out.merge(group, nanos, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return out;
    }

    /** The 1-minute load average, or -1. */
    static double load1() {
        return OS.getSystemLoadAverage();
    }

    /** CPU time of the whole process (every thread, GC and JIT included), in nanoseconds. */
    static long processCpuNanos() {
        return OS.getProcessCpuTime();
    }

    /** Resident set size of this process in bytes (VmRSS), or -1 where /proc is missing. */
    static long rssBytes() {
        return rss(Path.of("/proc/self/status"));
    }

    static long rss(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Heap in use after the collector has had every chance to free what is unreachable. */
    static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            System.gc();
            try {
                Thread.sleep(60);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (i >= 2 && Math.abs(now - used) < 64 * 1024) return now;
            used = Math.min(used, now);
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** CPU nanoseconds of every live Java thread, by thread id, with each thread's name. */
    static Map<Long, Map.Entry<String, Long>> threadCpu() {
        Map<Long, Map.Entry<String, Long>> out = new HashMap<>();
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] == null) continue;
            long cpu = THREADS.getThreadCpuTime(ids[i]);
            if (cpu >= 0) out.put(ids[i], Map.entry(infos[i].getThreadName(), cpu));
        }
        return out;
    }

    /**
     * CPU used between two {@link #threadCpu()} snapshots, summed by group ({@code group} maps a thread name
     * to its group). Threads that ended in between are missing: their time stays in the process total.
     */
    static Map<String, Long> cpuByGroup(
            Map<Long, Map.Entry<String, Long>> before,
            Map<Long, Map.Entry<String, Long>> after,
            Function<String, String> group) {
        Map<String, Long> out = new LinkedHashMap<>();
        after.forEach((id, now) -> {
            Map.Entry<String, Long> was = before.get(id);
            long used = now.getValue() - (was == null ? 0 : was.getValue());
            out.merge(group.apply(now.getKey()), Math.max(0, used), Long::sum);
        });
        return out;
    }
}
