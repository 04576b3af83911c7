package io.switchboard.gateway;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Verifies access tokens against the issuer's signing keys (JWKS), which it reads without blocking and
 * keeps in memory: signature, issuer and expiry. The services check tokens again (and roles); the
 * gateway only needs to know whose bucket a request drains, so an unverified token names nobody.
 */
final class AccessTokens {

    private static final Logger LOG = Logger.getLogger(AccessTokens.class);
    private static final long UNKNOWN_KEY_REFETCH_MS = 10_000;

    /** Who a verified token belongs to: an integration client (client id) or a user (username). */
    record Holder(boolean client, String name) {
    }

    private final HttpClient http;
    private final String issuer;
    private final String jwksUrl;
    private final AtomicLong lastFetch = new AtomicLong();
    private volatile JwtConsumer consumer;

    AccessTokens(Vertx vertx, RateLimitConfig config) {
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(5_000));
        this.issuer = config.issuer().replaceAll("/+$", "");
        this.jwksUrl = config.jwksUrl().orElse(issuer + "/protocol/openid-connect/certs");
        try {
            // at start-up, wait briefly so the first requests already meet the keys
            fetchKeys().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // logged by fetchKeys; read again below
        }
        vertx.setPeriodic(config.jwksRefresh().toMillis(), id -> fetchKeys());
        // until the keys are there (the issuer may start after the gateway), look every few seconds
        vertx.setPeriodic(UNKNOWN_KEY_REFETCH_MS, id -> {
            if (consumer == null) {
                fetchKeys();
            } else {
                vertx.cancelTimer(id);
            }
        });
    }

    /** The token's holder when it is a valid token of the issuer; empty for anything else. */
    Optional<Holder> verify(String token) {
        JwtConsumer current = consumer;
        if (current == null) {
            return Optional.empty();
        }
        try {
            JwtClaims claims = current.processToClaims(token);
            String clientId = claims.getClaimValueAsString("client_id");
            String username = claims.getClaimValueAsString("preferred_username");
            if (clientId == null && username != null && username.startsWith("service-account-")) {
                clientId = claims.getClaimValueAsString("azp"); // a client-credentials token without the client_id mapper
            }
            if (clientId != null) {
                return Optional.of(new Holder(true, clientId));
            }
            return Optional.of(new Holder(false, username != null ? username : claims.getSubject()));
        } catch (InvalidJwtException e) {
            if (e.getCause() instanceof UnresolvableKeyException) {
                refetchSoon(); // the issuer may have rotated its keys
            }
            return Optional.empty();
        } catch (MalformedClaimException e) {
            return Optional.empty();
        }
    }

    private void refetchSoon() {
        long now = System.currentTimeMillis();
        long last = lastFetch.get();
        if (now - last >= UNKNOWN_KEY_REFETCH_MS && lastFetch.compareAndSet(last, now)) {
            fetchKeys();
        }
    }

    private Future<?> fetchKeys() {
        lastFetch.set(System.currentTimeMillis());
        return http.request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(jwksUrl).setIdleTimeout(10_000))
                .compose(req -> req.send())
                .compose(resp -> resp.statusCode() == 200 ? resp.body()
                        : Future.failedFuture("HTTP " + resp.statusCode()))
                .map(body -> {
                    install(body.toString());
                    return body;
                })
                .onFailure(err -> LOG.warnf("signing keys not read from %s (%s); tokens count as anonymous until they are",
                        jwksUrl, err.toString()));
    }

    private void install(String jwks) {
        try {
            JsonWebKeySet keys = new JsonWebKeySet(jwks);
            consumer = new JwtConsumerBuilder()
                    .setRequireExpirationTime()
                    .setAllowedClockSkewInSeconds(30)
                    .setExpectedIssuer(issuer)
                    .setSkipDefaultAudienceValidation()
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                            AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_USING_SHA384,
                            AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                            AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384)
                    .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                    .build();
            LOG.debugf("read %d signing keys from %s", keys.getJsonWebKeys().size(), jwksUrl);
        } catch (JoseException e) {
            LOG.warnf("signing keys at %s unreadable: %s", jwksUrl, e.getMessage());
        }
    }
}
