package io.switchboard.ticket.ticket.api;

import io.switchboard.ticket.ticket.application.NewTicket;
import io.switchboard.ticket.ticket.domain.Channel;
import io.switchboard.ticket.ticket.domain.Customer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new inquiry", example = """
        {"title": "Refund for order 1234", "content": "I was charged twice.", "channel": "MANUAL",
         "customer": {"email": "kim@example.com", "name": "Kim Minji"}}""")
public record CreateTicketRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100_000) String content,
        @Schema(description = "Defaults to MANUAL for operators and API for integrations") Channel channel,
        @NotNull @Valid CustomerRequest customer) {

    public record CustomerRequest(@NotBlank @Email @Size(max = 254) String email, @Size(max = 100) String name) {
    }

    NewTicket toNewTicket() {
        return new NewTicket(title.strip(), content, channel, new Customer(customer.email().strip(), customer.name()));
    }
}
