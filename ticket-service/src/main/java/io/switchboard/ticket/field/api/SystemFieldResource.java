package io.switchboard.ticket.field.api;

import io.switchboard.platform.access.Audience;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import io.switchboard.ticket.field.application.SystemFields;
import io.switchboard.ticket.field.domain.SystemFieldSetting;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The system fields of a service's customer form: inquiry type, e-mail, title, content and privacy consent. They are
 * never deleted; admins rename, order, switch (where the field allows) and reset them.
 */
@Path("/api/v1/services/{serviceCode}/system-fields")
@Tag(name = "Fields")
@Produces(MediaType.APPLICATION_JSON)
public class SystemFieldResource {

    private static final String EXAMPLE = """
            {"key": "inquiry_type", "type": "inquiry_type", "names": {"en": "Inquiry type", "ja": "お問い合わせの種類",
             "ko": "문의 유형"}, "required": true, "active": true, "position": 1, "changeable": "REQUIRED",
             "customized": true}""";

    @Schema(description = "A system field's labels, switches and place; a switch the field does not allow must stay as "
            + "built in", example = """
            {"names": {"ko": "문의 유형", "ja": "お問い合わせの種類"}, "required": true, "active": true, "position": 1}""")
    public record Change(@NotNull Map<String, String> names, @NotNull Boolean required, @NotNull Boolean active,
                         @NotNull Integer position) {
    }

    private final SystemFields systemFields;
    private final Callers callers;

    SystemFieldResource(SystemFields systemFields, Callers callers) {
        this.systemFields = systemFields;
        this.callers = callers;
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,org-admin,integration")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT, Caller.INTEGRATION})
    @Operation(summary = "The system fields of the customer form, in its order",
            description = "Integrations get the active ones only.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "system fields", value = "[" + EXAMPLE + "]")))
    public List<SystemFieldView> list(@PathParam("serviceCode") String serviceCode) {
        return systemFields.list(callers.current(), serviceCode).stream().map(SystemFieldView::of).toList();
    }

    @PUT
    @Path("/{key}")
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Change a system field (service admins)",
            description = "Names in the service's help-center languages replace the built-in ones. required: only on "
                    + "inquiry_type (integrations' tickets must then name a type); active: only on privacy_consent "
                    + "(false: integrations need not send privacyConsent).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "system field", value = EXAMPLE)))
    public SystemFieldView change(@PathParam("serviceCode") String serviceCode, @PathParam("key") String key,
                                  @NotNull @Valid Change request) {
        return SystemFieldView.of(systemFields.change(callers.current(), serviceCode, SystemFields.field(key),
                new SystemFieldSetting.Values(request.names(), request.required(), request.active(), request.position())));
    }

    @POST
    @Path("/{key}/reset")
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Reset a system field to what is built in (service admins)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "system field", value = EXAMPLE)))
    public SystemFieldView reset(@PathParam("serviceCode") String serviceCode, @PathParam("key") String key) {
        return SystemFieldView.of(systemFields.reset(callers.current(), serviceCode, SystemFields.field(key)));
    }
}
