package app.waypoint.telegram;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * A small synchronous Bot API client: telegrambots-meta's method objects in, the JSON {@code result} out.
 *
 * <p>Why not telegrambots' {@code OkHttpTelegramClient}: its address cannot carry a path prefix
 * ({@code TELEGRAM_API_URL} may have one); its asynchronous calls run on OkHttp's dispatcher, whose
 * non-daemon threads keep the JVM alive for a minute and allow only 5 calls at once per host; a long poll
 * cannot be cancelled on stop; and its strict Jackson mapper rejects a whole getUpdates batch when Telegram
 * adds one unknown field, which would leave the bot deaf. Here each call runs on the caller's thread with
 * its own timeout, unknown fields are ignored, and an update that still cannot be read is returned with
 * its id only (so it is confirmed and skipped, not fetched forever).
 *
 * <p>Thread-safe. Never puts the token (part of every URL) into an exception or a log line.
 */
final class BotApi implements AutoCloseable {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl base;
    private final Duration requestTimeout;
    /**
     * Jackson's default buffer recycling is per thread, and every call here runs on a new virtual thread: each
     * would allocate fresh parser and writer buffers (about 20 KB a call). A shared pool recycles them.
     */
    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
                    .recyclerPool(JsonRecyclerPools.newConcurrentDequePool())
                    .build())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Set<Call> polls = ConcurrentHashMap.newKeySet();

    /**
     * @param apiUrl         the Bot API address, possibly with a path prefix ("http://proxy:8080/tg")
     * @param token          the bot token, revealed only into the request path
     * @param requestTimeout the whole-call timeout of every method but getUpdates
     * @param idleConnections how many idle connections to keep for reuse: as many as calls may run at once,
     *                        so a burst of answers does not open (and TLS-handshake) a connection per call
     *                        only to close it again (OkHttp keeps 5 by default)
     */
    BotApi(URI apiUrl, String token, Duration requestTimeout, int idleConnections) {
        HttpUrl root = HttpUrl.get(apiUrl.toString());
        HttpUrl.Builder b = root.newBuilder();
        if (root.pathSegments().size() == 1 && root.pathSegments().get(0).isEmpty()) b.encodedPath("/");
        this.base = b.addPathSegment("bot" + token).build();
        this.requestTimeout = requestTimeout;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ZERO)
                .writeTimeout(Duration.ofSeconds(10))
                .retryOnConnectionFailure(false)
                .connectionPool(new ConnectionPool(Math.max(5, idleConnections), 5, TimeUnit.MINUTES))
                .build();
    }

    /** Calls a method with the usual timeout; returns Telegram's {@code result}. */
    JsonNode call(PartialBotApiMethod<?> method) throws ApiFailure {
        return call(method, requestTimeout, false);
    }

    /**
     * Long-polls for updates. {@link #cancelPolls()} ends a pending poll at once (with an UNAVAILABLE failure).
     *
     * @return the updates in the order Telegram sent them; one that could not be read has its id only
     */
    List<Update> getUpdates(Integer offset, int limit, int timeoutSeconds) throws ApiFailure {
        GetUpdates get = new GetUpdates();
        get.setOffset(offset);
        get.setLimit(limit);
        get.setTimeout(timeoutSeconds);
        get.setAllowedUpdates(List.of("message", "edited_message", "callback_query", "my_chat_member", "channel_post"));
        JsonNode result = call(get, requestTimeout.plusSeconds(timeoutSeconds), true);
        List<Update> updates = new ArrayList<>();
        for (JsonNode node : result) updates.add(readUpdate(node));
        return updates;
    }

    private Update readUpdate(JsonNode node) {
        try {
            return mapper.treeToValue(node, Update.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Update unreadable = new Update();
            unreadable.setUpdateId(node.path("update_id").asInt());
            return unreadable;
        }
    }

    /** Ends every pending getUpdates now: used on stop so the poll loop does not wait out a long poll. */
    void cancelPolls() {
        polls.forEach(Call::cancel);
    }

    private JsonNode call(PartialBotApiMethod<?> method, Duration timeout, boolean poll) throws ApiFailure {
        String name = method.getMethod();
        Request request = request(method, name);
        Call call = http.newCall(request);
        call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (poll) polls.add(call);
        try (Response response = call.execute()) {
            return result(name, response);
        } catch (IOException e) {
            throw ApiFailure.unavailable(name, 0, e.getClass().getSimpleName());
        } finally {
            if (poll) polls.remove(call);
        }
    }

    private Request request(PartialBotApiMethod<?> method, String name) throws ApiFailure {
        try {
            method.validate();
            byte[] body = mapper.writeValueAsBytes(method); // UTF-8 at once: no String to encode again
            return new Request.Builder()
                    .url(base.newBuilder().addPathSegment(name).build())
                    .post(RequestBody.create(body, JSON))
                    .build();
        } catch (TelegramApiValidationException e) {
            throw ApiFailure.answered(name, 400, "Bad Request: rejected before sending", 0);
        } catch (JsonProcessingException e) {
            throw ApiFailure.answered(name, 400, "Bad Request: cannot serialise the request", 0);
        }
    }

    private JsonNode result(String name, Response response) throws IOException, ApiFailure {
        ResponseBody body = response.body();
        byte[] bytes = body == null ? new byte[0] : body.bytes(); // parsed as UTF-8 bytes, not via a String
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isObject() || !node.path("ok").isBoolean()) {
            throw ApiFailure.unavailable(name, response.code(), "not a Bot API answer");
        }
        if (node.path("ok").asBoolean()) return node.path("result");
        throw ApiFailure.answered(
                name,
                node.path("error_code").asInt(response.code()),
                node.path("description").asText(""),
                node.path("parameters").path("retry_after").asInt(0));
    }

    /** Frees connections and threads so the JVM can exit at once. */
    @Override
    public void close() {
        cancelPolls();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
