package app.waypoint.telegram;

import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Names the kind of a message ("text", "sticker", "photo"...) for the core and the logs. */
final class Kinds {
    private Kinds() {}

    /**
     * "text", a media kind, "service" for the few service messages a private chat can hold, or "other" for
     * content the bot does not know (a kind Telegram adds later gets a polite answer, not silence).
     */
    static String of(Message m) {
        if (m.hasText()) return "text";
        if (m.hasSticker()) return "sticker";
        if (m.hasPhoto()) return "photo";
        if (m.hasVoice()) return "voice";
        if (m.hasVideoNote()) return "video_note";
        if (m.hasVideo()) return "video";
        if (m.hasAnimation()) return "animation";
        if (m.hasAudio()) return "audio";
        if (m.hasDocument()) return "document";
        if (m.getVenue() != null) return "venue";
        if (m.hasLocation()) return "location";
        if (m.hasContact()) return "contact";
        if (m.hasPoll()) return "poll";
        if (m.hasDice()) return "dice";
        if (m.hasGame()) return "game";
        if (m.hasStory()) return "story";
        if (m.hasPaidMedia()) return "paid_media";
        if (m.getPinnedMessage() != null
                || m.hasMessageAutoDeleteTimerChanged()
                || m.hasWriteAccessAllowed()
                || m.hasSuccessfulPayment()
                || m.hasUserShared()
                || m.hasChatShared()) {
            return "service";
        }
        return "other";
    }
}
