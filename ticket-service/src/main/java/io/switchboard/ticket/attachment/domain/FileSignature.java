package io.switchboard.ticket.attachment.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Magic bytes at the start of binary file formats; a declared type must match the content. */
public enum FileSignature {
    PNG(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    GIF(ascii("GIF8")),
    PDF(ascii("%PDF-")),
    /** zip and the Office Open XML formats (docx, xlsx, pptx) */
    ZIP(new byte[] {'P', 'K', 0x03, 0x04}),
    /** legacy Office documents (doc, xls, ppt): OLE2 compound files */
    OLE2(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}),
    /** RIFF container with the WEBP form type at offset 8 */
    WEBP(ascii("RIFF"));

    /** How many leading bytes are enough to check every signature. */
    public static final int HEAD_LENGTH = 16;

    private final byte[] prefix;

    FileSignature(byte[] prefix) {
        this.prefix = prefix;
    }

    public boolean matches(byte[] head) {
        if (head.length < prefix.length || !Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length)) {
            return this == ZIP && isEmptyZip(head);
        }
        return switch (this) {
            case WEBP -> head.length >= 12 && Arrays.equals(head, 8, 12, ascii("WEBP"), 0, 4);
            case GIF -> head.length >= 6 && (head[4] == '7' || head[4] == '9') && head[5] == 'a';
            default -> true;
        };
    }

    private static boolean isEmptyZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 0x05 && head[3] == 0x06;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
