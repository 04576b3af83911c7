package io.switchboard.ticket.forbiddenword.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** A word a service's replies must not contain (금칙어 / 禁則語). */
@Entity
@Table(name = "forbidden_word")
public class ForbiddenWord {

    @Id
    private UUID id;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(nullable = false)
    private String word;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ForbiddenWord() {
    }

    public ForbiddenWord(String serviceCode, String word, String createdBy, Instant createdAt) {
        if (word == null || word.isBlank()) {
            throw new IllegalArgumentException("a forbidden word cannot be blank");
        }
        this.id = UUID.randomUUID();
        this.serviceCode = serviceCode;
        this.word = word.strip();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * The words of the list that occur in the text as it reads, ignoring case (Korean and Japanese have none),
     * full-width and half-width forms (ｂａｋａ, ﾊﾞｶ) and invisible characters inside a word.
     */
    public static List<String> foundIn(String text, Collection<ForbiddenWord> words) {
        String haystack = comparable(text);
        return words.stream().map(ForbiddenWord::word)
                .filter(w -> haystack.contains(comparable(w))).toList();
    }

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

    private static String comparable(String text) {
        return INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    public UUID id() {
        return id;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String word() {
        return word;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
