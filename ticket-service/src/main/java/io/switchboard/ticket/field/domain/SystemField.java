package io.switchboard.ticket.field.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields every customer form has (PRODUCT.md §4). A service may rename them, order them among its customer fields
 * and flip the one switch each allows ({@link #changeable}); they cannot be deleted, only reset to what is built in.
 * Their values are the ticket's own: its inquiry type, the customer's e-mail, title and content; the privacy consent
 * is what an integration's {@code privacyConsent} says.
 */
public enum SystemField {
    INQUIRY_TYPE("inquiry_type", 1, false, true, Changeable.REQUIRED, 100,
            Map.of("ko", "문의 유형", "ja", "お問い合わせの種類", "en", "Inquiry type")),
    EMAIL("email", 2, true, true, Changeable.NONE, 100,
            Map.of("ko", "이메일", "ja", "メールアドレス", "en", "E-mail")),
    TITLE("text", 3, true, true, Changeable.NONE, 100,
            Map.of("ko", "제목", "ja", "件名", "en", "Title")),
    CONTENT("textarea", 4, true, true, Changeable.NONE, 100,
            Map.of("ko", "내용", "ja", "お問い合わせ内容", "en", "Content")),
    PRIVACY_CONSENT("agree", 5, true, false, Changeable.ACTIVE, 1_000,
            Map.of("ko", "개인정보 수집 및 이용에 동의합니다.", "ja", "個人情報の取り扱いに同意します。",
                    "en", "I agree to the collection and use of my personal information."));

    /** The one switch a service may flip on a system field, if any. */
    public enum Changeable { NONE, REQUIRED, ACTIVE }

    private final String type;
    private final int defaultPosition;
    private final boolean defaultRequired;
    private final boolean defaultActive;
    private final Changeable changeable;
    private final int maxNameLength;
    private final Map<String, String> defaultNames;

    SystemField(String type, int defaultPosition, boolean defaultRequired, boolean defaultActive, Changeable changeable,
                int maxNameLength, Map<String, String> defaultNames) {
        this.type = type;
        this.defaultPosition = defaultPosition;
        this.defaultRequired = defaultRequired;
        this.defaultActive = defaultActive;
        this.changeable = changeable;
        this.maxNameLength = maxNameLength;
        this.defaultNames = defaultNames;
    }

    /** The name in the API and the database, e.g. {@code privacy_consent}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SystemField> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }

    /** How the customer form asks for it: a field type of §4 (agree, text, textarea) or inquiry_type, email. */
    public String type() {
        return type;
    }

    public Changeable changeable() {
        return changeable;
    }

    /** Labels are short; the privacy consent's is the statement the customer agrees to. */
    public int maxNameLength() {
        return maxNameLength;
    }

    /** What is built in, and what a reset brings back. */
    public SystemFieldSetting.Values defaults() {
        return new SystemFieldSetting.Values(defaultNames, defaultRequired, defaultActive, defaultPosition);
    }
}
