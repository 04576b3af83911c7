package io.switchboard.ticket.attachment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    static final AttachmentPolicy POLICY = new AttachmentPolicy(100, List.of(
            new AllowedType("image/png", Set.of("png"), Optional.of(FileSignature.PNG)),
            new AllowedType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"),
                    Optional.of(FileSignature.ZIP)),
            new AllowedType("image/webp", Set.of("webp"), Optional.of(FileSignature.WEBP)),
            new AllowedType("text/plain", Set.of("txt"), Optional.empty())));

    @Test
    void fileNamesLoseDirectoriesAndControlCharactersButKeepTheirScript() {
        assertEquals("보고서.pdf", FileName.sanitise("/tmp/../보고서.pdf").value());
        assertEquals("報告書.xlsx", FileName.sanitise("C:\\docs\\報告書.xlsx").value());
        assertEquals("ab.txt", FileName.sanitise("a\u0000b\n.txt").value());
        assertEquals("attachment", FileName.sanitise("../..").value());
        assertEquals("attachment", FileName.sanitise(null).value());
        assertEquals("htaccess", FileName.sanitise(".htaccess").value());
    }

    @Test
    void longNamesAreCutTo255CharactersKeepingTheExtension() {
        FileName name = FileName.sanitise("가".repeat(300) + ".pdf");
        assertEquals(255, name.value().length());
        assertTrue(name.value().endsWith("가.pdf"));
        assertEquals("pdf", name.extension());
        FileName emoji = FileName.sanitise("😀".repeat(200) + ".txt");
        assertTrue(emoji.value().length() <= 255);
        assertFalse(Character.isHighSurrogate(emoji.value().charAt(emoji.value().length() - 5)));
    }

    @Test
    void binaryTypesAreCheckedByTheirMagicBytes() {
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("image/webp", POLICY.check(FileName.sanitise("a.webp"), "image/webp", 16, webp));
        byte[] wave = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(UnsupportedAttachmentType.class, () -> POLICY.check(FileName.sanitise("a.webp"), "image/webp", 16, wave));
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                POLICY.check(FileName.sanitise("letter.docx"), null, 6, zip));
        assertEquals("text/plain", POLICY.check(FileName.sanitise("a.TXT"), "text/plain; charset=UTF-8", 2, new byte[] {'h', 'i'}));
    }

    @Test
    void typeNameAndSizeMustAgree() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        assertThrows(UnsupportedAttachmentType.class, () -> POLICY.check(FileName.sanitise("a.gif"), "image/png", 8, png));
        assertThrows(UnsupportedAttachmentType.class, () -> POLICY.check(FileName.sanitise("a.png"), "image/gif", 8, png));
        assertThrows(UnsupportedAttachmentType.class, () -> POLICY.check(FileName.sanitise("a.exe"), null, 8, png));
        assertThrows(AttachmentTooLarge.class, () -> POLICY.check(FileName.sanitise("a.png"), "image/png", 101, png));
        assertEquals("image/png", POLICY.check(FileName.sanitise("a.png"), "image/png", 100, png));
    }
}
