package app.waypoint.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A group chat the bot is added to, or that writes to it. */
public final class FakeGroup {
    private final FakeTelegram tg;
    private final long id;

    FakeGroup(FakeTelegram tg, long id) {
        this.tg = tg;
        this.id = id;
    }

    /** Someone adds the bot to the group (my_chat_member: left → member). */
    public void addsBot() {
        synchronized (tg) {
            tg.enqueue(FakeUser.update("my_chat_member", Media.membership(tg.chat(id), "left", "member")));
        }
    }

    /** Someone writes in the group. */
    public void sends(String text) {
        synchronized (tg) {
            FakeChat c = tg.chat(id);
            FakeChat.Message m = c.add(false, tg.time.now(), null, text, List.of());
            ObjectNode msg = Json.message(c, m);
            msg.set(
                    "from",
                    Answer.JSON
                            .createObjectNode()
                            .put("id", 42)
                            .put("is_bot", false)
                            .put("first_name", "Member"));
            tg.enqueue(FakeUser.update("message", msg));
        }
    }

    public ChatView chat() {
        return new ChatView(tg, id);
    }
}
