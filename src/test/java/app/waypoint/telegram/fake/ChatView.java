package app.waypoint.telegram.fake;

import java.util.List;

/** What one chat shows at one moment: its messages (deletions and edits applied) and the notices seen. */
public final class ChatView {
    private final FakeTelegram tg;
    private final long id;

    ChatView(FakeTelegram tg, long id) {
        this.tg = tg;
        this.id = id;
    }

    /** The messages still there, oldest first. */
    public List<Shown> visible() {
        synchronized (tg) {
            return tg.chat(id).messages.values().stream()
                    .filter(m -> !m.deleted)
                    .map(FakeChat.Message::shown)
                    .toList();
        }
    }

    /** The bot's messages still there, oldest first. */
    public List<Shown> botMessages() {
        return visible().stream().filter(Shown::fromBot).toList();
    }

    /** The bot's newest message still there, or null. */
    public Shown lastBotMessage() {
        List<Shown> bots = botMessages();
        return bots.isEmpty() ? null : bots.get(bots.size() - 1);
    }

    /** How many messages were deleted. */
    public int deleted() {
        synchronized (tg) {
            return (int) tg.chat(id).messages.values().stream()
                    .filter(m -> m.deleted)
                    .count();
        }
    }

    /** Texts shown on pressed buttons (answerCallbackQuery notices). */
    public List<String> notices() {
        synchronized (tg) {
            return List.copyOf(tg.chat(id).notices);
        }
    }

    /** True once the bot left this (group) chat. */
    public boolean left() {
        synchronized (tg) {
            return tg.chat(id).left;
        }
    }

    @Override
    public String toString() {
        return visible().toString();
    }
}
