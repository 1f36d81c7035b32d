package app.waypoint.telegram;

import app.waypoint.conversation.Screen;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Edits of one message that wait in a chat's send lane, merged: while an edit of a message has not yet gone
 * out, a newer edit of the same message replaces its screen instead of queueing behind it, so only the newest
 * screen is sent. The merged updates ride along: they are done when the edit that carries their screen is.
 * Thread-safe.
 */
final class EditSlots {
    private record Key(long chatId, int messageId) {}

    /** One waiting edit: the newest screen for the message, and the updates whose screens it replaced. */
    static final class Slot {
        private final Key key;
        private Screen screen;
        private final List<Runnable> riders = new ArrayList<>();
        private boolean taken;

        private Slot(Key key, Screen screen) {
            this.key = key;
            this.screen = screen;
        }

        int messageId() {
            return key.messageId();
        }
    }

    private final Map<Key, Slot> open = new HashMap<>();

    /** Merges into a waiting edit of the message; false when none waits (then {@link #open} one). */
    synchronized boolean merge(long chatId, int messageId, Screen screen, Runnable done) {
        Slot slot = open.get(new Key(chatId, messageId));
        if (slot == null) return false;
        slot.screen = screen;
        slot.riders.add(done);
        return true;
    }

    synchronized Slot open(long chatId, int messageId, Screen screen) {
        Slot slot = new Slot(new Key(chatId, messageId), screen);
        open.put(slot.key, slot);
        return slot;
    }

    /** The newest screen, as the edit goes out: later edits of the message now queue behind it. */
    synchronized Screen take(Slot slot) {
        if (!slot.taken) {
            slot.taken = true;
            open.remove(slot.key, slot);
        }
        return slot.screen;
    }

    /** The updates merged into the slot, once it is carried out (or abandoned). */
    synchronized List<Runnable> riders(Slot slot) {
        open.remove(slot.key, slot);
        slot.taken = true;
        List<Runnable> r = List.copyOf(slot.riders);
        slot.riders.clear();
        return r;
    }

    /** Drops the chat's waiting edits (it blocked the bot); returns their riders. */
    synchronized List<Runnable> forget(long chatId) {
        List<Runnable> riders = new ArrayList<>();
        open.values().removeIf(s -> {
            if (s.key.chatId() != chatId) return false;
            riders.addAll(s.riders);
            s.riders.clear();
            s.taken = true;
            return true;
        });
        return riders;
    }
}
