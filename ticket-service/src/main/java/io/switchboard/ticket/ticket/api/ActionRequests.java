package io.switchboard.ticket.ticket.api;

import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.ticket.application.MessageDraft;
import io.switchboard.ticket.ticket.domain.CallbackReservation;
import io.switchboard.ticket.ticket.domain.InternalResolution;
import io.switchboard.ticket.ticket.domain.MessageBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the ticket actions. */
public final class ActionRequests {

    private ActionRequests() {
    }

    @Schema(description = "Which of your groups takes the ticket; needed only when you are in several",
            example = "{\"groupId\": \"a0000000-0000-4000-8000-000000000001\"}")
    public record Keep(UUID groupId) {
    }

    @Schema(example = "{\"groupId\": \"a0000000-0000-4000-8000-000000000001\", \"assignee\": \"carol\"}")
    public record Assign(@NotNull UUID groupId, @NotBlank @Size(max = 64) String assignee) {
    }

    @Schema(description = "Without an assignee the ticket waits unassigned in the group's queue",
            example = "{\"groupId\": \"a0000000-0000-4000-8000-000000000001\", \"assignee\": \"carol\", "
                    + "\"note\": \"Billing question, please take over\"}")
    public record Forward(@NotNull UUID groupId, @Size(max = 64) String assignee, @Size(max = 10_000) String note) {
    }

    @Schema(description = "A reply, comment or re-inquiry; HTML is sanitised (no scripts). Attachments are ids of "
            + "files uploaded to the ticket first (POST /api/v1/tickets/{id}/attachments), at most 10, each sent once.",
            example = "{\"body\": \"환불 처리되었습니다. 返金いたしました。\", \"format\": \"TEXT\", "
                    + "\"attachments\": [\"5d2c1f0e-8a4b-4c6d-9e7f-0a1b2c3d4e5f\"]}")
    public record Message(@NotBlank @Size(max = 100_000) String body, MessageBody.Format format,
                          @Size(max = 10) List<@NotNull UUID> attachments) {

        public MessageDraft draft() {
            return new MessageDraft(body, format == null ? MessageBody.Format.TEXT : format, attachments);
        }
    }

    @Schema(example = "{\"reason\": \"SPAM\"}")
    public record InternalResolutionRequest(@NotNull InternalResolution reason) {
    }

    @Schema(description = "A callback reservation (약속콜): when to call the customer back and on which number",
            example = "{\"at\": \"2030-12-03T10:00:00+09:00\", \"phone\": \"010-1234-5678\", "
                    + "\"note\": \"After the refund is booked; ask for 김민지\"}")
    public record Callback(
            @Schema(description = "ISO-8601 date-time with an offset, in the future", format = "date-time",
                    example = "2030-12-03T10:00:00+09:00")
            @NotBlank String at,
            @Schema(description = "Digits, spaces, + - ( ), 4–30 characters; the customer's phone when absent",
                    example = "010-1234-5678")
            @Pattern(regexp = CallbackReservation.PHONE_REGEX, message = CallbackReservation.PHONE_RULE) String phone,
            @Schema(description = "At most 500 characters") @Size(max = CallbackReservation.MAX_NOTE) String note) {

        /** {@code at} as an instant; one without an offset, or no date-time at all, is a 400 naming {@code at}. */
        Instant instant() {
            try {
                return OffsetDateTime.parse(at.strip()).toInstant();
            } catch (DateTimeException e) {
                throw new ProblemException.Invalid("at",
                        "must be an ISO-8601 date-time with an offset, e.g. 2030-12-03T10:00:00+09:00");
            }
        }
    }

    @Schema(description = "How the call went, if worth noting", example = "{\"note\": \"Called; refund confirmed\"}")
    public record CallbackDone(@Schema(description = "At most 500 characters")
                               @Size(max = CallbackReservation.MAX_NOTE) String note) {
    }
}
