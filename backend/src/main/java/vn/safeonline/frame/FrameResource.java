package vn.safeonline.frame;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.ProblemType;
import vn.safeonline.frame.FrameDtos.AdoptionRequest;
import vn.safeonline.frame.FrameDtos.AdoptionResult;
import vn.safeonline.publicpage.PublicCampaigns;

/** The avatar frame on the campaign's public page: the image, and counting who framed their avatar with it. */
@Path("/api/public/campaigns/{publicId}")
@Tag(name = "Public participation")
@Produces(MediaType.APPLICATION_JSON)
public class FrameResource {
    @Inject
    FrameAdoptions adoptions;

    @GET
    @Path("frame.png")
    @Produces("image/png")
    @Operation(operationId = "getCampaignFrame", summary = "The avatar frame (PNG with transparency)",
            description = "Anyone, by the campaign's public id: the PNG frame with transparency that the public page lays over a person's photo in the "
                    + "browser. 404 when the campaign has no frame yet. Cacheable for 5 minutes; its ETag changes when a new frame is uploaded.")
    @APIResponse(responseCode = "200", description = "The frame", content = @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response frame(@Parameter(example = "c7Hq2LxP9mZ4") @PathParam("publicId") String publicId) {
        Campaign c = PublicCampaigns.find(publicId);
        if (!c.hasFrame()) throw new ApiException(ProblemType.NOT_FOUND, "Chiến dịch chưa có khung ảnh");
        return Response.ok(c.framePng).type("image/png").header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "public, max-age=300").tag(Long.toString(c.frameUploadedAt.toEpochSecond())).build();
    }

    @POST
    @Path("adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "countFrameAdoption", summary = "Count a framed avatar for a unit, once per device (the photo never leaves the browser)",
            description = "Anyone, without signing in: counts one framed avatar for a unit (by the code in its link) and an audience. The photo itself never "
                    + "leaves the browser. Idempotent per device: 201 the first time, 200 for a device already counted. 404 for an unknown unit code; "
                    + "limited per address (429 with Retry-After).")
    @APIResponse(responseCode = "201", description = "Counted", content = @Content(schema = @Schema(implementation = AdoptionResult.class)))
    @APIResponse(responseCode = "200", description = "This device was already counted", content = @Content(schema = @Schema(implementation = AdoptionResult.class)))
    public Response adopt(@Parameter(example = "c7Hq2LxP9mZ4") @PathParam("publicId") String publicId, @Valid @NotNull AdoptionRequest request) {
        boolean counted = adoptions.count(publicId, request.unitCode(), request.deviceId(), request.audience());
        return Response.status(counted ? 201 : 200).entity(new AdoptionResult(counted)).build();
    }
}
