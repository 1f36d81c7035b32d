package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import app.waypoint.conversation.Input;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Mapping Telegram updates (as JSON, the way they arrive) to what the edge does. */
class InboundTest {
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String FROM =
            "\"from\":{\"id\":5,\"is_bot\":false,\"first_name\":\"A\",\"language_code\":\"be\"}";
    private static final String PRIVATE = "\"chat\":{\"id\":5,\"type\":\"private\",\"first_name\":\"A\"}";
    private static final String GROUP = "\"chat\":{\"id\":-9,\"type\":\"supergroup\",\"title\":\"G\"}";

    private static Inbound read(String json) throws Exception {
        return Inbound.of(JSON.readValue(json, Update.class));
    }

    private static Inbound message(String chat, String content) throws Exception {
        return read("{\"update_id\":1,\"message\":{\"message_id\":3,\"date\":1," + FROM + "," + chat + "," + content
                + "}}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/start|start|''",
                "/START@waypoint_bot|start|''",
                "/start ge|start|ge",
                "/start@waypoint_bot   ge am  |start|ge am"
            })
    void commands(String text, String name, String argument) {
        assertEquals(new Input.Command(name, argument), Inbound.input(text));
    }

    @Test
    void anArgumentMaySpanLines() {
        assertEquals(new Input.Command("forget", "now\nplease"), Inbound.input("/forget\nnow\nplease"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hello", "/ start", "/старт", "//x", "/start-1"})
    void textThatIsNoCommand(String text) {
        assertEquals(new Input.Text(text), Inbound.input(text));
    }

    @Test
    void aPrivateTextMessageGoesToTheCoreWithTheUsersLanguage() throws Exception {
        Inbound in = message(PRIVATE, "\"text\":\"hi\"");
        assertEquals(new Inbound.ToCore(5, "be", new Input.Text("hi"), null, 3, "text"), in);
    }

    @Test
    void mediaIsUnsupportedByKind() throws Exception {
        Inbound in = message(
                PRIVATE,
                "\"sticker\":{\"file_id\":\"f\",\"file_unique_id\":\"u\",\"type\":\"regular\","
                        + "\"width\":1,\"height\":1,\"is_animated\":false,\"is_video\":false}");
        assertEquals(new Input.Unsupported("sticker"), ((Inbound.ToCore) in).input());
        Inbound unknown = message(PRIVATE, "\"hologram\":{\"x\":1}");
        assertEquals(new Input.Unsupported("other"), ((Inbound.ToCore) unknown).input(), "a future kind, politely");
    }

    @Test
    void aPressCarriesDataMessageAndQuery() throws Exception {
        Inbound in = read("{\"update_id\":1,\"callback_query\":{\"id\":\"q1\"," + FROM + ",\"chat_instance\":\"c\","
                + "\"data\":\"c:ge\",\"message\":{\"message_id\":8,\"date\":1," + PRIVATE + "}}}");
        assertEquals(new Inbound.ToCore(5, "be", new Input.Press("c:ge", 8), "q1", 0, "press"), in);
    }

    @Test
    void aPressOnAnInaccessibleMessageStillReachesTheCore() throws Exception {
        Inbound in = read("{\"update_id\":1,\"callback_query\":{\"id\":\"q1\"," + FROM + ",\"chat_instance\":\"c\","
                + "\"data\":\"c:ge\",\"message\":{\"message_id\":8,\"date\":0," + PRIVATE + "}}}");
        assertEquals(new Input.Press("c:ge", 8), ((Inbound.ToCore) in).input());
    }

    @Test
    void groupsAreLeftAndEditsIgnored() throws Exception {
        assertInstanceOf(Inbound.Leave.class, message(GROUP, "\"text\":\"/start\""));
        assertInstanceOf(
                Inbound.Leave.class,
                read("{\"update_id\":1,\"my_chat_member\":{" + GROUP + "," + FROM
                        + ",\"date\":1,\"old_chat_member\":{\"status\":\"left\",\"user\":{\"id\":1,\"is_bot\":true,"
                        + "\"first_name\":\"B\"}},\"new_chat_member\":{\"status\":\"member\",\"user\":{\"id\":1,"
                        + "\"is_bot\":true,\"first_name\":\"B\"}}}}"));
        assertInstanceOf(
                Inbound.Ignore.class,
                read("{\"update_id\":1,\"edited_message\":{\"message_id\":3," + "\"date\":1,\"edit_date\":2," + FROM
                        + "," + PRIVATE + ",\"text\":\"x\"}}"));
    }

    @Test
    void aUserWhoBlocksTheBotIsForgotten() throws Exception {
        Inbound in = read("{\"update_id\":1,\"my_chat_member\":{" + PRIVATE + "," + FROM + ",\"date\":1,"
                + "\"old_chat_member\":{\"status\":\"member\",\"user\":{\"id\":1,\"is_bot\":true,\"first_name\":\"B\"}},"
                + "\"new_chat_member\":{\"status\":\"kicked\",\"until_date\":0,\"user\":{\"id\":1,\"is_bot\":true,"
                + "\"first_name\":\"B\"}}}}");
        assertEquals(new Inbound.Blocked(5, "blocked"), in);
    }

    @Test
    void anUpdateWithNothingKnownIsIgnored() throws Exception {
        assertInstanceOf(Inbound.Ignore.class, read("{\"update_id\":1,\"business_gizmo\":{}}"));
    }
}
