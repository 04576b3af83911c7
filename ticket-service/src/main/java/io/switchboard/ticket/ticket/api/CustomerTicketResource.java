package io.switchboard.ticket.ticket.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.ticket.integration.application.CustomerTickets;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import io.switchboard.platform.paging.Cursor;
import io.switchboard.ticket.ticket.application.TicketPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/services/{serviceCode}/customers/tickets")
@Tag(name = "Third-party API")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerTicketResource {

    private final CustomerTickets tickets;
    private final Callers callers;

    CustomerTicketResource(CustomerTickets tickets, Callers callers) {
        this.tickets = tickets;
        this.callers = callers;
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,integration")
    @RolesAllowed({Caller.AGENT, Caller.INTEGRATION})
    @Operation(summary = "A customer's tickets in a service, newest first",
            description = "Integrations need a grant for the service, operators a membership; otherwise 404.")
    @APIResponse(responseCode = "200", description = "One page; pass next as cursor for the following one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = """
                    {"items": [{"id": "0b9f7c1e-4f7a-4c3e-9d55-2b1f3c4d5e6f", "number": "CS-42", "serviceCode": "CS",
                      "title": "Refund for order 1234", "content": "I was charged twice.", "channel": "API",
                      "status": "UNASSIGNED", "group": null, "assignee": null,
                      "customer": {"email": "kim@example.com", "name": "Kim Minji"},
                      "createdBy": "service-account-demo-integration", "createdAt": "2026-01-05T09:00:00Z",
                      "updatedAt": "2026-01-05T09:00:00Z", "version": 0}],
                     "next": null}""")))
    public TicketListView list(
            @PathParam("serviceCode") String serviceCode,
            @Parameter(description = "the customer's e-mail address (case-insensitive)", example = "kim@example.com")
            @QueryParam("email") @NotBlank @Email @Size(max = 254) String email,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Parameter(description = "the next value of the previous page") @QueryParam("cursor") String cursor) {
        TicketPage page = tickets.of(callers.current(), serviceCode, email, Cursor.decode(cursor), limit);
        return new TicketListView(page.tickets().stream().map(TicketViews::of).toList(), Cursor.encode(page.next()));
    }
}
