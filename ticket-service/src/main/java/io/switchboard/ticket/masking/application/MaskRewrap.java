package io.switchboard.ticket.masking.application;

import io.quarkus.runtime.StartupEvent;
import io.switchboard.ticket.masking.domain.MessageMask;
import io.switchboard.ticket.masking.persistence.MessageMasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * After a key rotation (a new first key in {@link MaskingConfig#keys()}), seals the masks sealed under older keys
 * again under the current one, batch by batch at start-up, so the old keys can then be dropped from the list.
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

    void onStart(@Observes StartupEvent start) {
        int total = 0;
        int done;
        while ((done = rewrapBatch()) > 0) {
            total += done;
        }
        if (total > 0) {
            LOG.infof("Sealed %d masks again under key %s", total, cipher.currentKeyId());
        }
    }

    /** Seals up to {@link #BATCH} masks of older keys again; answers how many. */
    @Transactional
    public int rewrapBatch() {
        List<MessageMask> old = masks.sealedUnderOtherKeyThan(cipher.currentKeyId(), BATCH);
        for (MessageMask mask : old) {
            mask.reseal(cipher.seal(mask.messageId(), mask.id(), cipher.open(mask)));
        }
        return old.size();
    }
}
