package io.switchboard.ticket.template.api;

import io.switchboard.ticket.template.domain.ReplacementCode;
import io.switchboard.ticket.template.domain.Template;
import io.switchboard.ticket.ticket.domain.MessageBody;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON shapes of templates. */
public final class TemplateViews {

    private TemplateViews() {
    }

    /** One template; {@code manageable} says whether the caller may change and delete it. */
    public record TemplateView(UUID id, String serviceCode, boolean shared, String title, String searchCode,
                               String body, MessageBody.Format format, List<UUID> processingTypeIds, long usageCount,
                               boolean manageable, long version, String createdBy, Instant createdAt,
                               String updatedBy, Instant updatedAt) {
        static TemplateView of(Template t, boolean manageable) {
            return new TemplateView(t.id(), t.serviceCode(), t.isShared(), t.title(), t.searchCode(), t.body(),
                    t.format(), t.processingTypeIds().stream().sorted().toList(), t.usageCount(), manageable,
                    t.version(), t.createdBy(), t.createdAt(), t.updatedBy(), t.updatedAt());
        }
    }

    public record TemplatePageView(List<TemplateView> items, long total) {
    }

    public record RenderedView(UUID templateId, String body, MessageBody.Format format) {
    }

    /** A replacement code as the console offers it for insertion. */
    public record CodeView(String code, String placeholder, Map<String, String> labels) {
        static CodeView of(ReplacementCode code) {
            return new CodeView(code.code(), code.placeholder(), code.labels());
        }
    }
}
