package app.waypoint.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of a run, printed as they come and as one Markdown table at the end. */
final class Report {
    /** One figure: what, its value, the target (empty if none), and whether the target is met. */
    record Figure(String part, String what, String value, String target, Boolean met, String load) {}

    private final PrintStream out;
    private final List<Figure> figures = new ArrayList<>();
    private long sectionStart;
    private long busyStart;
    private long ownStart;
    private String lastOthers;

    Report(PrintStream out) {
        this.out = out;
    }

    void section(String title) {
        out.println();
        out.println("== " + title + " (" + Machine.load() + ")");
        sectionStart = System.nanoTime();
        busyStart = Machine.systemBusyNanos();
        ownStart = Machine.processCpuNanos();
        lastOthers = null;
    }

    /**
     * The load next to a figure: the load averages (which count this benchmark's own threads) and, more to the
     * point, the cores other processes kept busy since the previous figure (in the start-up part, the bot and
     * cold-load JVMs it launches are among them).
     */
    private String load() {
        long elapsed = System.nanoTime() - sectionStart;
        if (elapsed < 1_000_000_000L && lastOthers != null) return Machine.load() + lastOthers; // same measurement
        long busy = Machine.systemBusyNanos();
        String others = "";
        if (busy >= 0 && busyStart >= 0) {
            double cores = Math.max(0, (busy - busyStart) - (Machine.processCpuNanos() - ownStart))
                    / (double) Math.max(1, elapsed);
            others = String.format(Locale.ROOT, "; others %.2f cores", cores);
        }
        sectionStart = System.nanoTime(); // the next figure's window starts here
        busyStart = busy;
        ownStart = Machine.processCpuNanos();
        lastOthers = others;
        return Machine.load() + others;
    }

    void note(String format, Object... args) {
        out.println("   " + String.format(Locale.ROOT, format, args));
    }

    void figure(String part, String what, String value) {
        add(new Figure(part, what, value, "", null, load()));
    }

    void figure(String part, String what, String value, String target, boolean met) {
        add(new Figure(part, what, value, target, met, load()));
    }

    private void add(Figure f) {
        figures.add(f);
        out.println("   " + f.what() + ": " + f.value()
                + (f.target().isEmpty() ? "" : "   [target " + f.target() + ": " + (f.met() ? "met" : "MISSED") + "]")
                + "   (" + f.load() + ")");
    }

    void table() {
        out.println();
        out.println("| part | figure | value | target | met | load 1/5/15 min; cores used by other processes |");
        out.println("|---|---|---|---|---|---|");
        for (Figure f : figures) {
            out.println("| " + f.part() + " | " + f.what() + " | " + f.value() + " | " + f.target() + " | "
                    + (f.met() == null ? "" : f.met() ? "yes" : "**no**") + " | "
                    + f.load().replace("load ", "") + " |");
        }
    }
}
