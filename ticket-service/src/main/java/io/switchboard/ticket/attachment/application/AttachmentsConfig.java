package io.switchboard.ticket.attachment.application;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.switchboard.ticket.attachment.domain.AllowedType;
import io.switchboard.ticket.attachment.domain.AttachmentPolicy;
import io.switchboard.ticket.attachment.domain.FileSignature;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The attachment allow-list and size limit ({@code switchboard.attachments.*} in application.properties). */
@ConfigMapping(prefix = "switchboard.attachments")
public interface AttachmentsConfig {

    /** Largest file accepted; keep {@code quarkus.http.limits.max-body-size} a little above it. */
    @WithDefault("10M")
    MemorySize maxSize();

    /** Allowed types by a short name, e.g. {@code png}. */
    Map<String, Type> types();

    interface Type {
        String mediaType();

        List<String> extensions();

        /** Magic bytes the content must start with; none for text formats. */
        Optional<FileSignature> signature();
    }

    default AttachmentPolicy policy() {
        return new AttachmentPolicy(maxSize().asLongValue(), types().values().stream()
                .map(t -> new AllowedType(t.mediaType(), Set.copyOf(t.extensions()), t.signature()))
                .toList());
    }
}
