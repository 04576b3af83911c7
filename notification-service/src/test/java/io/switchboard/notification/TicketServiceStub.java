package io.switchboard.notification;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for ticket-service's attachment download and Keycloak's token endpoint (this module's tests run
 * neither; the system tests use the real ones): it hands out a token and serves the files tests put in,
 * only to that token.
 */
public class TicketServiceStub implements QuarkusTestResourceLifecycleManager {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectTicketService {
    }

    static final String TOKEN = "notification-service-test-token";

    /** What tests see: put a file to be served; count downloads. */
    public static final class Files {
        private final Map<String, byte[]> files = new ConcurrentHashMap<>();
        private final Map<String, Integer> downloads = new ConcurrentHashMap<>();

        public void put(Object ticketId, Object attachmentId, byte[] content) {
            files.put("/api/v1/tickets/" + ticketId + "/attachments/" + attachmentId, content);
        }

        public int downloads(Object ticketId, Object attachmentId) {
            return downloads.getOrDefault("/api/v1/tickets/" + ticketId + "/attachments/" + attachmentId, 0);
        }
    }

    private final Files files = new Files();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/token", exchange -> {
            byte[] body = ("{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/api/v1/tickets/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] content = files.files.get(path);
            int status = !("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization")) ? 401
                    : content == null ? 404 : 200;
            if (status == 200) {
                files.downloads.merge(path, 1, Integer::sum);
                exchange.sendResponseHeaders(200, content.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(content);
                }
            } else {
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("switchboard.ticket-service.url", url,
                "quarkus.oidc-client.auth-server-url", url,
                "quarkus.oidc-client.token-path", "/token");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(files, new TestInjector.AnnotatedAndMatchesType(InjectTicketService.class, Files.class));
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
