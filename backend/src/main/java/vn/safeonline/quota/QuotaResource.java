package vn.safeonline.quota;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Role;
import vn.safeonline.common.Scopes;
import vn.safeonline.common.Etags;
import vn.safeonline.quota.QuotaDtos.ExtensionInput;
import vn.safeonline.quota.QuotaDtos.QuotaInput;
import vn.safeonline.quota.QuotaDtos.QuotaView;

@Path("/api/quotas")
@Tag(name = "Quotas", description = "Chỉ tiêu mời: how many of whom each agency invites, by when")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class QuotaResource {
    @Inject
    QuotaService service;

    @GET
    @Path("{id}")
    @Extension(name = Scopes.EXTENSION, value = Scopes.ATTENDEES_WRITE)
    @Operation(operationId = "getQuota", summary = "A quota with how far it is filled",
            description = "The quota's owner, and the event's organisers and receivers; 404 for anyone else. With its count, deadline (extended or not) and "
                    + "how many are submitted, confirmed and declined. Answers an ETag of its version (If-Match to update). System clients need "
                    + "attendees:write.")
    @APIResponse(responseCode = "200", description = "The quota", content = @Content(schema = @Schema(implementation = QuotaView.class)))
    public Response get(@Parameter(example = "42") @PathParam("id") long id) {
        Quota q = service.find(id);
        return Response.ok(service.views(List.of(q)).get(0)).tag(Etags.of(q.version)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "updateQuota", summary = "Change a quota's count, deadline, receiver or note (If-Match required)",
            description = "The event's organisers change the count, deadline, receiver or note. If-Match is required (428/412). The organisation and category"
                    + " cannot change (422: make a new quota); the count cannot go below the places already taken (409). The answer carries the new ETag.")
    @APIResponse(responseCode = "200", description = "The quota", content = @Content(schema = @Schema(implementation = QuotaView.class)))
    public Response update(@Parameter(example = "42") @PathParam("id") long id,
                           @HeaderParam("If-Match") @Parameter(example = "\"3\"", required = true, schema = @Schema(type = SchemaType.STRING)) String ifMatch,
                           @Valid @NotNull QuotaInput input) {
        Quota q = service.update(id, ifMatch, input);
        return Response.ok(service.views(List.of(q)).get(0)).tag(Etags.of(q.version)).build();
    }

    @POST
    @Path("{id}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "extendQuota", summary = "Extend the submission deadline of one organisation's quota",
            description = "The event's organisers give one organisation's quota a later deadline (its submissions reopen until then); the original deadline "
                    + "is kept. 422 when the new deadline is not after the original one; 403 for others who see the quota.")
    @APIResponse(responseCode = "200", description = "The quota", content = @Content(schema = @Schema(implementation = QuotaView.class)))
    public Response extend(@Parameter(example = "42") @PathParam("id") long id, @Valid @NotNull ExtensionInput input) {
        Quota q = service.extend(id, input.until());
        return Response.ok(service.views(List.of(q)).get(0)).tag(Etags.of(q.version)).build();
    }
}
