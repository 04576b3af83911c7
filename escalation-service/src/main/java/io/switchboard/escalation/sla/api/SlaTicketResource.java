package io.switchboard.escalation.sla.api;

import io.switchboard.escalation.sla.application.SlaClocks;
import io.switchboard.escalation.sla.application.SlaEvents.TicketClocks;
import io.switchboard.platform.access.Audience;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A ticket's SLA clocks (docs/sla.md). */
@Path("/api/v1/sla/tickets/{ticketId}")
@Tag(name = "SLA")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public class SlaTicketResource {

    private final SlaClocks clocks;

    SlaTicketResource(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @GET
    @Extension(name = Audience.KEY, value = "member")
    @Operation(summary = "A ticket's SLA clocks",
            description = "The policy that applies (null: none) and each measured clock: RUNNING, PAUSED, MET or "
                    + "BREACHED, its target, when it is due and warns (null while paused or met), and whether it "
                    + "breached (also when met late). The same state SlaClocksChanged carries. Members of the "
                    + "ticket's service; 404 for everyone else.")
    @APIResponse(responseCode = "200", description = "the clocks", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "clocks", value = "{\"ticketId\":"
            + "\"5f0c6f2e-8a51-4d4b-9a43-4b1f0e0f7a10\",\"number\":\"CS-42\",\"serviceCode\":\"CS\",\"policy\":"
            + "{\"id\":\"0b7e3c1d-1f62-4f61-b3a8-9b2ab1d3c0aa\",\"name\":\"VIP customers\"},\"clocks\":[{\"metric\":"
            + "\"FIRST_RESPONSE\",\"state\":\"RUNNING\",\"target\":\"PT4H\",\"dueAt\":\"2026-12-07T04:00:00Z\","
            + "\"warnAt\":\"2026-12-07T03:30:00Z\",\"breached\":false}]}")))
    public TicketClocks get(@PathParam("ticketId") UUID ticketId) {
        return clocks.get(ticketId);
    }
}
