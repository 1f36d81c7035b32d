package app.waypoint.telegram.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One chat's state inside the fake; guarded by the {@link FakeTelegram}'s lock. */
final class FakeChat {
    final long id;
    final String type;
    String firstName = "Test";
    String lastName = "User";
    String username = null;
    String languageCode = "en";
    boolean blocked;
    boolean left;
    int nextMessageId = 1;
    final Map<Integer, Message> messages = new LinkedHashMap<>();
    final List<String> notices = new ArrayList<>();

    static final class Message {
        final int id;
        final boolean fromBot;
        final Instant sentAt;
        String html;
        String text;
        List<List<Shown.Button>> keyboard;
        int edits;
        boolean deleted;

        Message(int id, boolean fromBot, Instant sentAt, String html, String text, List<List<Shown.Button>> kb) {
            this.id = id;
            this.fromBot = fromBot;
            this.sentAt = sentAt;
            this.html = html;
            this.text = text;
            this.keyboard = kb;
        }

        Shown shown() {
            return new Shown(id, fromBot, text, html, keyboard, edits);
        }
    }

    FakeChat(long id, String type) {
        this.id = id;
        this.type = type;
    }

    Message add(boolean fromBot, Instant at, String html, String text, List<List<Shown.Button>> keyboard) {
        Message m = new Message(nextMessageId++, fromBot, at, html, text, keyboard);
        messages.put(m.id, m);
        return m;
    }
}
