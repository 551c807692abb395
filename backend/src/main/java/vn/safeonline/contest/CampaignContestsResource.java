package vn.safeonline.contest;

import java.util.Map;
import vn.safeonline.common.Idempotency;
import jakarta.ws.rs.HeaderParam;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Role;
import vn.safeonline.contest.ContestDtos.ContestInput;
import vn.safeonline.contest.ContestDtos.ContestView;

@Path("/api/campaigns/{campaignId}/contests")
@Tag(name = "Contests", description = "Cuộc thi: bài dự thi, sự đồng ý của phụ huynh, chấm thi ẩn danh, xếp hạng, công bố")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CampaignContestsResource {
    @Inject
    Idempotency idempotency;
    @Inject
    ContestService contests;

    @GET
    @Operation(operationId = "listContests", summary = "The campaign's contests",
            description = "Whoever may see the campaign: its contests with categories, window, criteria and counts of entries. Answers an ETag.")
    public PageResponse<ContestView> list(@Parameter(example = "3") @PathParam("campaignId") long campaignId) {
        List<ContestView> items = contests.list(campaignId);
        return PageResponse.whole(items);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "createContest", summary = "Open a contest: categories, submission window, weighted criteria",
            description = "The campaign's managers open a contest: categories, the submission window (inside the campaign), weighted criteria and judges per "
                    + "entry; it gets a public id for its public page. 422 with errors[] when it closes before it opens or a category or criterion is "
                    + "repeated. For people only. With Idempotency-Key, a replay answers the first response.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ContestView.class)))
    public Response create(@Parameter(example = "3") @PathParam("campaignId") long campaignId,
                           @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.DOC, example = "thanhdoan-cuoc-thi-ve-001") String key,
                           @Valid @NotNull ContestInput in) {
        return idempotency.once(key, Map.of("campaign", campaignId, "contest", in), () -> {
            ContestView v = contests.create(campaignId, in);
            return Response.created(URI.create("/api/contests/" + v.id())).entity(v).build();
        });
    }
}
