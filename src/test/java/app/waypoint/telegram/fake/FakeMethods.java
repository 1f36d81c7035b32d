package app.waypoint.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Bot API methods of the fake, each validated as Telegram does. Called with the fake's lock held. */
final class FakeMethods {
    private static final Duration DELETABLE = Duration.ofHours(48);
    private final FakeTelegram tg;

    FakeMethods(FakeTelegram tg) {
        this.tg = tg;
    }

    Answer call(String method, JsonNode p) throws Answer.Failure, InterruptedException {
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "getme" -> Answer.ok(Json.bot());
            case "getupdates" -> getUpdates(p);
            case "deletewebhook" -> deleteWebhook(p);
            case "setmycommands" -> setMyCommands(p);
            case "sendmessage" -> sendMessage(p);
            case "editmessagetext" -> editMessageText(p);
            case "editmessagereplymarkup" -> editMessageReplyMarkup(p);
            case "answercallbackquery" -> answerCallbackQuery(p);
            case "deletemessage" -> deleteMessage(p);
            case "deletemessages" -> deleteMessages(p);
            case "sendchataction" -> {
                chat(p);
                yield Answer.ok(true);
            }
            case "leavechat" -> leaveChat(p);
            default -> Answer.error(404, "Not Found", 0);
        };
    }

    private Answer getUpdates(JsonNode p) throws InterruptedException {
        if (tg.webhook != null) return ((Fault.Error) Fault.conflictWebhook()).toAnswer();
        int generation = ++tg.pollGeneration;
        tg.changed();
        if (p.hasNonNull("offset")) {
            int offset = p.get("offset").asInt();
            tg.queue.removeIf(q -> q.delivered && q.id < offset);
            tg.changed();
        }
        int limit = Math.max(1, Math.min(100, p.path("limit").asInt(100)));
        Duration hold = Duration.ofSeconds(p.path("timeout").asInt(0));
        if (hold.compareTo(tg.maxPollHold) > 0) hold = tg.maxPollHold;
        long deadline = System.nanoTime() + hold.toNanos();
        long left;
        while (tg.queue.isEmpty() && generation == tg.pollGeneration && (left = deadline - System.nanoTime()) > 0) {
            tg.wait(Math.max(1, left / 1_000_000));
        }
        if (generation != tg.pollGeneration) return ((Fault.Error) Fault.conflictOtherInstance()).toAnswer();
        ArrayNode result = Answer.JSON.createArrayNode();
        for (FakeTelegram.Queued q : tg.queue.subList(0, Math.min(limit, tg.queue.size()))) {
            q.delivered = true;
            q.deliveries++;
            tg.deliveriesTotal++;
            tg.maxDeliveries = Math.max(tg.maxDeliveries, q.deliveries);
            result.add(q.json);
        }
        return Answer.ok(result);
    }

    private Answer deleteWebhook(JsonNode p) {
        tg.webhook = null;
        if (p.path("drop_pending_updates").asBoolean(false)) tg.queue.clear();
        return Answer.ok(true);
    }

    private Answer setMyCommands(JsonNode p) throws Answer.Failure {
        List<String> names = new ArrayList<>();
        for (JsonNode c : p.path("commands")) {
            String name = c.path("command").asText();
            String description = c.path("description").asText();
            if (!name.matches("[a-z0-9_]{1,32}")) throw Answer.fail("BOT_COMMAND_INVALID");
            if (description.isEmpty() || description.length() > 256)
                throw Answer.fail("BOT_COMMAND_DESCRIPTION_INVALID");
            names.add(name);
        }
        if (names.isEmpty() || names.size() > 100) throw Answer.fail("commands must be 1-100");
        tg.commands.put(p.path("language_code").asText(""), List.copyOf(names));
        return Answer.ok(true);
    }

    private Answer sendMessage(JsonNode p) throws Answer.Failure {
        FakeChat chat = writableChat(p);
        String html = p.path("text").asText("");
        String text = text(html, p);
        List<List<Shown.Button>> keyboard = Json.keyboard(p.path("reply_markup"));
        rateLimit(chat.id);
        FakeChat.Message m = chat.add(true, tg.time.now(), html, text, keyboard);
        tg.changed();
        tg.botMessage(chat, m);
        return Answer.ok(Json.message(chat, m));
    }

    private Answer editMessageText(JsonNode p) throws Answer.Failure {
        FakeChat chat = writableChat(p);
        FakeChat.Message m = editable(chat, p);
        String html = p.path("text").asText("");
        String text = text(html, p);
        List<List<Shown.Button>> keyboard = Json.keyboard(p.path("reply_markup"));
        if (html.equals(m.html) && keyboard.equals(m.keyboard)) throw notModified();
        rateLimit(chat.id);
        m.html = html;
        m.text = text;
        m.keyboard = keyboard;
        m.edits++;
        tg.changed();
        tg.botMessage(chat, m);
        return Answer.ok(Json.message(chat, m));
    }

    private Answer editMessageReplyMarkup(JsonNode p) throws Answer.Failure {
        FakeChat chat = writableChat(p);
        FakeChat.Message m = editable(chat, p);
        List<List<Shown.Button>> keyboard = Json.keyboard(p.path("reply_markup"));
        if (keyboard.equals(m.keyboard)) throw notModified();
        rateLimit(chat.id);
        m.keyboard = keyboard;
        m.edits++;
        tg.changed();
        tg.botMessage(chat, m);
        return Answer.ok(Json.message(chat, m));
    }

    private Answer answerCallbackQuery(JsonNode p) throws Answer.Failure {
        FakeTelegram.Query q = tg.queries.get(p.path("callback_query_id").asText());
        boolean late = q != null && Duration.between(q.at, tg.time.now()).compareTo(tg.callbackTimeout) > 0;
        if (q == null || q.answered || late) {
            throw Answer.fail("query is too old and response timeout expired or query ID is invalid");
        }
        String text = p.path("text").asText("");
        if (text.length() > 200) throw Answer.fail("MESSAGE_TOO_LONG");
        q.answered = true;
        q.answeredNanos = System.nanoTime();
        if (!text.isEmpty()) tg.chat(q.chatId).notices.add(text);
        tg.changed();
        return Answer.ok(true);
    }

    private Answer deleteMessage(JsonNode p) throws Answer.Failure {
        FakeChat chat = chat(p);
        FakeChat.Message m = chat.messages.get(p.path("message_id").asInt());
        if (m == null || m.deleted) throw Answer.fail("message to delete not found");
        if (tooOld(m)) throw Answer.fail("message can't be deleted");
        m.deleted = true;
        tg.changed();
        return Answer.ok(true);
    }

    private Answer deleteMessages(JsonNode p) throws Answer.Failure {
        FakeChat chat = chat(p);
        JsonNode ids = p.path("message_ids");
        if (!ids.isArray() || ids.isEmpty() || ids.size() > 100) throw Answer.fail("message_ids must hold 1-100 ids");
        for (JsonNode id : ids) {
            FakeChat.Message m = chat.messages.get(id.asInt());
            if (m != null && !m.deleted && !tooOld(m)) m.deleted = true;
        }
        tg.changed();
        return Answer.ok(true);
    }

    private Answer leaveChat(JsonNode p) throws Answer.Failure {
        FakeChat chat = chat(p);
        if (chat.type.equals("private")) throw Answer.fail("chat member status can't be changed in private chats");
        chat.left = true;
        tg.changed();
        return Answer.ok(true);
    }

    private FakeChat chat(JsonNode p) throws Answer.Failure {
        FakeChat chat = tg.chats.get(p.path("chat_id").asLong());
        if (chat == null) throw Answer.fail("chat not found");
        return chat;
    }

    private FakeChat writableChat(JsonNode p) throws Answer.Failure {
        FakeChat chat = chat(p);
        if (chat.blocked) throw new Answer.Failure(Answer.error(403, "Forbidden: bot was blocked by the user", 0));
        if (chat.left)
            throw new Answer.Failure(Answer.error(403, "Forbidden: bot is not a member of the group chat", 0));
        return chat;
    }

    private static FakeChat.Message editable(FakeChat chat, JsonNode p) throws Answer.Failure {
        FakeChat.Message m = chat.messages.get(p.path("message_id").asInt());
        if (m == null || m.deleted) throw Answer.fail("message to edit not found");
        if (!m.fromBot) throw Answer.fail("message can't be edited");
        return m;
    }

    private static String text(String html, JsonNode p) throws Answer.Failure {
        String text = html;
        if ("HTML".equalsIgnoreCase(p.path("parse_mode").asText())) {
            try {
                text = HtmlCheck.plain(html);
            } catch (HtmlCheck.Invalid e) {
                throw new Answer.Failure(Answer.error(400, e.getMessage(), 0));
            }
        }
        if (text.isBlank()) throw Answer.fail("message text is empty");
        if (text.length() > 4096) throw Answer.fail("message is too long");
        return text;
    }

    private void rateLimit(long chatId) throws Answer.Failure {
        int retryAfter = tg.limits.take(chatId);
        if (retryAfter > 0) {
            tg.tooManyRequests++;
            throw new Answer.Failure(Answer.error(429, "Too Many Requests: retry after " + retryAfter, retryAfter));
        }
    }

    private boolean tooOld(FakeChat.Message m) {
        return Duration.between(m.sentAt, tg.time.now()).compareTo(DELETABLE) >= 0;
    }

    private static Answer.Failure notModified() {
        return Answer.fail("message is not modified: specified new message content and reply markup are "
                + "exactly the same as a current content and reply markup of the message");
    }
}
