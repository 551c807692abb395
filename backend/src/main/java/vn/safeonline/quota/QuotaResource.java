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
    @Operation(operationId = "getQuota", summary = "A quota with how far it is filled")
    @APIResponse(responseCode = "200", description = "The quota", content = @Content(schema = @Schema(implementation = QuotaView.class)))
    public Response get(@PathParam("id") long id) {
        Quota q = service.find(id);
        return Response.ok(service.views(List.of(q)).get(0)).tag(Etags.of(q.version)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "updateQuota", summary = "Change a quota's count, deadline, receiver or note (If-Match required)")
    @APIResponse(responseCode = "200", description = "The quota", content = @Content(schema = @Schema(implementation = QuotaView.class)))
    public Response update(@PathParam("id") long id,
                           @HeaderParam("If-Match") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING)) String ifMatch,
                           @Valid @NotNull QuotaInput input) {
        Quota q = service.update(id, ifMatch, input);
        return Response.ok(service.views(List.of(q)).get(0)).tag(Etags.of(q.version)).build();
    }

    @POST
    @Path("{id}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "extendQuota", summary = "Extend the submission deadline of one organisation's quota")
    @APIResponse(responseCode = "200", description = "The quota", content = @Content(schema = @Schema(implementation = QuotaView.class)))
    public Response extend(@PathParam("id") long id, @Valid @NotNull ExtensionInput input) {
        Quota q = service.extend(id, input.until());
        return Response.ok(service.views(List.of(q)).get(0)).tag(Etags.of(q.version)).build();
    }
}
