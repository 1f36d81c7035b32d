package app.waypoint.bench;

import app.waypoint.conversation.Conversation;
import app.waypoint.conversation.Incoming;
import app.waypoint.conversation.Input;
import app.waypoint.telegram.EdgeMemoryProbe;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Locale;

/**
 * Part 3: memory. 100,000 chats each send /start and press "Find a country" through the conversation as the bot
 * wires it, so each has a session (and is counted by /stats); the heap in use after full collections is compared
 * before and after. The Telegram edge's own per-chat state (messages /forget may delete, the chat's token bucket)
 * is measured the same way, and so is its bounded memory of recent update ids. Then the process's RSS.
 */
final class MemoryBench {
    static final int CHATS = 100_000;

    private MemoryBench() {}

    /** @param freshRss the RSS of this JVM when the benchmarks began */
    static void run(Report report, long freshRss) throws Exception {
        report.section("3. Memory: 100,000 active chats");
        long rssBefore = freshRss;
        Conversation conversation = Production.conversation(Production.shipped());
        List<Input> script = CoreBench.record(conversation).getFirst().inputs().subList(0, 2); // /start, Find
        for (long c = 1; c <= 2_000; c++) handle(conversation, -c, script); // warm: classes, JIT, caches
        long heap0 = Machine.usedHeapAfterGc();
        for (long c = 1; c <= CHATS; c++) handle(conversation, c, script);
        long heap1 = Machine.usedHeapAfterGc();
        double core = (heap1 - heap0) / (double) CHATS;

        EdgeMemoryProbe edge = new EdgeMemoryProbe();
        for (long c = 1; c <= 2_000; c++) edge.chat(-c);
        long heap2 = Machine.usedHeapAfterGc();
        for (long c = 1; c <= CHATS; c++) edge.chat(c);
        long heap3 = Machine.usedHeapAfterGc();
        double perChatEdge = (heap3 - heap2) / (double) CHATS;

        EdgeMemoryProbe updates = new EdgeMemoryProbe();
        long heap4 = Machine.usedHeapAfterGc();
        for (int u = 1; u <= 100_000; u++) updates.update(u);
        long heap5 = Machine.usedHeapAfterGc();
        long rssAfter = Machine.rssBytes();

        report.figure(
                "memory",
                "retained heap per session (core session + /stats count)",
                String.format(Locale.ROOT, "%.0f B", core),
                "≤ 2 KB",
                core <= 2048);
        report.figure(
                "memory",
                "retained heap per chat, core + Telegram edge (menu ids for /forget, token bucket)",
                String.format(Locale.ROOT, "%.0f B (edge %.0f B)", core + perChatEdge, perChatEdge),
                "≤ 2 KB",
                core + perChatEdge <= 2048);
        report.figure(
                "memory",
                "recent update ids kept by the edge (bounded at 100,000, any number of chats)",
                String.format(Locale.ROOT, "%.1f MiB", (heap5 - heap4) / 1048576.0));
        report.figure(
                "memory",
                "heap in use after GC with 100,000 chats (core and edge state)",
                String.format(Locale.ROOT, "%.1f MiB", heap3 / 1048576.0));
        report.figure(
                "memory",
                "process RSS: fresh JVM / with 100,000 chats (and the edge's 100,000 update ids)",
                String.format(
                        Locale.ROOT,
                        "%d MiB / %d MiB (default max heap %d MiB; RSS counts heap the GC has "
                                + "not returned to the OS)",
                        rssBefore >> 20,
                        rssAfter >> 20,
                        Runtime.getRuntime().maxMemory() >> 20));
        Reference.reachabilityFence(conversation);
        Reference.reachabilityFence(edge);
        Reference.reachabilityFence(updates);
    }

    private static void handle(Conversation conversation, long chatId, List<Input> inputs) {
        for (Input in : inputs) conversation.handle(new Incoming(chatId, "en", in));
    }
}
