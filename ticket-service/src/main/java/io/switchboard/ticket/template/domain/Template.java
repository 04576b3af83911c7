package io.switchboard.ticket.template.domain;

import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.ticket.domain.MessageBody;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A reply template (템플릿 / テンプレート): a service's own, or shared by every service of the organisation
 * ({@code serviceCode} null). Operators find it by its search code and insert its body, codes filled.
 */
@Entity
@Table(name = "template")
public class Template {

    public static final int MAX_TITLE = 100;
    public static final int MAX_SEARCH_CODE = 20;
    // letters of any script count, so 환불 and へんきん are codes as much as refund
    private static final Pattern SEARCH_CODE = Pattern.compile("[\\p{L}\\p{N}]{1," + MAX_SEARCH_CODE + "}");

    /** What an admin writes; the body is already sanitised when HTML. */
    /**
     * What an admin wrote; {@code refused} are the problems found while reading it (e.g. a body with nothing left once
     * cleaned, which is then null), named in the same 400 as the template's own.
     */
    public record Content(String title, String searchCode, MessageBody body, Set<UUID> processingTypeIds,
                          List<Problem.FieldError> refused) {

        public Content(String title, String searchCode, MessageBody body, Set<UUID> processingTypeIds) {
            this(title, searchCode, body, processingTypeIds, List.of());
        }
    }

    @Id
    private UUID id;

    @Column(name = "service_code")
    private String serviceCode;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageBody.Format format;

    @Column(name = "search_code", nullable = false)
    private String searchCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "template_processing_type", joinColumns = @JoinColumn(name = "template_id"))
    @Column(name = "processing_type_id")
    private Set<UUID> processingTypeIds = new LinkedHashSet<>();

    /** Counted by an UPDATE of its own (TemplateRepository.countUse), never written back by a change. */
    @Column(name = "usage_count", nullable = false, updatable = false)
    private long usageCount;

    @Version
    private long version;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Template() {
    }

    /** A new template of the service, or a shared one when {@code serviceCode} is null. */
    public Template(String serviceCode, Content content, String author, Instant now) {
        this.id = UUID.randomUUID();
        this.serviceCode = serviceCode;
        this.createdBy = author;
        this.createdAt = now;
        change(content, author, now);
    }

    /** Replaces what the admin wrote; 400 naming every invalid member at once. */
    public void change(Content content, String author, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>(content.refused());
        if (content.title() == null || content.title().isBlank() || content.title().strip().length() > MAX_TITLE) {
            errors.add(new Problem.FieldError("title", "must be 1 to " + MAX_TITLE + " characters"));
        }
        if (!isSearchCode(content.searchCode())) {
            errors.add(new Problem.FieldError("searchCode",
                    "must be 1 to " + MAX_SEARCH_CODE + " letters or digits (any script), without spaces or symbols"));
        }
        List<String> unknown = content.body() == null ? List.of() : TemplateBody.unknownCodes(content.body().text());
        if (!unknown.isEmpty()) {
            errors.add(new Problem.FieldError("body", TemplateBody.unknownCodesMessage(unknown)));
        }
        if (isShared() && !content.processingTypeIds().isEmpty()) {
            errors.add(new Problem.FieldError("processingTypeIds",
                    "must be empty: a shared template suits every service, and processing types are a service's own"));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            throw new InvalidTemplate(unknown, errors);
        }
        this.title = content.title().strip();
        this.searchCode = normalised(content.searchCode());
        this.body = content.body().text();
        this.format = content.body().format();
        this.processingTypeIds = new LinkedHashSet<>(content.processingTypeIds());
        this.updatedBy = author;
        this.updatedAt = now;
    }

    /** The 400 of an invalid template; names the unknown codes (none when other members were wrong). */
    public static class InvalidTemplate extends ProblemException.Invalid {
        private final List<String> codes;

        InvalidTemplate(List<String> codes, List<Problem.FieldError> errors) {
            super(codes.isEmpty() ? "The template has invalid fields."
                    : "The template uses unknown replacement codes: " + String.join(", ", codes) + ".", errors);
            this.codes = codes;
        }

        @Override
        public Map<String, Object> extensions() {
            return codes.isEmpty() ? Map.of() : Map.of("unknownCodes", codes);
        }
    }

    /** Search codes compare in NFC, so a code typed on another keyboard (decomposed kana) is the same code. */
    public static String normalised(String searchCode) {
        return Normalizer.normalize(searchCode.strip(), Normalizer.Form.NFC);
    }

    private static boolean isSearchCode(String code) {
        return code != null && SEARCH_CODE.matcher(normalised(code)).matches();
    }

    public boolean isShared() {
        return serviceCode == null;
    }

    /** Whether operators of the service may use it: the service's own, or shared. */
    public boolean availableIn(String code) {
        return isShared() || serviceCode.equals(code);
    }

    public String render(RenderValues values) {
        return TemplateBody.render(body, format, values);
    }

    public UUID id() {
        return id;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public MessageBody.Format format() {
        return format;
    }

    public String searchCode() {
        return searchCode;
    }

    public Set<UUID> processingTypeIds() {
        return Set.copyOf(processingTypeIds);
    }

    public long usageCount() {
        return usageCount;
    }

    public long version() {
        return version;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
