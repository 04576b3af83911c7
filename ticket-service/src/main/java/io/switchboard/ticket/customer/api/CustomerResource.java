package io.switchboard.ticket.customer.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.ticket.customer.application.Customers;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customers of a service and their inquiry history, for the service's agents. */
@Path("/api/v1")
@Tag(name = "Customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    private final Customers customers;
    private final Callers callers;

    CustomerResource(Customers customers, Callers callers) {
        this.customers = customers;
        this.callers = callers;
    }

    @GET
    @Extension(name = Audience.KEY, value = "member")
    @Path("/services/{serviceCode}/customers/{id}")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Read a customer")
    public CustomerView get(@PathParam("serviceCode") String code, @PathParam("id") UUID id) {
        return CustomerView.of(customers.get(callers.current(), code, id));
    }

    @GET
    @Extension(name = Audience.KEY, value = "member")
    @Path("/services/{serviceCode}/customers")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Find a customer by e-mail", description = "Case-insensitive; an empty list if unknown.")
    public List<CustomerView> findByEmail(@PathParam("serviceCode") String code,
                                          @Parameter(description = "the customer's e-mail address", required = true)
                                          @QueryParam("email") String email) {
        return customers.findByEmail(callers.current(), code, email).stream().map(CustomerView::of).toList();
    }

    @GET
    @Extension(name = Audience.KEY, value = "member")
    @Path("/tickets/{id}/customer-history")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "The customer's other tickets, newest first",
            description = "Inquiry history: tickets of the same customer of this service (up to 100).")
    public List<InquiryView> history(@PathParam("id") UUID ticketId) {
        return customers.history(callers.current(), ticketId).stream().map(InquiryView::of).toList();
    }
}
