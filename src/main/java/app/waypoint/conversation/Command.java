package app.waypoint.conversation;

import app.waypoint.knowledge.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every command users can type, declared once: its name, whether Telegram's command menu shows it, and its
 * texts in the bundles ({@code command.<name>.menu} for the menu, {@code command.<name>.help} for /help).
 * Dispatch ({@link Commands}), the command menu the Telegram edge installs ({@link #menu}) and the /help
 * screen are all made from this list. Admin commands are separate (the admin package).
 */
public enum Command {
    START,
    HELP,
    COUNTRIES,
    PRIVACY,
    FORGET,
    LANGUAGE,
    ABOUT;

    private static final Pattern SYNTAX =
            Pattern.compile("/([A-Za-z0-9_]{1,64})(?:@[A-Za-z0-9_]{1,64})?(?:\\s+([\\s\\S]*))?");

    /** The name typed after the slash. */
    public String typed() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The command with this name (lower case, without the slash), if there is one. */
    static Optional<Command> named(String name) {
        for (Command c : values()) {
            if (c.typed().equals(name)) return Optional.of(c);
        }
        return Optional.empty();
    }

    /** One line of Telegram's command menu. */
    public record MenuItem(String command, String description) {}

    /** The command menu in one language, texts from the bundle. */
    public static List<MenuItem> menu(Lang lang) {
        Msg msg = Messages.bundled().in(lang);
        List<MenuItem> items = new ArrayList<>();
        for (Command c : values()) items.add(new MenuItem(c.typed(), msg.plain("command." + c.typed() + ".menu")));
        return List.copyOf(items);
    }

    /** The /help lines: "/start: four questions...", one per command but /help itself. */
    static String helpLines(Msg msg) {
        StringBuilder out = new StringBuilder();
        for (Command c : values()) {
            if (c == HELP) continue;
            if (!out.isEmpty()) out.append('\n');
            out.append(msg.t(
                    "help.line",
                    "command",
                    "/" + c.typed(),
                    "text",
                    new Html(msg.t("command." + c.typed() + ".help"))));
        }
        return out.toString();
    }

    /**
     * Reads typed text as a command: {@code /start ge} or {@code /start@WaypointBot ge}; the name is lower
     * case and without the bot's name. Text that is not a command is {@link Input.Text}. The Telegram edge
     * and the console chat both read with this.
     */
    public static Input parse(String text) {
        Matcher c = SYNTAX.matcher(text.strip());
        if (!c.matches()) return new Input.Text(text);
        String argument = c.group(2) == null ? "" : c.group(2).strip();
        return new Input.Command(c.group(1).toLowerCase(Locale.ROOT), argument);
    }
}
