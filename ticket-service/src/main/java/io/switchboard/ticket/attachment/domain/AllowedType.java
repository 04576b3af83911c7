package io.switchboard.ticket.attachment.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** One allowed attachment type: its media type, file name extensions and, for binary formats, magic bytes. */
public record AllowedType(String mediaType, Set<String> extensions, Optional<FileSignature> signature) {

    public AllowedType {
        mediaType = mediaType.toLowerCase(Locale.ROOT);
        extensions = extensions.stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
