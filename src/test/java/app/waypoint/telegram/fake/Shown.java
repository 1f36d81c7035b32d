package app.waypoint.telegram.fake;

import java.util.List;
import java.util.Objects;

/**
 * A message as a chat shows it at one moment (a snapshot).
 *
 * @param text     the plain text (HTML parsed), as the user reads it
 * @param html     the text as sent
 * @param keyboard inline buttons, row by row
 * @param edits    how many times the bot edited it
 */
public record Shown(int id, boolean fromBot, String text, String html, List<List<Button>> keyboard, int edits) {

    /** An inline button: callback {@code data} or a {@code url}, the other null. */
    public record Button(String label, String data, String url) {}

    /** The button whose label or callback data is {@code labelOrData}, or null. */
    public Button button(String labelOrData) {
        return keyboard.stream()
                .flatMap(List::stream)
                .filter(b -> b.label().equals(labelOrData) || Objects.equals(b.data(), labelOrData))
                .findFirst()
                .orElse(null);
    }

    public List<String> labels() {
        return keyboard.stream().flatMap(List::stream).map(Button::label).toList();
    }
}
