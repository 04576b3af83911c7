package io.switchboard.ticket.processingtype.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.ticket.processingtype.application.ProcessingTypes;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.switchboard.ticket.typetree.api.TypeTreeAdminResource;
import io.switchboard.ticket.typetree.api.TypeView;
import io.switchboard.ticket.processingtype.domain.ProcessingType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/services/{serviceCode}/processing-types")
@Tag(name = "Processing types")
@Produces(MediaType.APPLICATION_JSON)
public class ProcessingTypeResource extends TypeTreeAdminResource<ProcessingType> {

    private final ProcessingTypes types;
    private final Callers callers;

    ProcessingTypeResource(ProcessingTypes types, Callers callers) {
        super(types, callers);
        this.types = types;
        this.callers = callers;
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,org-admin,integration")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT, Caller.INTEGRATION})
    @Operation(summary = "A service's processing types as a tree",
            description = "Up to 5 levels, siblings by position, names per language. Operators and org-admins get every "
                    + "type with its active flag; integrations get only active types (an inactive type hides its subtree).")
    @APIResponse(responseCode = "200", description = "The roots, each with its children",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "tree", value = """
                    [{"id": "e0000000-0000-4000-8000-000000000001", "names": {"en": "Guidance", "ja": "案内", "ko": "안내"},
                      "position": 1, "active": true,
                      "children": [{"id": "e0000000-0000-4000-8000-000000000002",
                                    "names": {"en": "Refund made", "ja": "返金処理", "ko": "환불 처리"}, "position": 1,
                                    "active": true, "children": []}]}]""")))
    public List<TypeView> tree(@PathParam("serviceCode") String serviceCode) {
        Caller caller = callers.current();
        return TypeView.of(types.tree(caller, serviceCode), !caller.isIntegration());
    }
}
