package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.knowledge.Lang;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command registry feeds dispatch, Telegram's command menu and /help; typed text is read one way. */
class CommandTest {
    @Test
    void theMenuListsEveryCommandWithItsBundleTextInBothLanguages() {
        for (Lang lang : Lang.values()) {
            List<Command.MenuItem> menu = Command.menu(lang);
            assertEquals(
                    Arrays.stream(Command.values()).map(Command::typed).toList(),
                    menu.stream().map(Command.MenuItem::command).toList());
            for (Command.MenuItem item : menu) {
                assertFalse(item.description().isBlank(), item.command());
                assertTrue(item.description().length() <= 256, "Telegram's limit: " + item);
            }
        }
        assertEquals(
                "Сменить язык",
                Command.menu(Lang.RU).get(Command.LANGUAGE.ordinal()).description());
        assertEquals(
                "Change language",
                Command.menu(Lang.EN).get(Command.LANGUAGE.ordinal()).description());
    }

    @Test
    void helpListsEveryOtherCommand() {
        String help = Bots.en().command("help").html();
        for (Command c : Command.values()) {
            assertEquals(c != Command.HELP, help.contains("/" + c.typed() + ":"), c + " in " + help);
        }
        assertTrue(Bots.ru().command("help").html().contains("/countries — страны по регионам"));
    }

    @Test
    void everyDeclaredCommandIsDispatchedAndAnUnknownOneIsExplained() {
        String unknown = Messages.bundled().in(Lang.EN).plain("command.unknown");
        for (Command c : Command.values()) {
            String text = Bots.en().command(c.typed()).html();
            assertFalse(text.contains(unknown), c + " answered as unknown");
        }
        assertTrue(Bots.en().command("nonsense").html().contains(unknown));
    }

    @Test
    void typedTextIsReadTheSameWayByTheTelegramEdgeAndTheConsole() {
        assertEquals(new Input.Command("start", "ge"), Command.parse("/START@WaypointBot  ge "));
        assertEquals(new Input.Command("help", ""), Command.parse("  /help"));
        assertEquals(new Input.Text("/"), Command.parse("/"));
        assertEquals(new Input.Text("Грузия"), Command.parse("Грузия"));
        assertEquals(new Input.Text("/привет"), Command.parse("/привет"), "not a command name Telegram allows");
    }
}
