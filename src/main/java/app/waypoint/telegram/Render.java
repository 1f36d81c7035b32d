package app.waypoint.telegram;

import app.waypoint.conversation.Button;
import app.waypoint.conversation.Screen;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** Turns the core's screens into Bot API calls: HTML parse mode, inline keyboards, no link previews. */
final class Render {
    private Render() {}

    static SendMessage send(long chatId, Screen screen) {
        return SendMessage.builder()
                .chatId(chatId)
                .text(screen.html())
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(noPreview())
                .replyMarkup(keyboard(screen))
                .build();
    }

    /** Without buttons the edit also removes the old ones (Telegram drops a keyboard not sent again). */
    static EditMessageText edit(long chatId, int messageId, Screen screen) {
        return EditMessageText.builder()
                .chatId(chatId)
                .messageId(messageId)
                .text(screen.html())
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(noPreview())
                .replyMarkup(keyboard(screen))
                .build();
    }

    static SendMessage plain(long chatId, String text) {
        return SendMessage.builder()
                .chatId(chatId)
                .text(text)
                .linkPreviewOptions(noPreview())
                .build();
    }

    private static LinkPreviewOptions noPreview() {
        return LinkPreviewOptions.builder().isDisabled(true).build();
    }

    private static InlineKeyboardMarkup keyboard(Screen screen) {
        if (screen.keyboard().isEmpty()) return null;
        List<InlineKeyboardRow> rows = screen.keyboard().stream()
                .map(row ->
                        new InlineKeyboardRow(row.stream().map(Render::button).toList()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static InlineKeyboardButton button(Button button) {
        return switch (button) {
            case Button.Callback c ->
                InlineKeyboardButton.builder()
                        .text(c.label())
                        .callbackData(c.data())
                        .build();
            case Button.Link l ->
                InlineKeyboardButton.builder().text(l.label()).url(l.url()).build();
        };
    }
}
