package vn.safeonline.pledge;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Role;
import vn.safeonline.pledge.PledgeDtos.PledgeView;

/** The wall's moderation queue: the campaign's managers approve or reject each pledge. */
@Path("/api/pledges")
@Tag(name = "Wall moderation", description = "Kiểm duyệt Bức tường An toàn số")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PledgeModerationResource {
    @Inject
    PledgeModeration moderation;

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "approvePledge", summary = "Put a pledge on the public wall")
    public PledgeView approve(@PathParam("id") long id) {
        return moderation.decide(id, PledgeStatus.APPROVED);
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "rejectPledge", summary = "Keep a pledge off the wall")
    public PledgeView reject(@PathParam("id") long id) {
        return moderation.decide(id, PledgeStatus.REJECTED);
    }
}
