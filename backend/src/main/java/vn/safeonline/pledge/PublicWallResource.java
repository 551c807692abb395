package vn.safeonline.pledge;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.pledge.PledgeDtos.PledgeReceipt;
import vn.safeonline.pledge.PledgeDtos.PledgeRequest;
import vn.safeonline.pledge.PledgeDtos.Wall;

/** The Digital Safety Wall on the campaign's public page: sign it, read it. */
@Path("/api/public/campaigns/{publicId}")
@Tag(name = "Public participation")
@Produces(MediaType.APPLICATION_JSON)
public class PublicWallResource {
    @Inject
    PledgeWall wall;

    @POST
    @Path("pledges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signWall", summary = "Sign the Digital Safety Wall: a display name, a unit, a pledge from the templates or one's own",
            description = "Every pledge waits for a moderator; one with a phone number, an email, a link, a handle, markup or abuse is held with the reason. "
                    + "Nothing else about the person is kept.")
    @APIResponse(responseCode = "202", description = "Received, awaiting moderation", content = @Content(schema = @Schema(implementation = PledgeReceipt.class)))
    public Response sign(@Parameter(example = "c7Hq2LxP9mZ4") @PathParam("publicId") String publicId, @Valid @NotNull PledgeRequest request) {
        return Response.status(202).entity(wall.sign(publicId, request)).build();
    }

    @GET
    @Path("wall")
    @Operation(operationId = "getWall", summary = "The approved pledges, newest first, with the live count",
            description = "Anyone, without signing in: the approved pledges of the campaign (display name, unit, text), newest first, with the live count. "
                    + "Never a held or pending pledge. Paged with page and size (at most 100); answers an ETag; limited per address (429 with Retry-"
                    + "After).")
    public Wall wall(@Parameter(example = "c7Hq2LxP9mZ4") @PathParam("publicId") String publicId,
                     @QueryParam("page") @Parameter(example = "1") @DefaultValue("1") @Min(1) @Max(10000) int page,
                     @QueryParam("size") @Parameter(example = "30") @DefaultValue("30") @Min(1) @Max(100) int size) {
        return wall.wall(publicId, page, size);
    }
}
