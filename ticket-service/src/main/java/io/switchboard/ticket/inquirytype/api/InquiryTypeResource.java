package io.switchboard.ticket.inquirytype.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.ticket.field.api.FieldView;
import io.switchboard.ticket.field.application.Fields;
import io.switchboard.ticket.inquirytype.application.InquiryTypes;
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
import io.switchboard.ticket.inquirytype.domain.InquiryType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/services/{serviceCode}/inquiry-types")
@Tag(name = "Inquiry types")
@Produces(MediaType.APPLICATION_JSON)
public class InquiryTypeResource extends TypeTreeAdminResource<InquiryType> {

    private static final String FIELDS_EXAMPLE = """
            [{"code": "order_no", "scope": "CUSTOMER", "type": "text",
              "names": {"en": "Order number", "ko": "주문 번호"}, "options": [], "required": true, "encrypted": false,
              "adminOnly": false, "active": true, "position": 1,
              "inquiryTypeIds": ["d0000000-0000-4000-8000-000000000001"]}]""";

    private final InquiryTypes types;
    private final Fields fields;
    private final Callers callers;

    InquiryTypeResource(InquiryTypes types, Fields fields, Callers callers) {
        super(types, callers);
        this.types = types;
        this.fields = fields;
        this.callers = callers;
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,org-admin,integration")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT, Caller.INTEGRATION})
    @Operation(summary = "A service's inquiry types as a tree",
            description = "Up to 5 levels, siblings by position, names per language. Operators and org-admins get every "
                    + "type with its active flag; integrations get only active types (an inactive type hides its subtree).")
    @APIResponse(responseCode = "200", description = "The roots, each with its children",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "tree", value = """
                    [{"id": "d0000000-0000-4000-8000-000000000001", "names": {"en": "Billing", "ja": "お支払い", "ko": "결제"},
                      "position": 1, "active": true,
                      "children": [{"id": "d0000000-0000-4000-8000-000000000002",
                                    "names": {"en": "Refund", "ja": "返金", "ko": "환불"}, "position": 1,
                                    "active": true, "children": []}]}]""")))
    public List<TypeView> tree(@PathParam("serviceCode") String serviceCode) {
        Caller caller = callers.current();
        return TypeView.of(types.tree(caller, serviceCode), !caller.isIntegration());
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,org-admin,integration")
    @Path("/{id}/fields")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT, Caller.INTEGRATION})
    @Operation(summary = "The customer fields of an inquiry type, its ancestors' included",
            description = "What a help-center form or a third party asks the customer for this type. Integrations "
                    + "see active fields of active types only.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "fields", value = FIELDS_EXAMPLE)))
    public List<FieldView> ofInquiryType(@PathParam("serviceCode") String serviceCode, @PathParam("id") UUID id) {
        return fields.ofInquiryType(callers.current(), serviceCode, id).stream().map(FieldView::of).toList();
    }
}
