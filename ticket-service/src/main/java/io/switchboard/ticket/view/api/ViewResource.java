package io.switchboard.ticket.view.api;

import io.switchboard.platform.access.Audience;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import io.switchboard.ticket.ticket.api.TicketListView;
import io.switchboard.ticket.ticket.api.TicketViews;
import io.switchboard.ticket.view.application.InflowBoard;
import io.switchboard.ticket.view.application.TicketLists;
import io.switchboard.ticket.view.application.TicketMarks;
import io.switchboard.ticket.view.application.ViewCounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operator's workspace: the views with their search criteria and counts, ☆ and read marks, the inflow board. */
@Path("/api/v1")
@Tag(name = "Views")
@Produces(MediaType.APPLICATION_JSON)
public class ViewResource {

    private final TicketLists lists;
    private final ViewCounts counts;
    private final TicketMarks marks;
    private final InflowBoard inflow;
    private final Callers callers;

    ViewResource(TicketLists lists, ViewCounts counts, TicketMarks marks, InflowBoard inflow, Callers callers) {
        this.lists = lists;
        this.counts = counts;
        this.marks = marks;
        this.inflow = inflow;
        this.callers = callers;
    }

    @GET
    @Extension(name = Audience.KEY, value = "agent")
    @Path("/tickets")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "List the tickets of a view, filtered by the search criteria",
            description = "Tickets of my services I may see. Criteria combine with AND; an unknown parameter, a bad "
                    + "value, an inverted range or a cursor of another sort is a 400 naming the parameter.")
    @Parameters({
            @Parameter(name = "view", in = ParameterIn.QUERY, description = "my-in-progress, my-on-hold, my-resolved, "
                    + "my-completed, all (no spam; the default), unassigned, my-groups, escalated, spam; mine = "
                    + "my-in-progress", schema = @Schema(type = SchemaType.STRING, enumeration = {"my-in-progress",
                    "my-on-hold", "my-resolved", "my-completed", "all", "unassigned", "my-groups", "escalated", "spam",
                    "mine"})),
            @Parameter(name = "starred", in = ParameterIn.QUERY, description = "true: only tickets I starred",
                    schema = @Schema(type = SchemaType.BOOLEAN)),
            @Parameter(name = "sort", in = ParameterIn.QUERY, description = "newest (highest) first, ties by created "
                    + "then id; default created", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"created", "updated", "priority"})),
            @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1–200, default 50",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")),
            @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "the next value of the previous page "
                    + "(of the same sort)"),
            @Parameter(name = "createdFrom", in = ParameterIn.QUERY, description = "ISO-8601 instant, or a date "
                    + "(from that day's start in each service's time zone)", example = "2026-03-01"),
            @Parameter(name = "createdTo", in = ParameterIn.QUERY, description = "ISO-8601 instant (inclusive), or a "
                    + "date (to that day's end in each service's time zone)", example = "2026-03-31T23:59:59Z"),
            @Parameter(name = "priority", in = ParameterIn.QUERY, description = "repeatable", schema = @Schema(
                    type = SchemaType.ARRAY, implementation = String.class,
                    enumeration = {"LOW", "NORMAL", "HIGH", "URGENT"})),
            @Parameter(name = "number", in = ParameterIn.QUERY, description = "ticket number", example = "CS-12"),
            @Parameter(name = "title", in = ParameterIn.QUERY, description = "contains, case-insensitive"),
            @Parameter(name = "group", in = ParameterIn.QUERY, description = "group id",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")),
            @Parameter(name = "assignee", in = ParameterIn.QUERY, description = "username"),
            @Parameter(name = "status", in = ParameterIn.QUERY, description = "repeatable",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)),
            @Parameter(name = "channel", in = ParameterIn.QUERY, description = "repeatable",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)),
            @Parameter(name = "inquiryType", in = ParameterIn.QUERY, description = "inquiry type id; includes its "
                    + "subtree", schema = @Schema(type = SchemaType.STRING, format = "uuid")),
            @Parameter(name = "processingType", in = ParameterIn.QUERY, description = "processing type id",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")),
            @Parameter(name = "customerNumber", in = ParameterIn.QUERY, example = "C-000123"),
            @Parameter(name = "customerName", in = ParameterIn.QUERY, description = "contains, case-insensitive"),
            @Parameter(name = "loginId", in = ParameterIn.QUERY),
            @Parameter(name = "email", in = ParameterIn.QUERY, description = "the customer's, case-insensitive"),
            @Parameter(name = "phone", in = ParameterIn.QUERY, description = "the customer's"),
            @Parameter(name = "language", in = ParameterIn.QUERY, example = "ja"),
            @Parameter(name = "service", in = ParameterIn.QUERY, description = "code of one of my services"),
            @Parameter(name = "q", in = ParameterIn.QUERY, description = "full text, at most 200 characters"),
            @Parameter(name = "field.{code}", in = ParameterIn.QUERY, description = "a custom field's value, e.g. "
                    + "field.order_no=A-1; not encrypted fields")})
    @APIResponse(responseCode = "200", description = "A page; next is the cursor of the following one (null at the end)")
    @APIResponse(responseCode = "400", description = "A bad parameter, named in errors")
    public TicketListView list(@Context UriInfo uri) {
        TicketLists.Page page = lists.list(callers.current(), ListParameters.parse(uri.getQueryParameters()));
        return new TicketListView(page.items().stream()
                .map(t -> TicketViews.of(t.details(), t.starred(), t.unread())).toList(),
                ListCursor.encode(page.next()));
    }

    @GET
    @Extension(name = Audience.KEY, value = "agent")
    @Path("/tickets/counts")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "The number of tickets in each view, per service of mine and in total",
            description = "Kept by the database as tickets change: a call reads the kept counts and, for an operator "
                    + "who is not the service's admin, counts the service's sub-tickets whose parent is theirs.")
    @Parameter(name = "starred", in = ParameterIn.QUERY, description = "true: count only tickets I starred",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @APIResponse(responseCode = "400", description = "A parameter other than starred=true|false")
    public CountsView counts(@Context UriInfo uri) {
        return CountsView.of(counts.of(callers.current(), CountParameters.starred(uri.getQueryParameters())));
    }

    @PUT
    @Extension(name = Audience.KEY, value = "member")
    @Path("/tickets/{id}/star")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Star (☆) a ticket for me", description = "Idempotent.")
    @APIResponse(responseCode = "204", description = "Starred")
    public void star(@PathParam("id") UUID id) {
        marks.star(callers.current(), id);
    }

    @DELETE
    @Extension(name = Audience.KEY, value = "member")
    @Path("/tickets/{id}/star")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Unstar a ticket", description = "Idempotent.")
    @APIResponse(responseCode = "204", description = "Not starred (any more)")
    public void unstar(@PathParam("id") UUID id) {
        marks.unstar(callers.current(), id);
    }

    @PUT
    @Extension(name = Audience.KEY, value = "member")
    @Path("/tickets/{id}/read")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "I opened the ticket now", description = "What others did to it until now is no longer "
            + "unread for me (the console calls this when it opens a ticket).")
    @APIResponse(responseCode = "204", description = "Marked read")
    public void read(@PathParam("id") UUID id) {
        marks.read(callers.current(), id);
    }

    @GET
    @Extension(name = Audience.KEY, value = "member")
    @Path("/services/{serviceCode}/inflow")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "The inflow board (인입현황) of a service of mine",
            description = "Operators with their open tickets, tickets received today (in the service's time zone), "
                    + "unassigned today and in total, and the processing rate over the last 24 hours (from the "
                    + "quarter hour at or before 24 hours ago).")
    public InflowView inflow(@PathParam("serviceCode") String serviceCode) {
        return InflowView.of(inflow.of(callers.current(), serviceCode));
    }
}
