package app.waypoint.telegram;

import app.waypoint.conversation.Conversation;
import app.waypoint.conversation.Incoming;
import app.waypoint.conversation.Reply;
import app.waypoint.conversation.Screen;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.groupadministration.LeaveChat;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes each new update through two serial lanes of its chat. The core lane asks the conversation (fast,
 * pure) and answers a button press right away, with the core's notice if there is one, so the spinner on
 * the button stops within milliseconds even while earlier messages of the chat still wait under the rate
 * limits. The send lane then carries out the replies in order; only after that is the update done.
 *
 * <p>An update whose handling throws is logged by kind and exception class, and the user gets an apology.
 */
final class Dispatch {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatch.class);
    private static final Duration ANSWER_BUDGET = Duration.ofSeconds(5);

    private final Conversation conversation;
    private final Sender sender;
    private final Outbox outbox;
    private final MessageLog log;
    private final FlowControl flow;
    private final ChatLanes coreLanes;
    private final ChatLanes sendLanes;
    private final BooleanSupplier stopping;

    Dispatch(Conversation conversation, Sender sender, MessageLog log, FlowControl flow, ChatLanes coreLanes,
             ChatLanes sendLanes, BooleanSupplier stopping) {
        this.conversation = conversation;
        this.sender = sender;
        this.log = log;
        this.flow = flow;
        this.coreLanes = coreLanes;
        this.sendLanes = sendLanes;
        this.stopping = stopping;
        this.outbox = new Outbox(sender, log, conversation, chatId -> blocked(chatId, () -> { }));
    }

    /** Starts handling an update; {@code done} runs once it is handled (not if the bot stops first). */
    void accept(Update update, Runnable done) {
        Inbound inbound = Inbound.of(update);
        LOG.debug("update: {}", inbound.kind());
        switch (inbound) {
            case Inbound.ToCore in -> coreLanes.submit(in.chatId(), new ChatLanes.Task() {
                @Override
                public void run() {
                    try {
                        consult(in, done);
                    } catch (RuntimeException e) {
                        LOG.error("a {} update failed: {}", in.kind(), e.getClass().getName());
                        done.run();
                    }
                }

                @Override
                public void abandon() {
                    done.run(); // the chat blocked the bot
                }
            });
            case Inbound.AnswerOnly a -> sendLanes.submit(0, () -> {
                answer(a.callbackId(), null);
                done.run();
            });
            case Inbound.Leave l -> sendLanes.submit(l.chatId(), () -> {
                LOG.info("leaving a non-private chat ({})", l.kind());
                direct(l.chatId(), LeaveChat.builder().chatId(l.chatId()).build());
                done.run();
            });
            case Inbound.Blocked b -> {
                LOG.info("a user blocked the bot: chat forgotten");
                blocked(b.chatId(), done);
            }
            case Inbound.Ignore i -> done.run();
        }
    }

    /** A message from the maintainers' side, sent like any other under the rate limits. */
    void notify(long chatId, String html) {
        List<Reply> replies = List.of(new Reply.Send(Screen.text(html)));
        sendLanes.submit(chatId, () -> {
            try {
                outbox.carryOut(chatId, null, replies, false);
            } catch (ApiFailure f) {
                LOG.warn("a notification was lost: {}", f.getMessage());
            }
        });
    }

    private void consult(Inbound.ToCore in, Runnable done) {
        log.track(in.chatId(), in.userMessageId());
        List<Reply> replies;
        try {
            replies = List.copyOf(conversation.handle(new Incoming(in.chatId(), in.languageCode(), in.input())));
        } catch (RuntimeException e) {
            LOG.error("the conversation failed on a {} update: {}", in.kind(), e.getClass().getName());
            replies = List.of(new Reply.Send(Screen.text(Outbox.apology(in.languageCode()))));
        }
        if (in.callbackId() != null) answer(in.callbackId(), notice(replies));
        List<Reply> toCarryOut = replies;
        sendLanes.submit(in.chatId(), new ChatLanes.Task() {
            @Override
            public void run() throws InterruptedException {
                try {
                    outbox.carryOut(in.chatId(), in.languageCode(), toCarryOut, stopping.getAsBoolean());
                } catch (ApiFailure f) {
                    return; // stopping during an outage: left unconfirmed, handled again after the restart
                }
                done.run();
            }

            @Override
            public void abandon() {
                done.run(); // the chat blocked the bot: nothing left to do for this update
            }
        });
    }

    private static String notice(List<Reply> replies) {
        for (Reply r : replies) {
            if (r instanceof Reply.Notice n) return n.text().length() > 200 ? n.text().substring(0, 200) : n.text();
        }
        return null;
    }

    /** Answers a press; a query too old or invalid (or any other refusal) is ignored. */
    private void answer(String callbackId, String text) {
        try {
            sender.direct(0, AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).build(),
                    ANSWER_BUDGET);
        } catch (ApiFailure f) {
            LOG.debug("callback answer not taken: {}", f.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void direct(long chatId, PartialBotApiMethod<?> method) throws InterruptedException {
        try {
            sender.direct(chatId, method, ANSWER_BUDGET);
        } catch (ApiFailure f) {
            LOG.debug("{}", f.getMessage());
        }
    }

    /**
     * The user blocked the bot: drop the chat's queued work and what the edge keeps about it at once, then
     * tell the conversation in the chat's core lane, so that forget never overlaps a handle of that chat.
     */
    private void blocked(long chatId, Runnable done) {
        coreLanes.drop(chatId);
        sendLanes.drop(chatId);
        log.forget(chatId);
        flow.forget(chatId);
        coreLanes.submit(chatId, new ChatLanes.Task() {
            @Override
            public void run() {
                try {
                    conversation.forget(chatId);
                } catch (RuntimeException e) {
                    LOG.error("the conversation failed to forget a chat: {}", e.getClass().getName());
                }
                done.run();
            }

            @Override
            public void abandon() {
                done.run();
            }
        });
    }
}
