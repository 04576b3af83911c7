package io.switchboard.notification.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.platform.paging.Cursor;
import io.switchboard.notification.application.Deliveries;
import io.switchboard.notification.domain.DeliveryFilter;
import io.switchboard.notification.application.DeliveryPage;
import io.switchboard.notification.domain.DeliveryKind;
import io.switchboard.notification.domain.DeliveryStatus;
import io.switchboard.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The delivery log of every kind; service admins see their services' entries, org-admins all. */
@Path("/api/v1/notifications/deliveries")
@Tag(name = "Deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "org-admin"})
public class DeliveryResource {

    private static final String EXAMPLE = """
            {"id":"3f0c2a4e-5b7d-4c1e-9a8b-1d2e3f4a5b6c","eventId":"7a1b2c3d-4e5f-4a6b-8c9d-0e1f2a3b4c5d",
             "ticketId":"0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e","serviceCode":"CS","kind":"CALLBACK",
             "trigger":"VIP to CRM","recipient":null,"url":"https://crm.example.com/hooks/switchboard",
             "subject":null,"status":"QUEUED","attempts":2,"lastError":"HTTP 503: maintenance",
             "nextAttemptAt":"2026-11-27T00:00:20Z","createdAt":"2026-11-27T00:00:01Z","sentAt":null}""";

    private final Deliveries deliveries;

    DeliveryResource(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Operation(summary = "The delivery log",
            description = "Customer replies, notices, trigger mails, forwards, callbacks and Dooray hooks — queued, "
                    + "sent, failed (dead letters) or "
                    + "skipped — newest first, of the services the caller administers (all for org-admins); 403 for "
                    + "callers who administer none. Asking for one service (serviceCode) that the caller does not "
                    + "administer is 403 for its members and 404 for everyone else.")
    @APIResponse(responseCode = "200", description = "one page; pass next as cursor for the following one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
                    value = "{\"items\":[" + EXAMPLE + "],\"next\":\"MTc5NTc0NTYwMTAwMDAwMDozZjBj\"}")))
    public DeliveryListView list(
            @Parameter(description = "only this ticket's deliveries") @QueryParam("ticketId") UUID ticketId,
            @Parameter(description = "only this service's deliveries") @QueryParam("serviceCode") String serviceCode,
            @Parameter(description = "CUSTOMER_REPLY, ASSIGNMENT_NOTICE, SLA_NOTICE, MAIL, FORWARD, CALLBACK or DOORAY_HOOK") @QueryParam("kind") String kind,
            @Parameter(description = "QUEUED, SENT, FAILED or SKIPPED") @QueryParam("status") String status,
            @Parameter(description = "the next value of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        DeliveryFilter filter = new DeliveryFilter(ticketId, blankToNull(serviceCode),
                parse("kind", kind, DeliveryKind.class), parse("status", status, DeliveryStatus.class));
        DeliveryPage page = deliveries.list(filter, Cursor.decode(cursor), limit);
        return new DeliveryListView(page.deliveries().stream().map(DeliveryView::of).toList(), Cursor.encode(page.next()));
    }

    @GET
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/{id}")
    @Operation(summary = "One delivery and its attempts",
            description = "Each attempt with its start, duration, HTTP status (callbacks and hooks), error and outcome.")
    @APIResponse(responseCode = "200", description = "the delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "delivery",
                    value = "{\"delivery\":" + EXAMPLE + ",\"attempts\":[{\"startedAt\":\"2026-11-27T00:00:01Z\","
                            + "\"durationMillis\":41,\"statusCode\":503,\"error\":\"HTTP 503: maintenance\","
                            + "\"outcome\":\"RETRY\"}]}")))
    public DeliveryDetailsView get(@PathParam("id") UUID id) {
        return DeliveryDetailsView.of(deliveries.details(id));
    }

    @POST
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/{id}/retry")
    @Operation(summary = "Retry a failed delivery",
            description = "Queues a FAILED delivery (a dead letter) again with a fresh set of attempts; "
                    + "any other status is a conflict. Service admins of the delivery's service and org-admins.")
    @APIResponse(responseCode = "200", description = "queued again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "queued",
                    value = EXAMPLE)))
    public DeliveryView retry(@PathParam("id") UUID id) {
        return DeliveryView.of(deliveries.retry(id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseThrow(() -> new ProblemException.Invalid(field,
                        "must be one of " + Arrays.toString(type.getEnumConstants())));
    }
}
