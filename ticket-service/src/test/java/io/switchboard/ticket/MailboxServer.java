package io.switchboard.ticket;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * notification-service's side of the claim check, on 127.0.0.1 and a free port: the token endpoint and the
 * inbound-mail attachment download. Tests control it over HTTP ({@link Control}), since the resource and the
 * test classes do not share a class loader.
 */
public class MailboxServer implements QuarkusTestResourceLifecycleManager {

    static final String TOKEN = "mail-test-token";
    private static final String FILES = "/api/v1/notifications/inbound-mails/";

    private HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicBoolean slowOnce = new AtomicBoolean();
    private final AtomicInteger downloads = new AtomicInteger();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/token", exchange -> respond(exchange, 200, ("{\"access_token\":\"" + TOKEN
                + "\",\"token_type\":\"Bearer\",\"expires_in\":300}").getBytes(StandardCharsets.UTF_8)));
        server.createContext(FILES, this::download);
        server.createContext("/_test/", this::control);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "quarkus.oidc-client.auth-server-url", url,
                "quarkus.oidc-client.discovery-enabled", "false",
                "quarkus.oidc-client.token-path", "/token",
                "switchboard.inbound-mail.notification-url", url,
                "switchboard.inbound-mail.download-timeout", "1s",
                "switchboard.inbound-mail.download-backoff", "100ms");
    }

    private void download(HttpExchange exchange) throws IOException {
        downloads.incrementAndGet();
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, new byte[0]);
        } else if (failing.get()) {
            respond(exchange, 503, new byte[0]);
        } else if (slowOnce.getAndSet(false)) {
            sleep(); // longer than the download timeout: the client gives up and tries again
            respond(exchange, 200, new byte[0]);
        } else {
            byte[] content = files.get(exchange.getRequestURI().getPath().substring(FILES.length()));
            respond(exchange, content == null ? 404 : 200, content == null ? new byte[0] : content);
        }
    }

    /**
     * PUT /_test/files/{mailId}/attachments/{index}, POST|DELETE /_test/failing, POST /_test/slow-once,
     * GET /_test/downloads.
     */
    private void control(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/_test/".length());
        String method = exchange.getRequestMethod();
        if (path.startsWith("files/")) {
            files.put(path.substring("files/".length()), exchange.getRequestBody().readAllBytes());
            respond(exchange, 204, null);
        } else if (path.equals("failing")) {
            failing.set(method.equals("POST"));
            respond(exchange, 204, null);
        } else if (path.equals("slow-once")) {
            slowOnce.set(true);
            respond(exchange, 204, null);
        } else {
            respond(exchange, 200, Integer.toString(downloads.get()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body == null || body.length == 0 ? -1 : body.length);
        if (body != null && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The test's handle on the server, by its URL (the configured notification URL). */
    public record Control(String url) {

        private static final HttpClient HTTP = HttpClient.newHttpClient();

        public void serve(UUID mailId, int index, byte[] content) {
            send(HttpRequest.newBuilder(URI.create(url + "/_test/files/" + mailId + "/attachments/" + index))
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
        }

        public void failing(boolean on) {
            send(HttpRequest.newBuilder(URI.create(url + "/_test/failing"))
                    .method(on ? "POST" : "DELETE", HttpRequest.BodyPublishers.noBody()));
        }

        public void slowOnce() {
            send(HttpRequest.newBuilder(URI.create(url + "/_test/slow-once")).POST(HttpRequest.BodyPublishers.noBody()));
        }

        public int downloads() {
            return Integer.parseInt(send(HttpRequest.newBuilder(URI.create(url + "/_test/downloads")).GET()));
        }

        private static String send(HttpRequest.Builder request) {
            try {
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
