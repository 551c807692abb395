package vn.safeonline.campaign;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.campaign.CampaignDtos.WallModeratorInput;
import vn.safeonline.campaign.CampaignDtos.WallModeratorsView;
import vn.safeonline.common.Role;

/** The organisations a campaign gives its wall to: their officers and coordinators moderate the pledges with the plan's managers. */
@Path("/api/campaigns/{campaignId}/wall-moderators")
@Tag(name = "Wall moderation")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CampaignWallModeratorsResource {
    @Inject
    WallModerators moderators;

    @GET
    @Operation(operationId = "listWallModerators", summary = "The organisations that moderate the campaign's wall besides the plan's managers",
            description = "Whoever may see the campaign: the organisations that moderate its pledge wall besides the plan's managers. Answers an ETag.")
    public WallModeratorsView list(@Parameter(example = "3") @PathParam("campaignId") long campaignId) {
        return moderators.list(campaignId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "addWallModerator", summary = "Give the wall to an organisation of the deployment (the campaign's managers; again changes nothing)",
            description = "The campaign's managers give the wall to an organisation of their deployment (e.g. Thành đoàn, Hội LHPN): its officers may then "
                    + "approve, hold and reject pledges. Idempotent: adding it again changes nothing. 422 for an organisation of another deployment.")
    public WallModeratorsView add(@Parameter(example = "3") @PathParam("campaignId") long campaignId, @Valid @NotNull WallModeratorInput input) {
        return moderators.add(campaignId, input.organizationId());
    }

    @DELETE
    @Path("{organizationId}")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "removeWallModerator", summary = "Take the wall from an organisation (the campaign's managers)",
            description = "The campaign's managers take the wall from an organisation; decisions it already made stay. Removing one that is not a moderator "
                    + "is 404.")
    @APIResponse(responseCode = "204", description = "No longer a moderator")
    public void remove(@Parameter(example = "3") @PathParam("campaignId") long campaignId, @Parameter(example = "12") @PathParam("organizationId") long organizationId) {
        moderators.remove(campaignId, organizationId);
    }
}
