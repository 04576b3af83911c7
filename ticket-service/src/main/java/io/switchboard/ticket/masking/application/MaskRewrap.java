package io.switchboard.ticket.masking.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.switchboard.ticket.masking.domain.MessageMask;
import io.switchboard.ticket.masking.persistence.MessageMasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * After a key rotation (a new first key in {@link MaskingConfig#keys()}), seals the masks sealed under the older listed
 * keys again under the current one, batch by batch at start-up, so the old keys can then be dropped from the list.
 * Nothing here stops the service: a mask that does not open is logged and left as it is, and masks under keys no
 * longer listed are counted in a warning (they cannot be unmasked until their key is listed again).
 */
@ApplicationScoped
public class MaskRewrap {

    private static final Logger LOG = Logger.getLogger(MaskRewrap.class);
    static final int BATCH = 200;

    private final MessageMasks masks;
    private final MaskCipher cipher;

    MaskRewrap(MessageMasks masks, MaskCipher cipher) {
        this.masks = masks;
        this.cipher = cipher;
    }

    /** One batch: how many were sealed again, and the last mask looked at (the next batch starts after it). */
    public record Batch(int looked, int resealed, UUID last) {
    }

    void onStart(@Observes StartupEvent start) {
        int total = rewrapAll();
        if (total > 0) {
            LOG.infof("Sealed %d masks again under key %s", total, cipher.currentKeyId());
        }
        List<String> listed = new ArrayList<>(cipher.olderKeyIds());
        listed.add(cipher.currentKeyId());
        QuarkusTransaction.requiringNew().call(() -> masks.sealedUnderOtherKeys(listed)).forEach((key, count) ->
                LOG.warnf("%d masks are sealed under key %s, which %s no longer lists: they cannot be unmasked until "
                        + "it is listed again", count, key, MaskingConfig.KEYS_SETTING));
    }

    /** Seals every mask of the older listed keys again; answers how many. */
    public int rewrapAll() {
        List<String> older = cipher.olderKeyIds();
        int total = 0;
        UUID after = MessageMasks.FIRST;
        for (Batch batch; !older.isEmpty() && (batch = rewrapBatch(older, after)).looked() > 0; after = batch.last()) {
            total += batch.resealed();
        }
        return total;
    }

    /** Up to {@link #BATCH} masks of the older keys after {@code after}, sealed again. */
    @Transactional
    public Batch rewrapBatch(List<String> older, UUID after) {
        List<MessageMask> batch = masks.sealedUnder(older, after, BATCH);
        int resealed = 0;
        for (MessageMask mask : batch) {
            try {
                mask.reseal(cipher.seal(mask, cipher.open(mask)), cipher.sealAttributes(mask, cipher.openAttributes(mask)));
                resealed++;
            } catch (RuntimeException unreadable) {
                LOG.errorf("Mask %s (key %s) does not open, left as it is: %s", mask.id(), mask.sealedOriginal().keyId(),
                        unreadable.getMessage());
            }
        }
        return new Batch(batch.size(), resealed, batch.isEmpty() ? after : batch.get(batch.size() - 1).id());
    }
}
