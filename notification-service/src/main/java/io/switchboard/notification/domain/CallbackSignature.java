package io.switchboard.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a callback request: {@code v1=} and the hex HMAC-SHA256, keyed with the service's
 * secret (its UTF-8 bytes), over {@code timestamp + "." + body}. The timestamp in the signed text lets a
 * receiver refuse replays of old requests.
 */
public final class CallbackSignature {

    public static final String VERSION = "v1";

    private CallbackSignature() {
    }

    public static String sign(String secret, long epochSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return VERSION + "=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
