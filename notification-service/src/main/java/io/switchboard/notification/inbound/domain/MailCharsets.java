package io.switchboard.notification.inbound.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * MIME charset names as mailers write them, mapped to the Java charset that decodes what they really send:
 * Japanese and Korean mailers label the Microsoft supersets with the standard names (a ① in "ISO-2022-JP",
 * a 똠 in "EUC-KR"), so the superset decodes the standard and its extensions alike.
 */
final class MailCharsets {

    static final Charset ISO_2022_JP = supersetOr("x-windows-iso2022jp", "ISO-2022-JP");
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Charset WINDOWS_949 = supersetOr("x-windows-949", "EUC-KR");
    private static final Charset EUC_JP = Charset.forName("EUC-JP");

    private static final Map<String, Charset> ALIASES = Map.ofEntries(
            Map.entry("iso-2022-jp", ISO_2022_JP),
            Map.entry("csiso2022jp", ISO_2022_JP),
            Map.entry("shift_jis", WINDOWS_31J),
            Map.entry("shift-jis", WINDOWS_31J),
            Map.entry("sjis", WINDOWS_31J),
            Map.entry("x-sjis", WINDOWS_31J),
            Map.entry("ms_kanji", WINDOWS_31J),
            Map.entry("cp932", WINDOWS_31J),
            Map.entry("euc-kr", WINDOWS_949),
            Map.entry("ks_c_5601-1987", WINDOWS_949),
            Map.entry("ks_c_5601", WINDOWS_949),
            Map.entry("ksc5601", WINDOWS_949),
            Map.entry("cp949", WINDOWS_949),
            Map.entry("euc-jp", EUC_JP),
            Map.entry("x-euc-jp", EUC_JP),
            // 7-bit labels on 8-bit text are common; UTF-8 reads ASCII unchanged
            Map.entry("us-ascii", StandardCharsets.UTF_8),
            Map.entry("ascii", StandardCharsets.UTF_8));

    private MailCharsets() {
    }

    /** The charset for a MIME name (quotes, case and RFC 2231 language suffix tolerated), if any is known. */
    static Optional<Charset> forName(String mimeName) {
        if (mimeName == null) {
            return Optional.empty();
        }
        String name = mimeName.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        int language = name.indexOf('*');
        if (language >= 0) {
            name = name.substring(0, language);
        }
        Charset alias = ALIASES.get(name);
        if (alias != null) {
            return Optional.of(alias);
        }
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    /** Bytes as strict UTF-8, or empty when they are not UTF-8. */
    static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Charset supersetOr(String superset, String standard) {
        return Charset.isSupported(superset) ? Charset.forName(superset) : Charset.forName(standard);
    }
}
