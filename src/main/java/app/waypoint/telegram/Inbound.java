package app.waypoint.telegram;

import app.waypoint.conversation.Command;
import app.waypoint.conversation.Input;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * What the edge does with one update: the only place that reads Telegram's {@link Update}. Every variant
 * names the update's {@code kind} ("text", "press", "sticker"...), which is what the logs may show.
 */
sealed interface Inbound {

    /** Safe to log: a word for the kind of update, never its content. */
    String kind();

    /**
     * Something for the conversation.
     *
     * @param callbackId    the callback query to answer at once, or null
     * @param userMessageId the user's message (tracked for /forget), or 0
     */
    record ToCore(long chatId, String languageCode, Input input, String callbackId, int userMessageId, String kind)
            implements Inbound {}

    /** A button press that leads nowhere (no private chat, no data): answer it and do nothing else. */
    record AnswerOnly(String callbackId, String kind) implements Inbound {}

    /** Anything from a group, supergroup or channel: the bot is for private chats only and leaves. */
    record Leave(long chatId, String kind) implements Inbound {}

    /** The user blocked the bot: forget the chat. */
    record Blocked(long chatId, String kind) implements Inbound {}

    /** Nothing to do (edited messages, service messages, updates the bot did not ask for). */
    record Ignore(String kind) implements Inbound {}

    /** Reads an update. Never throws: anything unexpected is ignored with kind "unreadable". */
    static Inbound of(Update update) {
        try {
            if (update.getMessage() != null) return message(update.getMessage());
            if (update.getCallbackQuery() != null) return press(update.getCallbackQuery());
            if (update.getEditedMessage() != null)
                return notPrivate(update.getEditedMessage().getChat())
                        ? new Leave(update.getEditedMessage().getChatId(), "edited group message")
                        : new Ignore("edited message");
            if (update.getMyChatMember() != null) return membership(update.getMyChatMember());
            if (update.getChannelPost() != null)
                return new Leave(update.getChannelPost().getChatId(), "channel post");
            return new Ignore(update.getUpdateId() == null ? "unreadable" : "other");
        } catch (RuntimeException e) {
            return new Ignore("unreadable");
        }
    }

    private static Inbound message(Message m) {
        if (m.getChat() == null) return new Ignore("message without chat");
        if (notPrivate(m.getChat())) return new Leave(m.getChatId(), "group message");
        String language = language(m.getFrom());
        String kind = Kinds.of(m);
        if (kind.equals("text")) {
            Input input = input(m.getText());
            return new ToCore(
                    m.getChatId(),
                    language,
                    input,
                    null,
                    m.getMessageId(),
                    input instanceof Input.Command ? "command" : "text");
        }
        if (kind.equals("service")) return new Ignore("service message");
        return new ToCore(m.getChatId(), language, new Input.Unsupported(kind), null, m.getMessageId(), kind);
    }

    /** Text as the core sees it: a command (name lower case, without @bot) or plain text. */
    static Input input(String text) {
        return Command.parse(text);
    }

    private static Inbound press(CallbackQuery q) {
        MaybeInaccessibleMessage m = q.getMessage();
        if (m == null || m.getChat() == null || q.getData() == null) return new AnswerOnly(q.getId(), "press");
        if (notPrivate(m.getChat())) return new AnswerOnly(q.getId(), "group press");
        int messageId = m.getMessageId() == null ? 0 : m.getMessageId();
        return new ToCore(
                m.getChat().getId(),
                language(q.getFrom()),
                new Input.Press(q.getData(), messageId),
                q.getId(),
                0,
                "press");
    }

    private static Inbound membership(ChatMemberUpdated u) {
        String status = u.getNewChatMember() == null ? "" : u.getNewChatMember().getStatus();
        if (notPrivate(u.getChat())) {
            boolean in = status.equals("member") || status.equals("administrator") || status.equals("restricted");
            return in ? new Leave(u.getChat().getId(), "added to a group") : new Ignore("group membership");
        }
        return status.equals("kicked") ? new Blocked(u.getChat().getId(), "blocked") : new Ignore("unblocked");
    }

    private static boolean notPrivate(Chat chat) {
        return chat == null || !"private".equals(chat.getType());
    }

    private static String language(User user) {
        return user == null ? null : user.getLanguageCode();
    }
}
