package app.waypoint.telegram;

import app.waypoint.conversation.Conversation;
import app.waypoint.conversation.Reply;
import app.waypoint.conversation.Screen;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessages;

/**
 * Carries out the core's replies in one chat, in order: sends, edits (an unchanged message counts as
 * edited; one that cannot be edited is sent anew), wipes. Anything Telegram rejects for good is replaced
 * by a short apology, so the user is never left without an answer. Called from the chat's send lane.
 */
final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final int DELETE_BATCH = 100;

    /** The user blocked the bot (403): the chat's remaining work is dropped. */
    static final class Blocked extends Exception {
        Blocked() {
            super("chat blocked the bot", null, false, false);
        }
    }

    private final Sender sender;
    private final MessageLog log;
    private final Conversation conversation;
    private final LongConsumer onBlocked;

    Outbox(Sender sender, MessageLog log, Conversation conversation, LongConsumer onBlocked) {
        this.sender = sender;
        this.log = log;
        this.conversation = conversation;
        this.onBlocked = onBlocked;
    }

    /**
     * Carries out the replies. A 429 or outage that outlasts the retries loses that one reply (logged);
     * a 403 stops here and forgets the chat.
     *
     * @throws ApiFailure only an UNAVAILABLE one, and only when the bot is stopping (the update is then
     *                    left unconfirmed, to be handled again after the restart)
     */
    void carryOut(long chatId, String languageCode, List<Reply> replies, boolean stopping)
            throws InterruptedException, ApiFailure {
        try {
            for (Reply reply : replies) {
                switch (reply) {
                    case Reply.Send s -> send(chatId, languageCode, s.screen());
                    case Reply.Edit e -> edit(chatId, languageCode, e.messageId(), e.screen());
                    case Reply.Notice n -> {} // answered with the callback query, before any of this
                    case Reply.Wipe w -> wipe(chatId, w.languageCode() != null ? w.languageCode() : languageCode);
                }
            }
        } catch (Blocked b) {
            LOG.info("a user blocked the bot: chat forgotten");
            onBlocked.accept(chatId);
        } catch (ApiFailure f) {
            if (stopping && f.kind() == ApiFailure.Kind.UNAVAILABLE) throw f;
            LOG.warn("a reply was lost: {}", f.getMessage());
        }
    }

    /**
     * Edits a message with the newest screen of a merged edit, read when the chat's turn has come; as
     * {@link #carryOut} otherwise.
     */
    void editLatest(long chatId, String languageCode, int messageId, Supplier<Screen> screen)
            throws InterruptedException, ApiFailure {
        try {
            try {
                sender.toChat(chatId, () -> Render.edit(chatId, messageId, screen.get()));
            } catch (ApiFailure f) {
                if (!rejected(f) || f.says("message is not modified")) return;
                LOG.debug("edit not possible ({}): sending a new message", f.getMessage());
                send(chatId, languageCode, screen.get());
            }
        } catch (Blocked b) {
            LOG.info("a user blocked the bot: chat forgotten");
            onBlocked.accept(chatId);
        }
    }

    private void send(long chatId, String lang, Screen screen) throws InterruptedException, ApiFailure, Blocked {
        try {
            track(chatId, sender.toChat(chatId, Render.send(chatId, screen)));
        } catch (ApiFailure f) {
            if (!rejected(f)) throw f;
            LOG.warn("a message was rejected ({}): sending an apology instead", f.getMessage());
            apologise(chatId, lang);
        }
    }

    private void edit(long chatId, String lang, int messageId, Screen screen)
            throws InterruptedException, ApiFailure, Blocked {
        if (messageId <= 0) {
            send(chatId, lang, screen);
            return;
        }
        try {
            sender.toChat(chatId, Render.edit(chatId, messageId, screen));
        } catch (ApiFailure f) {
            if (!rejected(f) || f.says("message is not modified")) return;
            LOG.debug("edit not possible ({}): sending a new message", f.getMessage());
            send(chatId, lang, screen);
        }
    }

    private void wipe(long chatId, String lang) throws InterruptedException, ApiFailure, Blocked {
        MessageLog.Wipe wipe = log.take(chatId);
        int deleted = 0;
        int tooOld = wipe.tooOld();
        List<Integer> ids = wipe.deletable();
        for (int from = 0; from < ids.size(); from += DELETE_BATCH) {
            List<Integer> batch = ids.subList(from, Math.min(ids.size(), from + DELETE_BATCH));
            try {
                sender.toChat(
                        chatId,
                        DeleteMessages.builder()
                                .chatId(chatId)
                                .messageIds(batch)
                                .build());
                deleted += batch.size();
            } catch (ApiFailure f) {
                if (!rejected(f)) throw f;
                int[] counts = deleteOneByOne(chatId, batch);
                deleted += counts[0];
                tooOld += counts[1];
            }
        }
        LOG.info("wiped a chat: {} deleted, {} too old", deleted, tooOld);
        List<Reply> after = conversation.afterWipe(chatId, lang, deleted, tooOld);
        for (Reply reply : after) {
            switch (reply) {
                case Reply.Send s -> send(chatId, lang, s.screen());
                case Reply.Edit e -> edit(chatId, lang, e.messageId(), e.screen());
                case Reply.Notice n -> {}
                case Reply.Wipe w -> LOG.warn("afterWipe asked for another wipe: ignored");
            }
        }
    }

    /** After a batch was refused: {deleted, too old}; a message already gone counts as deleted. */
    private int[] deleteOneByOne(long chatId, List<Integer> batch) throws InterruptedException, ApiFailure, Blocked {
        int deleted = 0;
        int tooOld = 0;
        for (int id : batch) {
            try {
                sender.toChat(
                        chatId,
                        DeleteMessage.builder().chatId(chatId).messageId(id).build());
                deleted++;
            } catch (ApiFailure f) {
                if (!rejected(f)) throw f;
                if (f.says("not found")) deleted++;
                else tooOld++;
            }
        }
        return new int[] {deleted, tooOld};
    }

    private void apologise(long chatId, String lang) throws InterruptedException, ApiFailure, Blocked {
        try {
            track(chatId, sender.toChat(chatId, Render.plain(chatId, apology(lang))));
        } catch (ApiFailure f) {
            if (!rejected(f)) throw f;
            LOG.warn("the apology was rejected too: {}", f.getMessage());
        }
    }

    /** True for a 4xx other than 429; a 403 means the user blocked the bot and ends the chat's work. */
    private static boolean rejected(ApiFailure f) throws Blocked {
        if (f.kind() != ApiFailure.Kind.REJECTED) return false;
        if (f.code() == 403) throw new Blocked();
        return true;
    }

    private void track(long chatId, JsonNode message) {
        log.track(chatId, message.path("message_id").asInt());
    }

    /** A short apology in the user's language (the bundles' text). */
    static String apology(String languageCode) {
        return EdgeText.get(EdgeText.APOLOGY, languageCode);
    }
}
