package io.switchboard.ticket.attachment.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which files may be attached: at most {@code maxSize} bytes, of an allowed type, with a file name
 * extension of that type and, for binary formats, content that starts with the type's magic bytes.
 */
public record AttachmentPolicy(long maxSize, List<AllowedType> allowed) {

    private static final String OCTET_STREAM = "application/octet-stream";

    public AttachmentPolicy {
        allowed = List.copyOf(allowed);
    }

    public void checkSize(long size) {
        if (size > maxSize) {
            throw new AttachmentTooLarge(size, maxSize);
        }
    }

    /**
     * The media type to store the file under. A missing or generic declared type is taken from the extension.
     *
     * @param head the first {@link FileSignature#HEAD_LENGTH} bytes (fewer for a short file)
     */
    public String check(FileName name, String declaredType, long size, byte[] head) {
        checkSize(size);
        String declared = mediaType(declaredType);
        AllowedType type = declared.isEmpty() || declared.equals(OCTET_STREAM)
                ? byExtension(name.extension()).orElseThrow(() -> new UnsupportedAttachmentType(
                        "Files ending in '." + name.extension() + "' are not allowed; allowed types: " + mediaTypes() + "."))
                : byMediaType(declared).orElseThrow(() -> new UnsupportedAttachmentType(
                        "Files of type " + declared + " are not allowed; allowed types: " + mediaTypes() + "."));
        if (!type.extensions().contains(name.extension())) {
            throw new UnsupportedAttachmentType("The file name '" + name.value() + "' does not end in an extension of "
                    + type.mediaType() + " (" + new TreeSet<>(type.extensions()) + ").");
        }
        if (type.signature().isPresent() && !type.signature().get().matches(head)) {
            throw new UnsupportedAttachmentType("The content of '" + name.value() + "' is not " + type.mediaType() + ".");
        }
        return type.mediaType();
    }

    private Optional<AllowedType> byMediaType(String mediaType) {
        return allowed.stream().filter(t -> t.mediaType().equals(mediaType)).findFirst();
    }

    private Optional<AllowedType> byExtension(String extension) {
        return allowed.stream().filter(t -> t.extensions().contains(extension)).findFirst();
    }

    private TreeSet<String> mediaTypes() {
        TreeSet<String> types = new TreeSet<>();
        allowed.forEach(t -> types.add(t.mediaType()));
        return types;
    }

    private static String mediaType(String declared) {
        if (declared == null) {
            return "";
        }
        int semicolon = declared.indexOf(';');
        return (semicolon < 0 ? declared : declared.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
