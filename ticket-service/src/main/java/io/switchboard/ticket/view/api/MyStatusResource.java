package io.switchboard.ticket.view.api;

import io.switchboard.platform.access.Audience;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import io.switchboard.ticket.view.application.MyStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
public class MyStatusResource {

    private final MyStatus status;
    private final Callers callers;

    MyStatusResource(MyStatus status, Callers callers) {
        this.status = status;
        this.callers = callers;
    }

    @GET
    @Extension(name = Audience.KEY, value = "agent")
    @Path("/status")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "My status (My 현황)", description = "Per service of mine: my tickets in progress, on hold, "
            + "with an open callback reservation (약속콜) and of those the due ones, and escalated without an answer yet.")
    public MyStatusView status() {
        return MyStatusView.of(status.of(callers.current()));
    }

    @GET
    @Extension(name = Audience.KEY, value = "agent")
    @Path("/callbacks")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "My callback reservations (약속콜), soonest first",
            description = "The open reservations of the tickets assigned to me in my services, at most "
                    + MyStatus.CALLBACK_LIMIT + " (my status counts them all); due: the time has come.")
    public List<MyCallbackView> callbacks() {
        return status.callbacks(callers.current()).stream().map(MyCallbackView::of).toList();
    }
}
