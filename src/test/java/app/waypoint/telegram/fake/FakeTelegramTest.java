package app.waypoint.telegram.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.telegram.VirtualTime;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fake answers like Telegram: checked with plain HTTP, independently of the bot's client. */
class FakeTelegramTest {
    private static final String TOKEN = "42:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    private final VirtualTime time = new VirtualTime(0);
    private final FakeTelegram tg = FakeTelegram.start(TOKEN, "", time);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        tg.close();
        http.close();
    }

    private JsonNode call(String method, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(tg.url() + "/bot" + TOKEN + "/" + method))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return Answer.JSON.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private String send(String text) throws Exception {
        tg.user(1);
        return call(
                        "sendMessage",
                        "{\"chat_id\":1,\"parse_mode\":\"HTML\",\"text\":" + Answer.JSON.writeValueAsString(text) + "}")
                .path("description")
                .asText("ok");
    }

    @Nested
    class Validation {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "<b>bold</b> &amp; <i>it</i>",
                    "<a href=\"https://x.org\">x</a>",
                    "&lt;tag&gt; &#8212;",
                    "<blockquote>q</blockquote> <tg-spoiler>s</tg-spoiler> <code>c</code> <pre>p</pre>"
                })
        void wellFormedHtmlIsTaken(String html) throws Exception {
            assertEquals("ok", send(html));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "a < b",
                    "a > b",
                    "Tom & Jerry",
                    "<b>open",
                    "<b><i>x</b></i>",
                    "<div>x</div>",
                    "<a>no href</a>",
                    "&nbsp;"
                })
        void malformedHtmlIsRefused(String html) throws Exception {
            assertTrue(send(html).startsWith("Bad Request: can't parse entities"), send(html));
        }

        @Test
        void textLengthCountsAfterTheTags() throws Exception {
            assertEquals("ok", send("<b>" + "я".repeat(4096) + "</b>"));
            assertEquals("Bad Request: message is too long", send("x".repeat(4097)));
            assertEquals("Bad Request: message text is empty", send("<b> </b>"));
        }

        @Test
        void callbackDataIsAtMost64Bytes() throws Exception {
            tg.user(1);
            String ok = "{\"chat_id\":1,\"text\":\"t\",\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"b\","
                    + "\"callback_data\":\"" + "я".repeat(32) + "\"}]]}}";
            assertTrue(call("sendMessage", ok).path("ok").asBoolean());
            String tooLong = ok.replace("я".repeat(32), "я".repeat(32) + "x");
            assertEquals(
                    "Bad Request: BUTTON_DATA_INVALID",
                    call("sendMessage", tooLong).path("description").asText());
        }
    }

    @Nested
    class Messages {
        @Test
        void anIdenticalEditIsNotModified() throws Exception {
            send("hello");
            String edit = "{\"chat_id\":1,\"message_id\":1,\"text\":\"hello\"}";
            assertTrue(
                    call("editMessageText", edit).path("description").asText().contains("message is not modified"));
            assertTrue(call("editMessageText", edit.replace("hello", "hi"))
                    .path("ok")
                    .asBoolean());
            assertEquals(
                    "Bad Request: message to edit not found",
                    call("editMessageText", edit.replace("\"message_id\":1", "\"message_id\":9"))
                            .path("description")
                            .asText());
        }

        @Test
        void onlyMessagesYoungerThan48HoursCanBeDeleted() throws Exception {
            send("old");
            time.advance(Duration.ofHours(48));
            send("new");
            assertEquals(
                    "Bad Request: message can't be deleted",
                    call("deleteMessage", "{\"chat_id\":1,\"message_id\":1}")
                            .path("description")
                            .asText());
            assertTrue(call("deleteMessages", "{\"chat_id\":1,\"message_ids\":[1,2,3]}")
                    .path("ok")
                    .asBoolean());
            assertEquals(1, tg.user(1).chat().deleted(), "the young one; the old one and a missing one skipped");
        }

        @Test
        void aBlockedUserGives403() throws Exception {
            tg.user(1).blocksBot(false);
            assertEquals("Forbidden: bot was blocked by the user", send("hi"));
        }
    }

    @Nested
    class Updates {
        @Test
        void updatesComeAgainUntilAnOffsetConfirmsThem() throws Exception {
            int first = tg.user(1).sends("a");
            tg.user(1).sends("b");
            JsonNode batch = call("getUpdates", "{}").path("result");
            assertEquals(2, batch.size());
            int id = batch.get(0).path("update_id").asInt();
            assertEquals(
                    2,
                    call("getUpdates", "{\"offset\":" + id + "}").path("result").size());
            assertEquals(
                    1,
                    call("getUpdates", "{\"offset\":" + (id + 1) + "}")
                            .path("result")
                            .size());
            assertEquals(
                    0,
                    call("getUpdates", "{\"offset\":" + (id + 2) + "}")
                            .path("result")
                            .size());
            assertEquals(1, first);
        }

        @Test
        void aLongPollIsAnsweredByTheFirstUpdate() throws Exception {
            var poll = http.sendAsync(
                    HttpRequest.newBuilder(URI.create(tg.url() + "/bot" + TOKEN + "/getUpdates?timeout=5"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            tg.await("the poll waiting", Duration.ofSeconds(5), () -> tg.calls("getUpdates") == 1);
            tg.user(1).sends("wake up");
            JsonNode answer = Answer.JSON.readTree(poll.get().body());
            assertEquals(
                    "wake up",
                    answer.path("result").get(0).path("message").path("text").asText());
        }

        @Test
        void aWrongTokenIs401AndAnUnknownMethod404() throws Exception {
            HttpRequest wrong = HttpRequest.newBuilder(URI.create(tg.url() + "/bot1:nope/getMe"))
                    .build();
            assertEquals(
                    401, http.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(404, call("getMeNot", "{}").path("error_code").asInt());
        }

        @Test
        void webhookBlocksPollingWith409() throws Exception {
            tg.setWebhook("https://example.org/hook");
            assertEquals(409, call("getUpdates", "{}").path("error_code").asInt());
            call("deleteWebhook", "{\"drop_pending_updates\":false}");
            assertTrue(call("getUpdates", "{}").path("ok").asBoolean());
        }

        @Test
        void rateLimitsAnswer429WithRetryAfter() throws Exception {
            tg.enforceRateLimits(1, 3, 30);
            for (int i = 0; i < 3; i++) assertEquals("ok", send("m" + i));
            JsonNode limited = call("sendMessage", "{\"chat_id\":1,\"text\":\"m4\"}");
            assertEquals(429, limited.path("error_code").asInt());
            assertEquals(1, limited.path("parameters").path("retry_after").asInt());
            time.advance(Duration.ofSeconds(1));
            assertEquals("ok", send("m5"));
        }
    }
}
