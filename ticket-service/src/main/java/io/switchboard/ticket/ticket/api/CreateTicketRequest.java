package io.switchboard.ticket.ticket.api;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.switchboard.ticket.ticket.application.NewTicket;
import io.switchboard.ticket.ticket.application.RequestedAttributes;
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
         "tags": ["vip"], "fields": {"order_no": "1234"}}""")
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
        @JsonSetter(contentNulls = Nulls.SET) @Size(max = 200) Map<String, Object> fields) {

    public record CustomerRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 100) String name,
            @Schema(description = "Phone tickets find their customer by this number", example = "+82 10-1234-5678")
            @Size(max = 32) @Pattern(regexp = "\\+?[0-9 ()-]*", message = "must be a phone number: digits, spaces, ( ) - and a leading +")
            String phone,
            @Schema(description = "The customer's login id on your site") @Size(max = 100) String loginId) {
    }

    NewTicket toNewTicket() {
        return new NewTicket(title.strip(), content, channel,
                new Customer(customer.email().strip(), customer.name(), customer.phone()), customer.loginId(),
                new RequestedAttributes(priority, language, Optional.ofNullable(inquiryTypeId),
                        Optional.ofNullable(processingTypeId), tags, fields));
    }
}
