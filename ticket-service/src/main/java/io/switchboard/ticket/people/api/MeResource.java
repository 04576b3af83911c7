package io.switchboard.ticket.people.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import io.switchboard.ticket.access.Standing;
import io.switchboard.ticket.people.application.Directory;
import io.switchboard.ticket.people.application.PeopleAdmin;
import io.switchboard.ticket.people.domain.Operator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final Directory directory;
    private final Callers callers;
    private final PeopleAdmin admin;

    MeResource(Directory directory, Callers callers, PeopleAdmin admin) {
        this.directory = directory;
        this.callers = callers;
        this.admin = admin;
    }

    @GET
    @Extension(name = Audience.KEY, value = "agent,org-admin")
    @RolesAllowed({Caller.AGENT, Caller.ORG_ADMIN})
    @Operation(summary = "The signed-in operator", description = "Provisions the operator on first call.")
    public MeView me() {
        Caller caller = callers.current();
        Operator operator = directory.provision(caller);
        var services = directory.servicesOf(caller).stream()
                .map(access -> new MeView.ServiceView(access.workspace().code(), access.workspace().name(),
                        access.workspace().type().name(), access.membership().role().name(),
                        access.groups().stream().map(g -> new MeView.GroupView(g.id(), g.name())).toList(),
                        Standing.mayPlaceNewTickets(access.membership())))
                .toList();
        return new MeView(operator.username(), operator.displayName(), operator.email(),
                new TreeSet<>(caller.roles()), services);
    }

    @PUT
    @Extension(name = Audience.KEY, value = "member")
    @Path("/services/{serviceCode}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Turn my ticket assignment on or off",
            description = "Only if a service admin allowed me to change it (else 403); 404 outside my services.")
    public MemberView changeAssignment(@PathParam("serviceCode") String code,
                                       @Valid @NotNull AssignmentToggleRequest request) {
        return MemberView.of(admin.changeOwnAssignment(callers.current(), code, request.enabled()));
    }
}
