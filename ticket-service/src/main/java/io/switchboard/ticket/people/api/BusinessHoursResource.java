package io.switchboard.ticket.people.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import io.switchboard.ticket.people.application.ServiceCatalog;
import io.switchboard.ticket.people.domain.BusinessHours;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A service's business hours, read by its members and changed by its admins. */
@Path("/api/v1/services/{serviceCode}/business-hours")
@Tag(name = "Services")
@Produces(MediaType.APPLICATION_JSON)
public class BusinessHoursResource {

    private static final String EXAMPLE = """
            {"days": [{"day": "MONDAY", "opens": "09:00", "closes": "18:00"},
                      {"day": "SATURDAY", "opens": "10:00", "closes": "14:00"}],
             "holidays": ["2026-12-25", "2027-01-01"]}""";

    private final ServiceCatalog catalog;
    private final Callers callers;

    BusinessHoursResource(ServiceCatalog catalog, Callers callers) {
        this.catalog = catalog;
        this.callers = callers;
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,org-admin")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Read a service's business hours",
            description = "Opening hours per weekday in the service's time zone (absent weekday: closed) and holidays.")
    public BusinessHours get(@PathParam("serviceCode") String code) {
        return catalog.businessHours(callers.current(), code);
    }

    @PUT
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Replace a service's business hours",
            description = "Service admins and org-admins. Times are HH:mm (closes may be 24:00) and a weekday appears "
                    + "once; every bad row is named. Routing conditions and SLA clocks follow at once (ServiceChanged).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "weekdays and Saturday morning", value = EXAMPLE)))
    public BusinessHours replace(@PathParam("serviceCode") String code, @NotNull BusinessHours hours) {
        return catalog.changeBusinessHours(callers.current(), code, hours);
    }
}
