package io.switchboard.gateway;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucket;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Rate limits every {@code /api/...} request before it is proxied: one token bucket (Bucket4j) per
 * integration client, per user, or per IP address for requests without a valid token. The gateway is the one
 * place in front of every service instance, so a limit holds however many instances run behind it.
 *
 * <p>Every answer carries {@code RateLimit-Policy} and {@code RateLimit} (IETF draft
 * "RateLimit header fields for HTTP": quota {@code q} per window {@code w} seconds; remaining {@code r},
 * seconds {@code t} until the bucket is full again); a request over the limit is answered 429
 * problem+json with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final long SWEEP_MS = 60_000;

    /** Whose bucket: the policy name is what {@code RateLimit-Policy} shows. */
    private record Caller(String key, String policy, String description, RateLimitConfig.Limit limit) {
    }

    private final Map<String, LocalBucket> buckets = new ConcurrentHashMap<>();
    private RateLimitConfig config;
    private AccessTokens tokens;

    void init(@Observes Router router, Vertx vertx, RateLimitConfig config) {
        if (!config.enabled()) {
            LOG.warn("rate limits are off (switchboard.rate-limit.enabled=false)");
            return;
        }
        this.config = config;
        this.tokens = new AccessTokens(vertx, config);
        // idle callers' buckets are full again: dropping them frees memory and changes nothing
        vertx.setPeriodic(SWEEP_MS, id -> buckets.values().removeIf(b -> b.getAvailableTokens() >= capacityOf(b)));
        router.route("/api/*").order(-20).handler(this::handle);
        LOG.infof("rate limits: %d/%s per client, %d/%s per user, %d/%s per IP without a token; tokens of %s",
                config.client().requests(), config.client().period(), config.user().requests(), config.user().period(),
                config.anonymous().requests(), config.anonymous().period(), config.issuer());
    }

    void handle(RoutingContext rc) {
        Caller caller = caller(rc);
        LocalBucket bucket = buckets.computeIfAbsent(caller.key(), k -> newBucket(caller.limit()));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long window = seconds(caller.limit().period().toNanos());
        MultiMap headers = rc.response().headers();
        headers.set("RateLimit-Policy", "\"" + caller.policy() + "\";q=" + caller.limit().requests() + ";w=" + window);
        headers.set("RateLimit", "\"" + caller.policy() + "\";r=" + probe.getRemainingTokens() + ";t="
                + seconds(probe.getNanosToWaitForReset()));
        if (probe.isConsumed()) {
            rc.next();
            return;
        }
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        headers.set("Retry-After", String.valueOf(retryAfter));
        Problems.send(rc, 429, "rate-limited", "Too Many Requests", "More than " + caller.limit().requests()
                + " requests in " + window + " s from " + caller.description() + "; try again in " + retryAfter + " s.");
    }

    private Caller caller(RoutingContext rc) {
        Optional<AccessTokens.Holder> holder = bearer(rc).flatMap(tokens::verify);
        if (holder.isPresent() && holder.get().client()) {
            String id = holder.get().name();
            return new Caller("client:" + id, "client", "client " + id,
                    config.clients().getOrDefault(id, config.client()));
        }
        if (holder.isPresent()) {
            String name = holder.get().name();
            return new Caller("user:" + name, "user", "user " + name, config.users().getOrDefault(name, config.user()));
        }
        // no token, or one the issuer did not sign: the connection's address (never a header the caller wrote)
        String address = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
        return new Caller("ip:" + address, "anonymous", "address " + address, config.anonymous());
    }

    private static Optional<String> bearer(RoutingContext rc) {
        String authorization = rc.request().getHeader("Authorization");
        if (authorization == null || authorization.length() < 8
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7).strip());
    }

    private static LocalBucket newBucket(RateLimitConfig.Limit limit) {
        return io.github.bucket4j.Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.period()).build())
                .build();
    }

    private static long capacityOf(LocalBucket bucket) {
        return bucket.getConfiguration().getBandwidths()[0].getCapacity();
    }

    /** Whole seconds, rounded up. */
    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
