package vn.safeonline.contest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Etags;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Role;
import vn.safeonline.contest.ContestDtos.AssignmentResult;
import vn.safeonline.contest.ContestDtos.ContestInput;
import vn.safeonline.contest.ContestDtos.ContestView;
import vn.safeonline.contest.ContestDtos.RankedEntry;

@Path("/api/contests/{id}")
@Tag(name = "Contests")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ContestResource {
    @Inject
    ContestService contests;

    private static Response withEtag(ContestView v) {
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @GET
    @Operation(operationId = "getContest", summary = "A contest, with its criteria and counts of entries",
            description = "Whoever may see the campaign: the contest, its criteria, and counts of entries (all, eligible). Answers an ETag of its version, to"
                    + " send in If-Match when changing or publishing it.")
    @APIResponse(responseCode = "200", description = "The contest", content = @Content(schema = @Schema(implementation = ContestView.class)))
    public Response get(@Parameter(example = "42") @PathParam("id") long id) {
        return withEtag(contests.get(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "updateContest", summary = "Change a contest (not after publication; criteria not after the first score)",
            description = "The campaign's managers. Send If-Match (412 when the contest changed since). 409 results-published after publication; the criteria"
                    + " cannot change once the first score is in (409); 422 with errors[] as for creating one. The answer carries the new ETag.")
    @APIResponse(responseCode = "200", description = "The contest", content = @Content(schema = @Schema(implementation = ContestView.class)))
    public Response update(@Parameter(example = "42") @PathParam("id") long id, @Parameter(example = "\"3\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ContestInput in) {
        return withEtag(contests.update(id, ifMatch, in));
    }

    @POST
    @Path("assignments")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "assignJudges", summary = "Give each eligible entry its judges, never a judge of the entry's own school",
            description = "Fills every eligible entry up to the contest's judges per entry, the least loaded judges first; run it again after new entries. "
                    + "Existing assignments and scores stay.")
    public AssignmentResult assign(@Parameter(example = "42") @PathParam("id") long id) {
        return contests.assign(id);
    }

    @GET
    @Path("ranking")
    @Operation(operationId = "getContestRanking", summary = "The ranking by weighted score, per category, with ties explained (the contest's managers)",
            description = "The contest's managers: the eligible entries per category by weighted score (the mean of judges' scores per criterion, weighted), "
                    + "with ties and their breaking explained. Entries are named by reference, not by pupil. 403 for others. Answers an ETag.")
    public PageResponse<RankedEntry> ranking(@Parameter(example = "42") @PathParam("id") long id) {
        List<RankedEntry> items = contests.ranking(id);
        return PageResponse.whole(items);
    }

    @POST
    @Path("publish")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "publishContestResults", summary = "Publish the results: after the window, once every assigned judge has scored; then nothing changes",
            description = "The campaign's managers publish once the window has closed, every assignment is fully scored and at least one entry is ranked (409"
                    + " invalid-transition otherwise, with how many scores are missing); the public page then shows rank, first-name initial, school and "
                    + "grade, and nothing about the contest can change any more. Send If-Match. Publishing twice is 409 results-published.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(schema = @Schema(implementation = ContestView.class)))
    public Response publish(@Parameter(example = "42") @PathParam("id") long id, @Parameter(example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        return withEtag(contests.publish(id, ifMatch));
    }
}
