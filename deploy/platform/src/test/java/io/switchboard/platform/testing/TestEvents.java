package io.switchboard.platform.testing;

import java.time.Instant;
import java.util.UUID;

/** CloudEvent records as another service would publish them, for feeding in-memory channels. */
public final class TestEvents {

    private TestEvents() {
    }

    public static String cloudEvent(UUID id, String source, String type, String subject, String dataJson) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","time":"%s","subject":"%s",\
                "datacontenttype":"application/json","data":%s}""".formatted(id, source, type, Instant.now(), subject,
                dataJson);
    }
}
