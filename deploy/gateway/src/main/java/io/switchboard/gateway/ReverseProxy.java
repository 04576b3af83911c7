package io.switchboard.gateway;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * A small streaming reverse proxy on the Vert.x HttpClient: request and response bodies are piped,
 * never buffered; end-to-end headers (Authorization, Content-Type, Location, ...) pass unchanged,
 * hop-by-hop headers are dropped, and X-Forwarded-For/-Proto/-Host/-Port are set (see {@link #addForwardedHeaders}).
 */
final class ReverseProxy {

    private static final Logger LOG = Logger.getLogger(ReverseProxy.class);

    /** RFC 9110 §7.6.1 connection-specific headers, plus Host (set from the upstream URL). */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host");

    /** What a client may have claimed about the original request; the gateway states it afresh. */
    private static final List<String> FORWARDED = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Proto",
            "X-Forwarded-Host", "X-Forwarded-Port", "X-Forwarded-Prefix", "X-Forwarded-Server", "X-Forwarded-Ssl");

    record Upstream(String name, URI base, String prefix) {
    }

    private final HttpClient client;
    private final List<Upstream> upstreams;
    private final long idleTimeoutMs;
    private final long connectTimeoutMs;
    private final String retryAfter;

    ReverseProxy(Vertx vertx, GatewayConfig config) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(config.maxConnections())
                .setMaxWaitQueueSize(config.maxWaiting())
                .setDecompressionSupported(false));
        this.idleTimeoutMs = config.idleTimeout().toMillis();
        this.connectTimeoutMs = config.connectTimeout().toMillis();
        this.retryAfter = String.valueOf(Math.max(1, config.retryAfter().toSeconds()));
        List<Upstream> list = new ArrayList<>();
        for (Map.Entry<String, GatewayConfig.Route> e : config.routes().entrySet()) {
            URI base = URI.create(e.getValue().url().replaceAll("/+$", ""));
            for (String p : e.getValue().paths()) {
                list.add(new Upstream(e.getKey(), base, p.trim()));
            }
        }
        // longest prefix first, so a more specific route wins
        list.sort(Comparator.comparingInt((Upstream u) -> u.prefix().length()).reversed());
        this.upstreams = List.copyOf(list);
        for (Upstream u : upstreams) {
            LOG.infof("route %s* -> %s (%s)", u.prefix(), u.base(), u.name());
        }
    }

    Upstream match(String path) {
        for (Upstream u : upstreams) {
            if (path.startsWith(u.prefix())) {
                return u;
            }
        }
        return null;
    }

    void handle(RoutingContext rc) {
        HttpServerRequest req = rc.request();
        Upstream up = match(req.path());
        if (up == null) {
            Problems.send(rc, 404, "not-found", "Not Found", "No API at " + req.path());
            return;
        }
        req.pause();
        boolean hasBody = hasBody(req);

        RequestOptions options = new RequestOptions()
                .setMethod(req.method())
                .setHost(up.base().getHost())
                .setPort(port(up.base()))
                .setSsl("https".equalsIgnoreCase(up.base().getScheme()))
                .setURI(basePath(up.base()) + req.uri())
                .setIdleTimeout(idleTimeoutMs)
                .setConnectTimeout(connectTimeoutMs); // includes the wait for a pooled connection
        MultiMap headers = options.getHeaders() == null ? MultiMap.caseInsensitiveMultiMap() : options.getHeaders();
        copyHeaders(req.headers(), headers);
        addForwardedHeaders(req, headers);
        options.setHeaders(headers);

        client.request(options)
                .onFailure(err -> {
                    req.resume();
                    unavailable(rc, up, err);
                })
                .onSuccess(creq -> {
                    HttpServerResponse resp = rc.response();
                    if (resp.closed() || resp.ended()) {
                        // the client left while this request waited for a connection: give the connection back
                        creq.reset();
                        return;
                    }
                    // a client that leaves midway frees the upstream connection instead of holding it until the
                    // idle timeout
                    resp.closeHandler(closed -> creq.reset());
                    if (hasBody && !creq.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
                        creq.setChunked(true);
                    }
                    (hasBody ? creq.send(req) : creq.send())
                            .onFailure(err -> failed(rc, up, err))
                            .onSuccess(cresp -> respond(rc, req, cresp));
                });
    }

    private void respond(RoutingContext rc, HttpServerRequest req, HttpClientResponse cresp) {
        HttpServerResponse resp = rc.response();
        if (resp.ended() || resp.closed()) {
            cresp.request().reset();
            return;
        }
        resp.setStatusCode(cresp.statusCode());
        if (cresp.statusMessage() != null) {
            resp.setStatusMessage(cresp.statusMessage());
        }
        copyHeaders(cresp.headers(), resp.headers());
        if (cresp.statusCode() == 503 && !resp.headers().contains(HttpHeaders.RETRY_AFTER)) {
            resp.headers().set(HttpHeaders.RETRY_AFTER, retryAfter); // e.g. a service that is starting or draining
        }
        boolean noBody = req.method() == HttpMethod.HEAD || cresp.statusCode() == 204 || cresp.statusCode() == 304
                || (cresp.statusCode() >= 100 && cresp.statusCode() < 200);
        if (!noBody && !resp.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            resp.setChunked(true);
        }
        if (noBody) {
            resp.headers().remove(HttpHeaders.CONTENT_LENGTH);
            resp.end();
            return;
        }
        cresp.pipeTo(resp).onFailure(err -> {
            LOG.debugf("response from upstream interrupted: %s", err.toString());
            if (!resp.ended()) {
                resp.reset();
            }
        });
    }

    /** No connection to the upstream: it is down, still starting, or all its connections are busy. */
    private void unavailable(RoutingContext rc, Upstream up, Throwable err) {
        if (rc.response().closed() || rc.response().ended()) {
            return;
        }
        LOG.warnf("%s unavailable for %s %s: %s", up.name(), rc.request().method(), rc.request().uri(), err.toString());
        rc.response().headers().set(HttpHeaders.RETRY_AFTER, retryAfter); // a client may try again shortly
        Problems.send(rc, 503, "service-unavailable", "Service Unavailable", up.name() + " is unavailable");
    }

    /** Sent, but the upstream did not answer (in time). */
    private void failed(RoutingContext rc, Upstream up, Throwable err) {
        if (rc.response().closed() || rc.response().ended()) {
            return; // the client left, which reset the upstream request
        }
        if (err instanceof TimeoutException || err.getClass().getSimpleName().contains("Timeout")) {
            LOG.warnf("%s timed out for %s %s: %s", up.name(), rc.request().method(), rc.request().uri(), err.toString());
            Problems.send(rc, 504, "gateway-timeout", "Gateway Timeout", up.name() + " did not answer in time");
        } else {
            unavailable(rc, up, err);
        }
    }

    private static boolean hasBody(HttpServerRequest req) {
        String te = req.getHeader(HttpHeaders.TRANSFER_ENCODING);
        if (te != null && !te.isBlank()) {
            return true;
        }
        String cl = req.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (cl == null) {
            return false;
        }
        try {
            return Long.parseLong(cl.trim()) > 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        // headers named in Connection are hop-by-hop too
        String connection = from.get(HttpHeaders.CONNECTION);
        Set<String> extra = Set.of();
        if (connection != null) {
            List<String> names = new ArrayList<>();
            for (String n : connection.split(",")) {
                names.add(n.trim().toLowerCase(Locale.ROOT));
            }
            extra = Set.copyOf(names);
        }
        for (Map.Entry<String, String> h : from) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !extra.contains(name)) {
                to.add(h.getKey(), h.getValue());
            }
        }
    }

    /**
     * The public scheme, host and port the client used, and its address, so services build public URLs
     * ({@code Location}). A client's own forwarding headers are replaced, never passed on: services trust
     * them because they come from the gateway. Behind a proxy of its own, the gateway reads that proxy's
     * headers through {@code quarkus.http.proxy.*}, which is what {@code req} then reports.
     */
    private static void addForwardedHeaders(HttpServerRequest req, MultiMap headers) {
        FORWARDED.forEach(headers::remove);
        String scheme = req.scheme() == null ? "http" : req.scheme();
        headers.set("X-Forwarded-Proto", scheme);
        if (req.remoteAddress() != null) {
            headers.set("X-Forwarded-For", req.remoteAddress().hostAddress());
        }
        HostAndPort authority = req.authority();
        if (authority != null) {
            boolean portGiven = authority.port() > 0;
            String host = authority.host().contains(":") && !authority.host().startsWith("[")
                    ? "[" + authority.host() + "]" : authority.host();
            headers.set("X-Forwarded-Host", portGiven ? host + ":" + authority.port() : host);
            headers.set("X-Forwarded-Port", String.valueOf(portGiven ? authority.port()
                    : "https".equals(scheme) ? 443 : 80));
        }
    }

    private static int port(URI base) {
        if (base.getPort() > 0) {
            return base.getPort();
        }
        return "https".equalsIgnoreCase(base.getScheme()) ? 443 : 80;
    }

    private static String basePath(URI base) {
        String p = base.getRawPath();
        return p == null ? "" : p.replaceAll("/+$", "");
    }
}
