package vn.safeonline.campaign;

import java.util.Map;
import vn.safeonline.common.Idempotency;
import jakarta.ws.rs.HeaderParam;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Role;
import vn.safeonline.campaign.CampaignDtos.CampaignInput;
import vn.safeonline.campaign.CampaignDtos.CampaignView;
import vn.safeonline.common.Etags;

@Path("/api/plans/{planId}/campaigns")
@Tag(name = "Campaigns")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class PlanCampaignsResource {
    @Inject
    Idempotency idempotency;
    @Inject
    CampaignService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "createCampaign", summary = "Start a campaign under a plan (the plan's issuer or standing agency)",
            description = "The plan's issuer or standing agency (coordinators, ADMIN) start a campaign under the plan: dates, audiences, slogans, hashtags, "
                    + "key messages and pledge templates; it gets its public id for the public pages. 409 when the plan is cancelled or closed; 422 with "
                    + "errors[] for reversed dates. The answer carries the ETag. For people only. With Idempotency-Key, a replay answers the first response.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response create(@Parameter(example = "120") @PathParam("planId") long planId,
                           @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.DOC, example = "ubnd-chien-dich-2025-001") String key,
                           @Valid @NotNull CampaignInput input) {
        return idempotency.once(key, Map.of("plan", planId, "campaign", input), () -> {
            Campaign c = service.create(planId, input);
            return Response.created(URI.create("/api/campaigns/" + c.id)).entity(service.view(c)).tag(Etags.of(c.version)).build();
        });
    }
}
