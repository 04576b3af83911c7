package io.switchboard.ticket.inquirytype.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An inquiry type with its children; {@code active} is shown to operators only (integrations see active types). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InquiryTypeView(UUID id, Map<String, String> names, int position, Boolean active,
                              List<InquiryTypeView> children) {
}
