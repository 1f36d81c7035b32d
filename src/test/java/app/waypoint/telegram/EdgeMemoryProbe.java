package app.waypoint.telegram;

/**
 * For the memory benchmark (app.waypoint.bench): the per-chat state the Telegram edge keeps, built the way the
 * edge builds it, without HTTP. Per chat it tracks the user's /start and the bot's answer (what /forget may
 * delete, kept 48 hours) and takes a turn in the flow control (a token bucket per chat, kept 10 minutes).
 */
public final class EdgeMemoryProbe {
    private final MessageLog log = new MessageLog(Timing.system());
    private final FlowControl flow =
            new FlowControl(Tuning.defaults().withRates(1e9, 1_000_000, 1e12), Timing.system());
    private final UpdateWindow window = new UpdateWindow(Timing.system());

    /** What the edge keeps about a chat that sent /start and got the menu. */
    public void chat(long chatId) throws InterruptedException {
        log.track(chatId, 1);
        flow.awaitTurn(chatId);
        log.track(chatId, 2);
    }

    /** What the edge keeps about one handled update: its id, for a day, to skip a re-delivery (at most 100,000). */
    public void update(int updateId) {
        window.admit(updateId);
        window.done(updateId);
        window.offset();
    }
}
