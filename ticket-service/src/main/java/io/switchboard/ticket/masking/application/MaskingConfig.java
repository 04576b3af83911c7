package io.switchboard.ticket.masking.application;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/** Personal-info masking settings of the installation, prefix {@code switchboard.masking}; per service ones are in the database. */
@ConfigMapping(prefix = "switchboard.masking")
public interface MaskingConfig {

    String KEYS_SETTING = "switchboard.masking.keys";

    /**
     * The keys that seal masked originals, each {@code id:base64 of 32 bytes}: the first seals, every listed one
     * opens. Rotate by putting a new key first; {@link MaskRewrap} seals older masks again under it at start-up.
     */
    List<String> keys();
}
