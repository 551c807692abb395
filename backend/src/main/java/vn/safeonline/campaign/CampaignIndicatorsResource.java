package vn.safeonline.campaign;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.campaign.TargetDtos.Indicators;
import vn.safeonline.common.Scopes;

@Path("/api/campaigns/{campaignId}/indicators")
@Tag(name = "Campaign targets")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CampaignIndicatorsResource {
    @Inject
    CampaignIndicators indicators;

    @GET
    @Extension(name = Scopes.EXTENSION, value = Scopes.INDICATORS_READ)
    @Operation(operationId = "getCampaignIndicators", summary = "Every target's value now, computed from the reports",
            description = "Over the caller's own units (it and those under it) for a unit of the campaign; over every unit for the issuer, the "
                    + "standing agency and anyone else who sees the campaign (campaignWide).")
    public Indicators get(@Parameter(example = "3") @PathParam("campaignId") long campaignId) {
        return indicators.of(campaignId).indicators();
    }
}
