package vn.safeonline.pledge;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Role;
import vn.safeonline.pledge.PledgeDtos.PledgeView;

@Path("/api/campaigns/{campaignId}/pledges")
@Tag(name = "Wall moderation")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CampaignPledgesResource {
    @Inject
    PledgeModeration moderation;

    @GET
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "listPledges", summary = "The moderation queue (default: pending and held, oldest first), each held pledge with its reason",
            description = "For the wall's moderators: the plan's managers and the officers and coordinators of the organisations the campaign gives its wall to.")
    public PageResponse<PledgeView> list(@Parameter(example = "3") @PathParam("campaignId") long campaignId, @QueryParam("status") PledgeStatus status,
                                         @Valid @BeanParam PageParams page) {
        return moderation.queue(campaignId, status, page.page, page.size);
    }
}
