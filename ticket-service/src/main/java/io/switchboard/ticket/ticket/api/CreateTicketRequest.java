package io.switchboard.ticket.ticket.api;

import io.switchboard.ticket.ticket.application.NewTicket;
import io.switchboard.ticket.ticket.domain.Channel;
import io.switchboard.ticket.ticket.domain.Customer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new inquiry", example = """
        {"title": "Refund for order 1234", "content": "I was charged twice.", "channel": "MANUAL",
         "customer": {"email": "kim@example.com", "name": "Kim Minji", "phone": "+82 10-1234-5678"}}""")
public record CreateTicketRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100_000) String content,
        @Schema(description = "Defaults to MANUAL for operators and API for integrations") Channel channel,
        @NotNull @Valid CustomerRequest customer) {

    public record CustomerRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 100) String name,
            @Schema(description = "Phone tickets find their customer by this number", example = "+82 10-1234-5678")
            @Size(max = 32) @Pattern(regexp = "\\+?[0-9 ()-]*", message = "must be a phone number: digits, spaces, ( ) - and a leading +")
            String phone,
            @Schema(description = "The customer's login id on your site") @Size(max = 100) String loginId) {
    }

    NewTicket toNewTicket() {
        return new NewTicket(title.strip(), content, channel, new Customer(customer.email().strip(), customer.name()),
                customer.phone(), customer.loginId());
    }
}
