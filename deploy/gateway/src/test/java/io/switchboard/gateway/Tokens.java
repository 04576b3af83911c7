package io.switchboard.gateway;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Access tokens as the test issuer signs them. The key pair lives in a system property so the test resource
 * (which serves the public key) and the tests (which sign) share it across class loaders.
 */
final class Tokens {

    static final String REALM_PATH = "/realms/test";
    private static final String PROPERTY = "switchboard.test.signing-jwk";

    private Tokens() {
    }

    static synchronized String publicKeys() {
        return new JsonWebKeySet(key()).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    /** A user's token (password grant): {@code preferred_username}, no {@code client_id}. */
    static String user(String issuer, String username) {
        JwtClaims claims = claims(issuer, 300);
        claims.setClaim("preferred_username", username);
        return sign(claims, key());
    }

    /** An integration client's token (client credentials): Keycloak adds {@code client_id}. */
    static String client(String issuer, String clientId) {
        JwtClaims claims = claims(issuer, 300);
        claims.setClaim("client_id", clientId);
        claims.setClaim("preferred_username", "service-account-" + clientId);
        return sign(claims, key());
    }

    static String expiredUser(String issuer, String username) {
        JwtClaims claims = claims(issuer, -600);
        claims.setClaim("preferred_username", username);
        return sign(claims, key());
    }

    /** The same claims as {@link #user}, signed by a key the issuer never published. */
    static String forgedUser(String issuer, String username) {
        JwtClaims claims = claims(issuer, 300);
        claims.setClaim("preferred_username", username);
        try {
            RsaJsonWebKey other = RsaJwkGenerator.generateJwk(2048);
            other.setKeyId(key().getKeyId()); // even claiming the real key's id
            return sign(claims, other);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaims claims(String issuer, int expiresInSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(java.util.UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(expiresInSeconds / 60f);
        return claims;
    }

    private static String sign(JwtClaims claims, RsaJsonWebKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized RsaJsonWebKey key() {
        try {
            String stored = System.getProperty(PROPERTY);
            if (stored != null) {
                return (RsaJsonWebKey) JsonWebKey.Factory.newJwk(stored);
            }
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("test-key");
            System.setProperty(PROPERTY, key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
