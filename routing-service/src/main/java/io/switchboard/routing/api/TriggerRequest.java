package io.switchboard.routing.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.routing.application.TriggerDraft;
import io.switchboard.routing.domain.Results;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A trigger as an admin writes it. Conditions are checked row by row: an unknown target or
 * operator, an operator the target does not take, a bad regular expression or a value of the wrong
 * type is answered 400 with an error per row ({@code conditions[2].value}).
 *
 * @param version the version being changed (PUT only): a stale one is a 409
 */
@Schema(example = """
        {"title": "Billing to Support", "description": "Refunds and double charges (환불 / 返金)",
         "enabled": true, "runOnUpdate": false,
         "conditions": [
           {"required": true, "target": "INQUIRY_TYPE", "operator": "IN_SUBTREE",
            "value": "d0000000-0000-4000-8000-000000000001"},
           {"required": false, "target": "TITLE", "operator": "MATCHES", "value": "(?i)refund|환불|返金"},
           {"required": false, "target": "CUSTOMER_EMAIL_DOMAIN", "operator": "ONE_OF", "value": ["example.com"]}],
         "results": {
           "assign": {"groupId": "a0000000-0000-4000-8000-000000000001", "mode": "LEAST_LOADED", "maxOpenTickets": 20},
           "notify": [{"recipient": "ASSIGNEE", "messages": {
             "en": {"subject": "[{{ticket.number}}] {{ticket.title}}", "body": "Assigned to you: {{ticket.title}}"},
             "ko": {"subject": "[{{ticket.number}}] {{ticket.title}}", "body": "{{operator.name}}님께 할당되었습니다."}}}],
           "setPriority": "HIGH", "addTags": ["billing"]}}""")
public record TriggerRequest(String title, String description, Boolean enabled, Boolean runOnUpdate,
                             List<ConditionRequest> conditions, Results results, Integer version) {

    /** One row: {@code required} true = AND, false = OR; {@code field} for target FIELD only. */
    public record ConditionRequest(Boolean required, String target, String field, String operator, JsonNode value) {
    }

    TriggerDraft draft() {
        List<TriggerDraft.Row> rows = conditions == null ? null : conditions.stream()
                .map(c -> c == null ? null : new TriggerDraft.Row(c.required(), c.target(), c.field(), c.operator(),
                        c.value()))
                .toList();
        return new TriggerDraft(title, description, enabled, runOnUpdate, rows, results);
    }
}
