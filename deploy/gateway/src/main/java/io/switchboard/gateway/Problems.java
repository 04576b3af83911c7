package io.switchboard.gateway;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 problem responses written by the gateway itself. */
final class Problems {

    static final String BASE = "https://switchboard.dev/problems/";

    private Problems() {
    }

    static void send(RoutingContext rc, int status, String slug, String title, String detail) {
        HttpServerResponse resp = rc.response();
        if (resp.headWritten() || resp.ended()) {
            if (!resp.ended()) {
                resp.reset();
            }
            return;
        }
        JsonObject body = new JsonObject()
                .put("type", BASE + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance(rc.request().path()));
        resp.setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Cache-Control", "no-store")
                .end(body.encode());
    }

    /** The path, cut short: it is echoed back, and may be what was too long. */
    private static String instance(String path) {
        return path == null || path.length() <= 256 ? path : path.substring(0, 256) + "…";
    }
}
