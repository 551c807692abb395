package vn.safeonline.retention;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Etags;
import vn.safeonline.common.Role;
import vn.safeonline.retention.RetentionDtos.RetentionInput;
import vn.safeonline.retention.RetentionDtos.RetentionView;

@Path("/api/plans/{id}/retention")
@Tag(name = "Retention", description = "How long children's personal data are kept, and erasure on request")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PlanRetentionResource {
    @Inject
    PlanRetention retention;

    @GET
    @Operation(operationId = "getPlanRetention", summary = "The plan's retention period, the day it closes and the last day children's data are kept",
            description = "Whoever may see the plan: its retention period, the day it closed (or will) and the last day children's personal data are kept; "
                    + "after that the nightly job anonymises them. Answers an ETag of the plan's version.")
    @APIResponse(responseCode = "200", description = "The retention", content = @Content(schema = @Schema(implementation = RetentionView.class)))
    public Response get(@Parameter(example = "42") @PathParam("id") long id) {
        PlanRetention.Found f = retention.get(id);
        return Response.ok(f.view()).tag(Etags.of(f.plan().version)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "setPlanRetention", summary = "Set how many days (1–3650) children's personal data are kept after the plan closes",
            description = "The plan's managers (issuer or standing agency); If-Match with the plan's ETag is required, as for other plan edits.")
    @APIResponse(responseCode = "200", description = "The retention", content = @Content(schema = @Schema(implementation = RetentionView.class)))
    public Response set(@Parameter(example = "42") @PathParam("id") long id,
                        @HeaderParam("If-Match") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") String ifMatch,
                        @Valid @NotNull RetentionInput input) {
        PlanRetention.Found f = retention.update(id, ifMatch, input);
        return Response.ok(f.view()).tag(Etags.of(f.plan().version)).build();
    }
}
