package io.switchboard.ticket.bulk.api;

import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.bulk.application.BulkCommand;
import io.switchboard.ticket.bulk.application.BulkJobs;
import io.switchboard.ticket.bulk.domain.BulkAction;
import io.switchboard.ticket.template.domain.TemplateBody;
import io.switchboard.ticket.ticket.api.ActionRequests;
import io.switchboard.ticket.ticket.application.HtmlSanitizer;
import io.switchboard.ticket.ticket.domain.MessageBody;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bulk job: the tickets and one action with its body, the members of the single action's request
 * (comment/hold/resolve: body, format; assign: groupId, assignee; forward: groupId, assignee, note).
 */
@Schema(description = "The tickets (1–500, each once) and one action with that action's members; members of "
        + "other actions are refused",
        example = "{\"ticketIds\": [\"5d2c1f0e-8a4b-4c6d-9e7f-0a1b2c3d4e5f\", \"6e3d2a1f-9b5c-4d7e-8f90-1a2b3c4d5e6f\"], "
                + "\"action\": \"resolve\", \"body\": \"점검이 완료되었습니다. メンテナンスが完了しました。\", "
                + "\"format\": \"TEXT\", \"versions\": {\"5d2c1f0e-8a4b-4c6d-9e7f-0a1b2c3d4e5f\": 4}}")
public record BulkJobRequest(
        @Schema(description = "The tickets, in the order they are processed")
        @NotNull @Size(min = 1, max = BulkJobs.MAX_TICKETS) List<@NotNull UUID> ticketIds,
        @Schema(enumeration = {"comment", "hold", "resolve", "assign", "forward"}) @NotNull String action,
        @Schema(description = "comment, hold, resolve: the reply (or comment) for every ticket; replacement codes "
                + "such as {{customer.name}} and {{ticket.number}} (docs/templates.md) are filled from each ticket, an "
                + "unknown code is a 400") String body,
        @Schema(description = "comment, hold, resolve: TEXT (default) or HTML") MessageBody.Format format,
        @Schema(description = "assign, forward: the target group") UUID groupId,
        @Schema(description = "assign (required), forward (optional): the target operator") String assignee,
        @Schema(description = "forward: a note for the new owner") String note,
        @Schema(description = "Optional: ticket id → the version you saw; a ticket changed since fails as "
                + "stale-version, the others go on. Tickets without one are taken at any version.")
        Map<UUID, @NotNull Long> versions) {

    /** The action's command, validated as its single action validates it; every invalid member named in one 400. */
    BulkCommand command(Validator validator) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        ticketIds.stream().filter(id -> !seen.add(id)).distinct().forEach(id ->
                errors.add(new Problem.FieldError("ticketIds", id + " is given more than once")));
        versions().keySet().stream().filter(id -> !seen.contains(id)).forEach(id ->
                errors.add(new Problem.FieldError("versions." + id, "is not one of ticketIds")));
        BulkAction parsed = Arrays.stream(BulkAction.values()).filter(a -> a.path().equals(action)).findFirst()
                .orElse(null);
        BulkCommand command = null;
        if (parsed == null) {
            errors.add(new Problem.FieldError("action", "must be one of "
                    + Arrays.stream(BulkAction.values()).map(BulkAction::path).toList()));
        } else if (parsed.replies()) {
            unused(errors, parsed, Map.of("groupId", groupId != null, "assignee", assignee != null, "note", note != null));
            ActionRequests.Message message = new ActionRequests.Message(body, format, null);
            errors.addAll(violations(validator, message));
            List<String> unknown = body == null ? List.of() : TemplateBody.unknownCodes(body);
            if (!unknown.isEmpty()) {
                errors.add(new Problem.FieldError("body", TemplateBody.unknownCodesMessage(unknown)));
            } else if (body != null && !body.isBlank()) {
                try {
                    HtmlSanitizer.body(body, format);
                } catch (ProblemException.Invalid empty) {
                    errors.addAll(empty.fieldErrors());
                }
            }
            command = BulkCommand.reply(parsed, message.draft());
        } else {
            unused(errors, parsed, Map.of("body", body != null, "format", format != null,
                    "note", parsed == BulkAction.ASSIGN && note != null));
            errors.addAll(violations(validator, parsed == BulkAction.ASSIGN ? new ActionRequests.Assign(groupId, assignee)
                    : new ActionRequests.Forward(groupId, assignee, note)));
            command = parsed == BulkAction.ASSIGN ? BulkCommand.assign(groupId, assignee)
                    : BulkCommand.forward(groupId, assignee, note);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("The request has invalid fields.", errors);
        }
        return command;
    }

    @Override
    public Map<UUID, Long> versions() {
        return versions == null ? Map.of() : versions;
    }

    private static void unused(List<Problem.FieldError> errors, BulkAction action, Map<String, Boolean> given) {
        given.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted().forEach(member ->
                errors.add(new Problem.FieldError(member, "is not used by " + action.path())));
    }

    private static <T> List<Problem.FieldError> violations(Validator validator, T request) {
        return validator.validate(request).stream()
                .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
    }
}
