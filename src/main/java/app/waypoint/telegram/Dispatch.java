package app.waypoint.telegram;

import app.waypoint.conversation.Conversation;
import app.waypoint.conversation.Incoming;
import app.waypoint.conversation.Reply;
import app.waypoint.conversation.Screen;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.groupadministration.LeaveChat;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes each new update through its chat's admission and two serial lanes. Admission ({@link Admission}) lets
 * at most a few inputs of a chat into the works, keeps the newest beyond them waiting and drops the ones it
 * replaces (counted; the user is asked once to slow down; a waiting press is answered at once). The core lane
 * asks the conversation (fast, pure) and answers a button press right away, with the core's notice, or "one
 * moment" when the screen will wait under the rate limits, so the spinner stops within milliseconds. The send
 * lane then carries out the replies in order; an edit of a message whose earlier edit still waits is merged
 * into it ({@link EditSlots}), so only the newest screen goes out. Only after that is the update done.
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
    private final Admission<Item> admission;
    private final EditSlots edits = new EditSlots();
    private final LongConsumer dropped;
    private final Duration late;

    /** A chat's input on its way: the update, what to run once it is handled, and whether its press is answered. */
    private static final class Item {
        final Inbound.ToCore in;
        final Runnable done;
        final AtomicBoolean answered = new AtomicBoolean();
        final AtomicBoolean released = new AtomicBoolean();

        Item(Inbound.ToCore in, Runnable done) {
            this.in = in;
            this.done = done;
        }

        /** True for the one caller that may answer the press. */
        boolean claimAnswer() {
            return in.callbackId() != null && answered.compareAndSet(false, true);
        }
    }

    Dispatch(
            Conversation conversation,
            Sender sender,
            MessageLog log,
            FlowControl flow,
            ChatLanes coreLanes,
            ChatLanes sendLanes,
            BooleanSupplier stopping) {
        this(conversation, sender, log, flow, coreLanes, sendLanes, stopping, 3, Duration.ofSeconds(1), n -> {});
    }

    /**
     * @param perChat how many inputs of one chat may be in the works at once ({@link Admission})
     * @param late    a press whose screen will wait longer than this under the rate limits is answered "one moment"
     * @param dropped told of every input dropped because its chat sent faster than it could be answered
     */
    Dispatch(
            Conversation conversation,
            Sender sender,
            MessageLog log,
            FlowControl flow,
            ChatLanes coreLanes,
            ChatLanes sendLanes,
            BooleanSupplier stopping,
            int perChat,
            Duration late,
            LongConsumer dropped) {
        this.admission = new Admission<>(perChat);
        this.late = late;
        this.dropped = dropped;
        this.conversation = conversation;
        this.sender = sender;
        this.log = log;
        this.flow = flow;
        this.coreLanes = coreLanes;
        this.sendLanes = sendLanes;
        this.stopping = stopping;
        this.outbox = new Outbox(sender, log, conversation, chatId -> blocked(chatId, () -> {}));
    }

    /** Starts handling an update; {@code done} runs once it is handled (not if the bot stops first). */
    void accept(Update update, Runnable done) {
        Inbound inbound = Inbound.of(update);
        LOG.debug("update: {}", inbound.kind());
        switch (inbound) {
            case Inbound.ToCore in -> admit(new Item(in, done));
            case Inbound.AnswerOnly a ->
                sendLanes.submit(0, () -> {
                    answer(a.callbackId(), null);
                    done.run();
                });
            case Inbound.Leave l ->
                sendLanes.submit(l.chatId(), () -> {
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

    /** Starts the input, lets it wait as its chat's newest, or drops the one it replaces (see {@link Admission}). */
    private void admit(Item item) {
        Admission.Verdict<Item> v = admission.offer(item.in.chatId(), item);
        if (v.run()) {
            start(item);
            return;
        }
        Inbound.ToCore in = item.in;
        if (v.warn() && in.callbackId() == null) {
            notifyPlain(in.chatId(), in.languageCode(), EdgeText.get(EdgeText.SLOW_DOWN, in.languageCode()));
        }
        // a waiting press is answered now: the spinner stops, whatever becomes of the press
        if (item.claimAnswer()) {
            answer(
                    in.callbackId(),
                    EdgeText.get(v.warn() ? EdgeText.SLOW_DOWN : EdgeText.ONE_MOMENT, in.languageCode()));
        }
        if (v.dropped() != null) drop(v.dropped());
    }

    /** Confirmed without being handled: a newer input of the same chat took its place. */
    private void drop(Item item) {
        log.track(item.in.chatId(), item.in.userMessageId()); // /forget still deletes the user's message
        if (item.claimAnswer()) answer(item.in.callbackId(), null);
        dropped.accept(1);
        item.done.run();
    }

    private void start(Item item) {
        coreLanes.submit(item.in.chatId(), new ChatLanes.Task() {
            @Override
            public void run() {
                try {
                    consult(item);
                } catch (RuntimeException e) {
                    LOG.error(
                            "a {} update failed: {}",
                            item.in.kind(),
                            e.getClass().getName());
                    finish(item);
                }
            }

            @Override
            public void abandon() {
                finish(item); // the chat blocked the bot
            }
        });
    }

    /** The input is through its chat's admission: the chat's waiting input may start. */
    private void release(Item item) {
        if (!item.released.compareAndSet(false, true)) return;
        Item next = admission.release(item.in.chatId());
        if (next != null) start(next);
    }

    private void finish(Item item) {
        item.done.run();
        release(item);
    }

    private void consult(Item item) {
        Inbound.ToCore in = item.in;
        log.track(in.chatId(), in.userMessageId());
        List<Reply> replies;
        try {
            replies = List.copyOf(conversation.handle(new Incoming(in.chatId(), in.languageCode(), in.input())));
        } catch (RuntimeException e) {
            LOG.error(
                    "the conversation failed on a {} update: {}",
                    in.kind(),
                    e.getClass().getName());
            replies = List.of(new Reply.Send(Screen.text(Outbox.apology(in.languageCode()))));
        }
        if (item.claimAnswer()) {
            String notice = notice(replies);
            if (notice == null && isLate(in.chatId())) notice = EdgeText.get(EdgeText.ONE_MOMENT, in.languageCode());
            answer(in.callbackId(), notice);
        }
        Reply.Edit edit = onlyEdit(replies);
        if (edit != null) {
            if (edits.merge(in.chatId(), edit.messageId(), edit.screen(), item.done)) {
                release(item); // its screen goes out with the edit already waiting
                return;
            }
            editLater(item, edits.open(in.chatId(), edit.messageId(), edit.screen()));
            return;
        }
        List<Reply> toCarryOut = replies;
        sendLanes.submit(in.chatId(), new ChatLanes.Task() {
            @Override
            public void run() throws InterruptedException {
                try {
                    outbox.carryOut(in.chatId(), in.languageCode(), toCarryOut, stopping.getAsBoolean());
                } catch (ApiFailure f) {
                    return; // stopping during an outage: left unconfirmed, handled again after the restart
                }
                finish(item);
            }

            @Override
            public void abandon() {
                finish(item); // the chat blocked the bot: nothing left to do for this update
            }
        });
    }

    /** An edit that later edits of the same message merge into while it waits its turn. */
    private void editLater(Item item, EditSlots.Slot slot) {
        Inbound.ToCore in = item.in;
        sendLanes.submit(in.chatId(), new ChatLanes.Task() {
            @Override
            public void run() throws InterruptedException {
                try {
                    outbox.editLatest(in.chatId(), in.languageCode(), slot.messageId(), () -> edits.take(slot));
                } catch (ApiFailure f) {
                    if (stopping.getAsBoolean() && f.kind() == ApiFailure.Kind.UNAVAILABLE) return; // unconfirmed
                    LOG.warn("a reply was lost: {}", f.getMessage());
                }
                edits.riders(slot).forEach(Runnable::run);
                finish(item);
            }

            @Override
            public void abandon() {
                edits.riders(slot).forEach(Runnable::run);
                finish(item);
            }
        });
    }

    /** The single edit when that (with notices) is all the replies do, else null. */
    private static Reply.Edit onlyEdit(List<Reply> replies) {
        Reply.Edit edit = null;
        for (Reply r : replies) {
            switch (r) {
                case Reply.Edit e -> {
                    if (edit != null || e.messageId() <= 0) return null;
                    edit = e;
                }
                case Reply.Notice n -> {}
                case Reply.Send s -> {
                    return null;
                }
                case Reply.Wipe w -> {
                    return null;
                }
            }
        }
        return edit;
    }

    /** True when a screen queued for the chat now would wait longer than {@code late}. */
    private boolean isLate(long chatId) {
        long wait = flow.expectedWait(chatId);
        if (sendLanes.busy(chatId)) wait += Duration.ofSeconds(1).toNanos() * (1 + sendLanes.queued(chatId));
        return wait > late.toNanos();
    }

    private void notifyPlain(long chatId, String languageCode, String text) {
        List<Reply> replies = List.of(new Reply.Send(Screen.text(Screen.escape(text))));
        sendLanes.submit(chatId, () -> {
            try {
                outbox.carryOut(chatId, languageCode, replies, false);
            } catch (ApiFailure f) {
                LOG.debug("a notice was lost: {}", f.getMessage());
            }
        });
    }

    private static String notice(List<Reply> replies) {
        for (Reply r : replies) {
            if (r instanceof Reply.Notice n)
                return n.text().length() > 200 ? n.text().substring(0, 200) : n.text();
        }
        return null;
    }

    /** Answers a press; a query too old or invalid (or any other refusal) is ignored. */
    private void answer(String callbackId, String text) {
        try {
            sender.direct(
                    0,
                    AnswerCallbackQuery.builder()
                            .callbackQueryId(callbackId)
                            .text(text)
                            .build(),
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
        Item waiting = admission.forget(chatId);
        if (waiting != null) waiting.done.run();
        edits.forget(chatId).forEach(Runnable::run);
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
                    LOG.error(
                            "the conversation failed to forget a chat: {}",
                            e.getClass().getName());
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
