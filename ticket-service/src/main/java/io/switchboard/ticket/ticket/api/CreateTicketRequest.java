package io.switchboard.ticket.ticket.api;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.ticket.application.NewTicket;
import io.switchboard.ticket.ticket.application.Placement;
import io.switchboard.ticket.ticket.application.RequestedAttributes;
import io.switchboard.ticket.ticket.domain.CallbackReservation;
import io.switchboard.ticket.ticket.domain.Channel;
import io.switchboard.ticket.ticket.domain.Customer;
import io.switchboard.ticket.ticket.domain.Priority;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new inquiry", example = """
        {"title": "Refund for order 1234", "content": "I was charged twice.", "channel": "MANUAL",
         "customer": {"email": "kim@example.com", "name": "Kim Minji", "phone": "+82 10-1234-5678"},
         "priority": "HIGH", "language": "ko", "inquiryTypeId": "d0000000-0000-4000-8000-000000000002",
         "tags": ["vip"], "fields": {"order_no": "1234"},
         "groupId": "a0000000-0000-4000-8000-000000000001", "assignee": "bob"}""")
public record CreateTicketRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100_000) String content,
        @Schema(description = "Defaults to MANUAL for operators and API for integrations") Channel channel,
        @NotNull @Valid CustomerRequest customer,
        @Schema(description = "NORMAL unless given") Priority priority,
        @Schema(description = "One of the service's help-center languages; its first one unless given", example = "ko")
        @Size(max = 16) String language,
        @Schema(description = "One of the service's inquiry types (integrations: an active one)") UUID inquiryTypeId,
        @Schema(description = "One of the service's processing types (integrations: an active one)") UUID processingTypeId,
        @Schema(description = "At most 20, each 1–50 characters; trimmed, unique ignoring case") List<String> tags,
        @Schema(description = "Field values by field code; required customer fields of the inquiry type must be given")
        @JsonSetter(contentNulls = Nulls.SET) @Size(max = 200) Map<String, Object> fields,
        @Schema(description = "Operators with the forward permission (and admins): the group whose queue the ticket "
                + "starts in; routing then leaves it there") UUID groupId,
        @Schema(description = "With groupId: an operator of that group with ticket assignment on; the ticket starts "
                + "IN_PROGRESS with them", example = "bob") @Size(max = 100) String assignee,
        @Schema(description = "Integrations: the customer agreed to the privacy notice; must be true where the "
                + "service's privacy_consent system field is active") Boolean privacyConsent) {

    @Schema(description = "Who asked: an e-mail address, except on PHONE tickets, which need the phone number instead "
            + "(a PHONE ticket without e-mail gets no mail replies)")
    public record CustomerRequest(
            @Email @Size(max = 254) String email,
            @Size(max = 100) String name,
            @Schema(description = "Phone tickets find their customer by this number", example = "+82 10-1234-5678")
            // blank is no number; anything else is a number to call, as a callback's (a phone ticket's one contact)
            @Pattern(regexp = "\\s*|" + CallbackReservation.PHONE_REGEX, message = CallbackReservation.PHONE_RULE)
            String phone,
            @Schema(description = "The customer's login id on your site") @Size(max = 100) String loginId) {
    }

    NewTicket toNewTicket() {
        String email = blankToNull(customer.email());
        String phone = blankToNull(customer.phone());
        if (channel == Channel.PHONE && phone == null) {
            throw new ProblemException.Invalid("customer.phone", "is required on PHONE tickets");
        }
        if (channel != Channel.PHONE && email == null) {
            throw new ProblemException.Invalid("customer.email", "is required unless the channel is PHONE");
        }
        return new NewTicket(title.strip(), content, channel, new Customer(email, customer.name(), phone),
                customer.loginId(),
                new RequestedAttributes(priority, language, Optional.ofNullable(inquiryTypeId),
                        Optional.ofNullable(processingTypeId), tags, fields), privacyConsent);
    }

    /** Where the operator puts the new ticket; null when they leave it to routing. */
    Placement placement() {
        if (groupId == null) {
            if (blankToNull(assignee) != null) {
                throw new ProblemException.Invalid("groupId", "is required with an assignee");
            }
            return null;
        }
        return new Placement(groupId, blankToNull(assignee));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
