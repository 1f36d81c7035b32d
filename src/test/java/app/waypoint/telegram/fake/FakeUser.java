package app.waypoint.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Acts as one user in a private chat with the bot, and shows what that user sees. The chat id is the
 * user's id, as in Telegram. Methods that wait give up after {@link #TIMEOUT} with an AssertionError.
 */
public final class FakeUser {
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final FakeTelegram tg;
    private final long id;

    FakeUser(FakeTelegram tg, long id) {
        this.tg = tg;
        this.id = id;
    }

    public long id() {
        return id;
    }

    /** Sets the user's names (null for none), as Telegram passes them to the bot. */
    public FakeUser named(String firstName, String lastName, String username) {
        synchronized (tg) {
            FakeChat c = tg.chat(id);
            c.firstName = firstName;
            c.lastName = lastName;
            c.username = username;
        }
        return this;
    }

    /** The user's client language, e.g. "ru" (null for none). */
    public FakeUser language(String code) {
        synchronized (tg) {
            tg.chat(id).languageCode = code;
        }
        return this;
    }

    /**
     * Puts a message from the bot in the chat without the bot sending it (a menu from before the test), with
     * one row of buttons of the given callback data; returns its message id.
     */
    public int hasBotMenu(String text, String... callbackData) {
        synchronized (tg) {
            List<Shown.Button> row = new java.util.ArrayList<>();
            for (String d : callbackData) row.add(new Shown.Button(d, d, null));
            return tg.chat(id).add(true, tg.time.now(), text, text, List.of(List.copyOf(row))).id;
        }
    }

    /** Types and sends a text; returns the message id. */
    public int sends(String text) {
        synchronized (tg) {
            FakeChat c = tg.chat(id);
            FakeChat.Message m = c.add(false, tg.time.now(), null, text, List.of());
            ObjectNode msg = Json.message(c, m);
            if (text.startsWith("/")) {
                int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
                msg.putArray("entities")
                        .addObject()
                        .put("type", "bot_command")
                        .put("offset", 0)
                        .put("length", end);
            }
            tg.enqueue(update("message", msg));
            return m.id;
        }
    }

    /** Sends something that is not text: "sticker", "photo", "voice", "document", "location" or "poll". */
    public int sendsA(String kind) {
        synchronized (tg) {
            FakeChat c = tg.chat(id);
            FakeChat.Message m = c.add(false, tg.time.now(), null, null, List.of());
            ObjectNode msg = Json.message(c, m);
            Media.add(msg, kind);
            tg.enqueue(update("message", msg));
            return m.id;
        }
    }

    /** Edits one of the user's earlier messages. */
    public void edits(int messageId, String text) {
        synchronized (tg) {
            FakeChat c = tg.chat(id);
            FakeChat.Message m = c.messages.get(messageId);
            m.text = text;
            ObjectNode msg = Json.message(c, m).put("edit_date", tg.time.now().getEpochSecond());
            tg.enqueue(update("edited_message", msg));
        }
    }

    /**
     * Presses the button labelled (or with callback data) {@code labelOrData} on the newest bot message
     * that has one; returns the callback query id.
     */
    public String presses(String labelOrData) {
        synchronized (tg) {
            List<Shown> bots = chat().botMessages();
            for (int i = bots.size() - 1; i >= 0; i--) {
                Shown.Button b = bots.get(i).button(labelOrData);
                if (b != null && b.data() != null) return pressesOn(bots.get(i).id(), b.data());
            }
            throw new AssertionError("no button '" + labelOrData + "' in chat " + id + ": " + chat().visible());
        }
    }

    /** Presses a button with any data on any message (old, edited away, forged...). */
    public String pressesOn(int messageId, String data) {
        synchronized (tg) {
            FakeChat c = tg.chat(id);
            FakeChat.Message m = c.messages.get(messageId);
            String queryId = UUID.randomUUID().toString();
            ObjectNode q = Answer.JSON.createObjectNode().put("id", queryId);
            q.set("from", Json.user(c));
            q.set(
                    "message",
                    m == null
                            ? Answer.JSON
                                    .createObjectNode()
                                    .put("message_id", messageId)
                                    .put("date", 0)
                                    .set("chat", Json.chat(c))
                            : Json.message(c, m));
            q.put("chat_instance", "ci-" + id).put("data", data);
            tg.queries.put(queryId, new FakeTelegram.Query(id, tg.time.now()));
            tg.enqueue(update("callback_query", q));
            return queryId;
        }
    }

    /** Blocks the bot; with {@code tellBot} Telegram also sends my_chat_member ("kicked"). */
    public void blocksBot(boolean tellBot) {
        synchronized (tg) {
            FakeChat c = tg.chat(id);
            c.blocked = true;
            if (tellBot) tg.enqueue(update("my_chat_member", Media.membership(c, "member", "kicked")));
            tg.changed();
        }
    }

    /** What the chat shows now. */
    public ChatView chat() {
        return new ChatView(tg, id);
    }

    /** Waits until the chat shows a bot message matching {@code test}; returns it. */
    public Shown awaitBotMessage(String what, Predicate<Shown> test) {
        Shown[] found = new Shown[1];
        tg.await(what + " in chat " + id, TIMEOUT, () -> {
            for (Shown s : chat().botMessages()) {
                if (test.test(s)) {
                    found[0] = s;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Waits until the chat shows a bot message whose text contains {@code fragment}. */
    public Shown awaitText(String fragment) {
        return awaitBotMessage(
                "a message containing '" + fragment + "'", s -> s.text().contains(fragment));
    }

    /** Waits until the bot confirmed (so handled) everything this user did. */
    public void awaitHandled() {
        tg.await("the bot to handle chat " + id, TIMEOUT, () -> tg.unconfirmed(id) == 0);
    }

    /** True once the bot answered the callback query. */
    public boolean answered(String queryId) {
        synchronized (tg) {
            FakeTelegram.Query q = tg.queries.get(queryId);
            return q != null && q.answered;
        }
    }

    static ObjectNode update(String field, ObjectNode body) {
        ObjectNode u = Answer.JSON.createObjectNode();
        u.set(field, body);
        return u;
    }
}
