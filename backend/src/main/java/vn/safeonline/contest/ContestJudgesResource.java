package vn.safeonline.contest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Role;
import vn.safeonline.contest.ContestDtos.JudgeView;
import vn.safeonline.contest.ContestDtos.JudgesInput;

@Path("/api/contests/{contestId}/judges")
@Tag(name = "Contests")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ContestJudgesResource {
    @Inject
    ContestService contests;

    @GET
    @Operation(operationId = "listContestJudges", summary = "The contest's judges with their assigned and scored entries (the contest's managers)",
            description = "The contest's managers: each judge with the entries assigned and scored. 403 for others who may see the contest. Answers an ETag.")
    public PageResponse<JudgeView> list(@Parameter(example = "5") @PathParam("contestId") long contestId) {
        List<JudgeView> judges = contests.judges(contestId);
        return PageResponse.whole(judges);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "setContestJudges", summary = "Set the contest's judges (accounts of the deployment); a judge who has scored stays",
            description = "The contest's managers set the judges (accounts of the deployment). Removing a judge who has already scored is 409 conflict, so "
                    + "scores are never orphaned; 422 (userIds) for an unknown account or one of another deployment; 409 results-published after "
                    + "publication. Idempotent.")
    public PageResponse<JudgeView> set(@Parameter(example = "5") @PathParam("contestId") long contestId, @Valid @NotNull JudgesInput in) {
        List<JudgeView> judges = contests.setJudges(contestId, in);
        return PageResponse.whole(judges);
    }

    @GET
    @Path("candidates")
    @Operation(operationId = "searchJudgeCandidates", summary = "Active accounts of the deployment to choose judges from (the contest's managers)",
            description = "The contest's managers: active people of the deployment to choose judges from; q searches usernames and names without diacritics; "
                    + "at most 20. 403 for others.")
    public PageResponse<JudgeView> candidates(@Parameter(example = "5") @PathParam("contestId") long contestId, @Parameter(example = "so giao duc") @QueryParam("q") @Size(max = 100) String q) {
        List<JudgeView> items = contests.candidates(contestId, q);
        return new PageResponse<>(items, 1, 20, items.size());
    }
}
