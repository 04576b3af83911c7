package io.switchboard.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real upstream for the gateway tests: a tiny Vert.x HTTP server on a random port that echoes what it
 * received as JSON, and serves the signing keys of a test issuer ({@link Tokens} signs with them); plus a
 * port where nothing listens (an upstream that is down) and a built SPA in a temporary directory. The gateway gets a
 * small pool so that tests can fill it.
 */
public class UpstreamAndSpaResource implements QuarkusTestResourceLifecycleManager {

    /** How long {@code /api/v1/tickets/slow} takes to answer. */
    static final long SLOW_MS = 1_500;
    /** The gateway's connections to an upstream, and requests waiting for one, in these tests. */
    static final int MAX_CONNECTIONS = 4;
    static final int MAX_WAITING = 2;

    private Vertx vertx;
    private Path spaDir;

    @Override
    public Map<String, String> start() {
        try {
            vertx = Vertx.vertx();
            String jwks = Tokens.publicKeys();
            HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                    .requestHandler(req -> req.body().onSuccess(body -> {
                        JsonObject headers = new JsonObject();
                        req.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                        JsonObject echo = new JsonObject()
                                .put("method", req.method().name())
                                .put("uri", req.uri())
                                .put("headers", headers)
                                .put("bodyLength", body.length())
                                .put("body", body.length() <= 10_000 ? body.toString() : null);
                        var resp = req.response();
                        if (req.path().equals(Tokens.REALM_PATH + "/protocol/openid-connect/certs")) {
                            resp.putHeader("Content-Type", "application/json").end(jwks);
                            return;
                        }
                        if (req.path().startsWith("/api/v1/tickets/slow")) {
                            vertx.setTimer(SLOW_MS, t -> resp.putHeader("Content-Type", "application/json").end("{}"));
                            return;
                        }
                        if (req.path().startsWith("/api/v1/tickets/starting")) {
                            resp.setStatusCode(503).putHeader("Content-Type", "application/problem+json")
                                    .end("{\"status\":503,\"title\":\"Service Unavailable\"}");
                            return;
                        }
                        if (req.path().equals("/api/v1/tickets") && req.method().name().equals("POST")) {
                            resp.setStatusCode(201).putHeader("Location", "http://127.0.0.1:8080/api/v1/tickets/t-1");
                        }
                        if (req.path().startsWith("/api/v1/tickets/big")) {
                            resp.putHeader("Content-Type", "application/octet-stream").end(body);
                            return;
                        }
                        if (req.path().startsWith("/api/v1/tickets/empty")) {
                            resp.setStatusCode(204).putHeader("X-Upstream", "yes").end();
                            return;
                        }
                        resp.putHeader("Content-Type", "application/json")
                                .putHeader("X-Upstream", "ticket-service")
                                .end(Buffer.buffer(echo.encode()));
                    }))
                    .listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            int upstreamPort = server.actualPort();

            int deadPort;
            try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                deadPort = s.getLocalPort();
            }

            spaDir = Files.createTempDirectory("switchboard-spa");
            Files.writeString(spaDir.resolve("index.html"), "<!doctype html><title>Switchboard</title><div id=app></div>");
            Files.createDirectories(spaDir.resolve("assets"));
            Files.writeString(spaDir.resolve("assets/app.js"), "console.log('switchboard');");

            return Map.of(
                    "switchboard.gateway.routes.ticket-service.url", "http://127.0.0.1:" + upstreamPort,
                    "switchboard.gateway.routes.routing-service.url", "http://127.0.0.1:" + deadPort,
                    "switchboard.gateway.spa-dir", spaDir.toString(),
                    "switchboard.gateway.max-connections", String.valueOf(MAX_CONNECTIONS),
                    "switchboard.gateway.max-waiting", String.valueOf(MAX_WAITING),
                    "switchboard.gateway.console.keycloak-url", "http://127.0.0.1:8180",
                    "switchboard.rate-limit.issuer", "http://127.0.0.1:" + upstreamPort + Tokens.REALM_PATH);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
        if (spaDir != null) {
            try (var files = Files.walk(spaDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // temp dir
            }
        }
    }
}
