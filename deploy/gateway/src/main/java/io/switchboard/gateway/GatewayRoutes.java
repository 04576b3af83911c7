package io.switchboard.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Routes of the gateway: {@code /api/...} to the owning service, {@code /config.json} for the SPA, and
 * the SPA itself (static files, {@code index.html} for client-side routes).
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

    void init(@Observes Router router, Vertx vertx, GatewayConfig config) {
        ReverseProxy proxy = new ReverseProxy(vertx, config);
        router.route("/api/*").order(-10).handler(proxy::handle);

        String configJson = new JsonObject()
                .put("keycloakUrl", config.console().keycloakUrl())
                .put("realm", config.console().realm())
                .put("clientId", config.console().clientId())
                .encode();
        router.get("/config.json").order(-10).handler(rc -> rc.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store")
                .end(configJson));

        Path spaDir = config.spaDir().map(d -> Path.of(d).toAbsolutePath().normalize()).orElse(null);
        if (spaDir == null || !Files.isRegularFile(spaDir.resolve("index.html"))) {
            LOG.warnf("SPA not found (%s/index.html missing): build it with ./mvnw -pl frontend install; "
                    + "only /api and /config.json are served", spaDir);
        } else {
            LOG.infof("serving the SPA from %s", spaDir);
        }
        StaticHandler statics = spaDir == null ? null
                : StaticHandler.create(FileSystemAccess.ROOT, spaDir.toString())
                        .setIndexPage("index.html")
                        .setDefaultContentEncoding("UTF-8")
                        .setCachingEnabled(true)
                        .setMaxAgeSeconds(3600);
        Path index = spaDir == null ? null : spaDir.resolve("index.html");

        router.route().order(10_000).handler(rc -> {
            String path = rc.normalizedPath();
            if (path.startsWith("/q/") || path.equals("/q")) {
                rc.next(); // Quarkus management endpoints (health)
                return;
            }
            if (statics == null) {
                spaFallback(rc, null);
            } else {
                statics.handle(rc); // calls next() when there is no such file
            }
        });
        router.route().order(10_001).handler(rc -> {
            String path = rc.normalizedPath();
            if (path.startsWith("/q/") || path.equals("/q")) {
                rc.next();
                return;
            }
            spaFallback(rc, index);
        });
    }

    private static void spaFallback(RoutingContext rc, Path index) {
        String path = rc.normalizedPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        boolean looksLikeFile = last.contains(".");
        boolean get = rc.request().method().name().equals("GET") || rc.request().method().name().equals("HEAD");
        if (!get || looksLikeFile || index == null || !Files.isRegularFile(index)) {
            Problems.send(rc, 404, "not-found", "Not Found",
                    index == null || !Files.isRegularFile(index) && !looksLikeFile
                            ? "The console is not built (frontend/dist/index.html is missing)"
                            : "No such file: " + path);
            return;
        }
        rc.response()
                .putHeader("Content-Type", "text/html; charset=UTF-8")
                .putHeader("Cache-Control", "no-cache")
                .sendFile(index.toString());
    }
}
