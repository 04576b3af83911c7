package io.switchboard.ticket.masking.application;

import io.quarkus.runtime.Startup;
import io.switchboard.platform.secret.KeyRing;
import io.switchboard.ticket.masking.domain.MessageMask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Seals masked originals under the current key of {@link MaskingConfig#keys()}; made at start, so a bad key stops it. */
@Startup
@ApplicationScoped
public class MaskCipher {

    private final KeyRing keys;

    @Inject
    MaskCipher(MaskingConfig config) {
        this(config.keys());
    }

    /** From {@code id:base64} entries, the first current. */
    public MaskCipher(List<String> keyEntries) {
        this.keys = KeyRing.parse(keyEntries, MaskingConfig.KEYS_SETTING);
    }

    public KeyRing.Sealed seal(MessageMask mask, String original) {
        return keys.seal(mask.sealingContext(), original);
    }

    public String open(MessageMask mask) {
        return keys.open(mask.sealingContext(), mask.sealedOriginal());
    }

    /** The attributes a mask took out, written as JSON; null for none (and answers null). */
    public KeyRing.Sealed sealAttributes(MessageMask mask, String attributes) {
        return attributes == null ? null : keys.seal(mask.attributesSealingContext(), attributes);
    }

    public String openAttributes(MessageMask mask) {
        return mask.sealedAttributes().map(sealed -> keys.open(mask.attributesSealingContext(), sealed)).orElse(null);
    }

    public String currentKeyId() {
        return keys.currentKeyId();
    }

    /** Listed keys that only open: masks under them are sealed again under the current one. */
    public List<String> olderKeyIds() {
        return keys.olderKeyIds();
    }

    /** Whether the key is still listed (a mask under an unlisted one cannot be opened). */
    public boolean lists(String keyId) {
        return keyId.equals(currentKeyId()) || olderKeyIds().contains(keyId);
    }
}
