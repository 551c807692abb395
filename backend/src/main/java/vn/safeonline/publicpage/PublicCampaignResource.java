package vn.safeonline.publicpage;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.ProblemType;
import vn.safeonline.publicpage.PublicDtos.PublicCampaign;
import vn.safeonline.publicpage.PublicDtos.PublicUnit;

/**
 * The campaign's public page, what young people and the public reach without an account: the campaign and
 * its units by code. Framing an avatar (frame/), signing the wall (pledge/) and answering a quiz (quiz/)
 * hang under it. Rate-limited per client (PublicRateLimit); no personal data beyond a display name and a unit.
 */
@Path("/api/public/campaigns/{publicId}")
@Tag(name = "Public participation", description = "Không cần tài khoản: khung ảnh đại diện, Bức tường An toàn số, trắc nghiệm")
@Produces(MediaType.APPLICATION_JSON)
public class PublicCampaignResource {
    @Inject
    UnitCodes units;

    @GET
    @Operation(operationId = "getPublicCampaign", summary = "The campaign's public face: name, slogans, hashtags, key messages, pledge templates",
            description = "Anyone, without signing in, by the campaign's public id (never its database id): what its public page shows. 404 for an unknown "
                    + "id. Answers an ETag; limited per address (429 with Retry-After).")
    public PublicCampaign get(@PathParam("publicId") @Parameter(example = "c7Hq2LxP9mZ4", description = "the campaign's public id (publicId), not its database id") String publicId) {
        Campaign c = PublicCampaigns.find(publicId);
        return new PublicCampaign(c.publicId, c.name, c.slogans(), c.hashtags(), c.startsOn, c.endsOn, c.keyMessages(), c.hasFrame(), c.pledgeTemplates());
    }

    @GET
    @Path("units/{code}")
    @Operation(operationId = "getPublicUnit", summary = "A unit of the campaign by its code (the code a school or police unit shares in its link)",
            description = "Anyone: the unit (school, ward police…) a shared link names by its code, so the public page can say whose figure a pledge or "
                    + "avatar counts for. 404 when the code is not a unit of this campaign; 400 for a malformed code.")
    public PublicUnit unit(@Parameter(example = "c7Hq2LxP9mZ4") @PathParam("publicId") String publicId,
                           @Parameter(example = "THPT-CVL") @PathParam("code") @Pattern(regexp = PublicDtos.UNIT_CODE, message = "{vn.safeonline.unitCode}") String code) {
        UnitCodes.Unit unit = units.find(publicId, code);
        if (unit == null) throw new ApiException(ProblemType.NOT_FOUND, "Mã đơn vị “" + code + "” không thuộc chiến dịch này");
        return new PublicUnit(unit.code(), unit.name());
    }
}
