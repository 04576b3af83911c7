package io.switchboard.notification.application;

import io.switchboard.notification.domain.CallbackSecret;
import io.switchboard.notification.persistence.CallbackSecretRepository;
import io.switchboard.notification.persistence.ServiceCopyRepository;
import io.switchboard.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** Each service's callback signing secret: rotated by its admins, shown once, used only to sign. */
@ApplicationScoped
public class CallbackSecrets {

    /** A secret as rotation returns it, the only time it is readable. */
    public record Issued(UUID id, String serviceCode, String secret, Instant createdAt) {
    }

    private static final int SECRET_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final CallbackSecretRepository secrets;
    private final ServiceCopyRepository services;
    private final ServiceAccess access;
    private final SecretCipher cipher;
    private final Clock clock;

    CallbackSecrets(CallbackSecretRepository secrets, ServiceCopyRepository services, ServiceAccess access,
                    SecretCipher cipher, Clock clock) {
        this.secrets = secrets;
        this.services = services;
        this.access = access;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** A new secret for the service; the previous one stops signing at once. */
    @Transactional
    public Issued rotate(String serviceCode) {
        services.lock(serviceCode).orElseThrow(() -> unknown(serviceCode));
        access.requireAdmin(serviceCode, () -> unknown(serviceCode));
        byte[] raw = new byte[SECRET_BYTES];
        random.nextBytes(raw);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String sealed = cipher.seal(serviceCode, secret);
        Instant now = clock.instant();
        CallbackSecret current = secrets.find(serviceCode).orElse(null);
        if (current == null) {
            current = new CallbackSecret(serviceCode, sealed, now);
            secrets.add(current);
        } else {
            current.rotate(sealed, now);
        }
        return new Issued(current.id(), serviceCode, secret, current.createdAt());
    }

    /** The current secret's id and creation time, never the secret. */
    @Transactional
    public CallbackSecret describe(String serviceCode) {
        services.find(serviceCode).orElseThrow(() -> unknown(serviceCode));
        access.requireAdmin(serviceCode, () -> unknown(serviceCode));
        return secrets.find(serviceCode).orElseThrow(() -> new ProblemException.NotFound(
                "Service " + serviceCode + " has no callback secret yet; rotate one."));
    }

    /** The secret to sign with, for the sender only. */
    @Transactional
    public Optional<String> signingSecret(String serviceCode) {
        return secrets.find(serviceCode).map(s -> cipher.open(serviceCode, s.ciphertext()));
    }

    private static ProblemException.NotFound unknown(String serviceCode) {
        return new ProblemException.NotFound("No service " + serviceCode + ".");
    }
}
