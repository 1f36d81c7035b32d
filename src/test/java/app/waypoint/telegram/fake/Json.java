package app.waypoint.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The Bot API's JSON objects as the fake writes and reads them. */
final class Json {
    private Json() {}

    static ObjectNode bot() {
        return Answer.JSON
                .createObjectNode()
                .put("id", FakeTelegram.BOT_ID)
                .put("is_bot", true)
                .put("first_name", "Waypoint")
                .put("username", FakeTelegram.BOT_USERNAME)
                .put("can_join_groups", false)
                .put("can_read_all_group_messages", false)
                .put("supports_inline_queries", false);
    }

    static ObjectNode user(FakeChat c) {
        ObjectNode u = Answer.JSON
                .createObjectNode()
                .put("id", c.id)
                .put("is_bot", false)
                .put("first_name", c.firstName);
        if (c.lastName != null) u.put("last_name", c.lastName);
        if (c.username != null) u.put("username", c.username);
        if (c.languageCode != null) u.put("language_code", c.languageCode);
        return u;
    }

    static ObjectNode chat(FakeChat c) {
        ObjectNode j = Answer.JSON.createObjectNode().put("id", c.id).put("type", c.type);
        if (c.type.equals("private")) {
            j.put("first_name", c.firstName);
            if (c.lastName != null) j.put("last_name", c.lastName);
            if (c.username != null) j.put("username", c.username);
        } else {
            j.put("title", "Test group");
        }
        return j;
    }

    static ObjectNode message(FakeChat c, FakeChat.Message m) {
        ObjectNode j = Answer.JSON.createObjectNode().put("message_id", m.id);
        j.set("from", m.fromBot ? bot() : user(c));
        j.set("chat", chat(c));
        j.put("date", m.sentAt.getEpochSecond());
        if (m.edits > 0) j.put("edit_date", m.sentAt.getEpochSecond());
        if (m.text != null) j.put("text", m.text);
        if (!m.keyboard.isEmpty()) j.set("reply_markup", markup(m.keyboard));
        return j;
    }

    static ObjectNode markup(List<List<Shown.Button>> keyboard) {
        ObjectNode j = Answer.JSON.createObjectNode();
        ArrayNode rows = j.putArray("inline_keyboard");
        for (List<Shown.Button> row : keyboard) {
            ArrayNode r = rows.addArray();
            for (Shown.Button b : row) {
                ObjectNode bj = r.addObject().put("text", b.label());
                if (b.data() != null) bj.put("callback_data", b.data());
                if (b.url() != null) bj.put("url", b.url());
            }
        }
        return j;
    }

    /** Reads and validates reply_markup (an object, or a JSON string as form posts send it). */
    static List<List<Shown.Button>> keyboard(JsonNode markup) throws Answer.Failure {
        if (markup.isMissingNode() || markup.isNull()) return List.of();
        if (markup.isTextual()) {
            try {
                markup = Answer.JSON.readTree(markup.asText());
            } catch (Exception e) {
                throw Answer.fail("can't parse reply keyboard markup JSON object");
            }
        }
        JsonNode rows = markup.path("inline_keyboard");
        if (!rows.isArray()) throw Answer.fail("can't parse reply keyboard markup JSON object");
        List<List<Shown.Button>> keyboard = new ArrayList<>();
        for (JsonNode row : rows) {
            List<Shown.Button> buttons = new ArrayList<>();
            for (JsonNode b : row) buttons.add(button(b));
            keyboard.add(List.copyOf(buttons));
        }
        return List.copyOf(keyboard);
    }

    private static Shown.Button button(JsonNode b) throws Answer.Failure {
        String label = b.path("text").asText("");
        if (label.isBlank()) throw Answer.fail("BUTTON_TEXT_INVALID");
        String data = b.hasNonNull("callback_data") ? b.get("callback_data").asText() : null;
        String url = b.hasNonNull("url") ? b.get("url").asText() : null;
        if ((data == null) == (url == null))
            throw Answer.fail("can't parse inline keyboard button: exactly one " + "of callback_data and url expected");
        if (data != null) {
            int bytes = data.getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > 64) throw Answer.fail("BUTTON_DATA_INVALID");
        }
        if (url != null && !url.matches("(https?|tg)://\\S+")) throw Answer.fail("BUTTON_URL_INVALID");
        return new Shown.Button(label, data, url);
    }
}
