package io.switchboard.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A real HTTP server on 127.0.0.1 and a random port that plays callback receivers and Dooray hooks: each path
 * answers its scripted replies in turn (then the last one again; 200 if none) and records every request.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** A scripted answer. */
    public record Reply(int status, Map<String, String> headers, String body) {
        public static Reply of(int status) {
            return new Reply(status, Map.of(), "");
        }
    }

    /** A request as it arrived; header names in lower case. */
    public record Received(String path, Map<String, String> headers, String body, Instant at) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::handle);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void script(String path, Reply... replies) {
        scripts.put(path, new ArrayDeque<>(List.of(replies)));
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().toLowerCase(Locale.ROOT), e -> e.getValue().get(0), (a, b) -> a));
        received.add(new Received(path, headers, body, Instant.now()));
        Reply reply = next(path);
        reply.headers().forEach(exchange.getResponseHeaders()::add);
        byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), answer.length == 0 ? -1 : answer.length);
        if (answer.length > 0) {
            exchange.getResponseBody().write(answer);
        }
        exchange.close();
    }

    private Reply next(String path) {
        Deque<Reply> script = scripts.get(path);
        if (script == null || script.isEmpty()) {
            return Reply.of(200);
        }
        synchronized (script) {
            return script.size() > 1 ? script.poll() : script.peek();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
