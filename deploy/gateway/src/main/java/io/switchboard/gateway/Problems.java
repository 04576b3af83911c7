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
                .put("instance", rc.request().path());
        resp.setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Cache-Control", "no-store")
                .end(body.encode());
    }
}
