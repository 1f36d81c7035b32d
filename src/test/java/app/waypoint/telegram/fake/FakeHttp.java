package app.waypoint.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The HTTP side of the fake: routes {prefix}/bot{token}/{method}, applies faults, writes answers. */
final class FakeHttp {
    private final FakeTelegram tg;
    private final FakeMethods methods;
    private HttpServer server;
    private ExecutorService executor;
    private volatile CountDownLatch stopped = new CountDownLatch(0);
    private int port;

    FakeHttp(FakeTelegram tg, FakeMethods methods) {
        this.tg = tg;
        this.methods = methods;
    }

    synchronized void start(int wanted) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 1024);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on 127.0.0.1:" + wanted, e);
        }
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-telegram");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        stopped = new CountDownLatch(1);
        server.start();
        port = server.getAddress().getPort();
    }

    synchronized void stop() {
        if (server == null) return;
        stopped.countDown();
        server.stop(0);
        executor.shutdownNow();
        server = null;
    }

    synchronized int port() {
        return port;
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            route(ex);
            ex.close();
        } catch (ConnectionDropped dropped) {
            throw dropped; // not closed: the server cuts the connection
        } catch (IOException | RuntimeException e) {
            ex.close();
            throw e;
        }
    }

    private void route(HttpExchange ex) throws IOException {
        {
            String path = ex.getRequestURI().getPath();
            String root = tg.prefix + "/bot";
            if (!path.startsWith(root) || path.indexOf('/', root.length()) < 0) {
                write(ex, Answer.error(404, "Not Found", 0));
                return;
            }
            String token = path.substring(root.length(), path.indexOf('/', root.length()));
            String method = path.substring(path.indexOf('/', root.length()) + 1);
            if (!token.equals(tg.token)) {
                write(ex, Answer.error(401, "Unauthorized", 0));
                return;
            }
            JsonNode params = params(ex);
            synchronized (tg) {
                tg.calls.merge(method.toLowerCase(Locale.ROOT), 1, Integer::sum);
                tg.changed();
            }
            Fault fault = tg.faults.take(method);
            if (fault != null && !(fault instanceof Fault.DropMidResponse)) {
                misbehave(ex, fault);
                return;
            }
            Answer answer = answer(method, params);
            if (fault != null) dropMidResponse(ex, answer);
            else write(ex, answer);
        }
    }

    private Answer answer(String method, JsonNode params) {
        synchronized (tg) {
            Answer answer;
            try {
                answer = methods.call(method, params);
            } catch (Answer.Failure f) {
                answer = f.answer;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer = Answer.error(500, "Internal Server Error", 0);
            }
            if (answer.status() == 400) tg.rejections.add(method + ": " + description(answer));
            return answer;
        }
    }

    private void misbehave(HttpExchange ex, Fault fault) throws IOException {
        switch (fault) {
            case Fault.Error e -> write(ex, e.toAnswer());
            case Fault.HtmlPage h -> {
                byte[] page = ("<html><head><title>" + h.status() + " Bad Gateway</title></head><body><center><h1>"
                                + h.status() + " Bad Gateway</h1></center><hr><center>nginx</center></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(h.status(), page.length);
                ex.getResponseBody().write(page);
            }
            case Fault.Hang h -> {
                try {
                    stopped.await(h.duration().toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                // closing without an answer drops the connection
            }
            case Fault.DropMidResponse d -> throw new IllegalStateException("handled after the call");
        }
    }

    /** Half an answer, then the connection is cut: a handler that throws makes the server close it. */
    private static void dropMidResponse(HttpExchange ex, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(answer.status(), 0); // chunked: the end is the last, empty chunk
        OutputStream out = ex.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        throw new ConnectionDropped();
    }

    /** Thrown to make the server drop the connection mid-answer. */
    private static final class ConnectionDropped extends RuntimeException {
        ConnectionDropped() {
            super("dropped on purpose", null, false, false);
        }
    }

    private static void write(HttpExchange ex, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(answer.status(), body.length);
        ex.getResponseBody().write(body);
    }

    private static JsonNode params(HttpExchange ex) throws IOException {
        ObjectNode params = Answer.JSON.createObjectNode();
        form(ex.getRequestURI().getRawQuery(), params);
        byte[] raw = ex.getRequestBody().readAllBytes();
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        String body = new String(raw, StandardCharsets.UTF_8);
        if (type != null && type.startsWith("application/json") && !body.isBlank()) {
            JsonNode json = Answer.JSON.readTree(body);
            if (json.isObject()) params.setAll((ObjectNode) json);
        } else {
            form(body, params);
        }
        return params;
    }

    private static void form(String query, ObjectNode into) {
        if (query == null || query.isBlank()) return;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            into.put(key, value);
        }
    }

    private static String description(Answer answer) {
        try {
            return Answer.JSON.readTree(answer.body()).path("description").asText();
        } catch (IOException e) {
            return "?";
        }
    }
}
