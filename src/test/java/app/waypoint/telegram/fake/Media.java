package app.waypoint.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Minimal JSON for non-text messages and membership changes. */
final class Media {
    private Media() {}

    static void add(ObjectNode msg, String kind) {
        switch (kind) {
            case "sticker" ->
                msg.putObject("sticker")
                        .put("file_id", "f1")
                        .put("file_unique_id", "u1")
                        .put("type", "regular")
                        .put("width", 512)
                        .put("height", 512)
                        .put("is_animated", false)
                        .put("is_video", false);
            case "photo" ->
                msg.putArray("photo")
                        .addObject()
                        .put("file_id", "f1")
                        .put("file_unique_id", "u1")
                        .put("width", 90)
                        .put("height", 90);
            case "voice" ->
                msg.putObject("voice")
                        .put("file_id", "f1")
                        .put("file_unique_id", "u1")
                        .put("duration", 3);
            case "document" -> msg.putObject("document").put("file_id", "f1").put("file_unique_id", "u1");
            case "location" -> msg.putObject("location").put("latitude", 41.7).put("longitude", 44.8);
            case "poll" -> {
                ObjectNode poll = msg.putObject("poll")
                        .put("id", "p1")
                        .put("question", "Q?")
                        .put("total_voter_count", 0)
                        .put("is_closed", false)
                        .put("is_anonymous", true)
                        .put("type", "regular")
                        .put("allows_multiple_answers", false);
                poll.putArray("options").addObject().put("text", "A").put("voter_count", 0);
            }
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    static ObjectNode membership(FakeChat c, String from, String to) {
        ObjectNode u = Answer.JSON.createObjectNode();
        u.set("chat", Json.chat(c));
        u.set(
                "from",
                c.type.equals("private")
                        ? Json.user(c)
                        : Answer.JSON
                                .createObjectNode()
                                .put("id", 42)
                                .put("is_bot", false)
                                .put("first_name", "Admin"));
        u.put("date", 1_700_000_000);
        u.putObject("old_chat_member").put("status", from).set("user", Json.bot());
        u.putObject("new_chat_member").put("status", to).set("user", Json.bot());
        if (to.equals("kicked")) ((ObjectNode) u.get("new_chat_member")).put("until_date", 0);
        return u;
    }
}
