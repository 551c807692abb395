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
    @Operation(operationId = "listContestJudges", summary = "The contest's judges with their assigned and scored entries (the contest's managers)")
    public PageResponse<JudgeView> list(@PathParam("contestId") long contestId) {
        List<JudgeView> judges = contests.judges(contestId);
        return PageResponse.whole(judges);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "setContestJudges", summary = "Set the contest's judges (accounts of the deployment); a judge who has scored stays")
    public PageResponse<JudgeView> set(@PathParam("contestId") long contestId, @Valid @NotNull JudgesInput in) {
        List<JudgeView> judges = contests.setJudges(contestId, in);
        return PageResponse.whole(judges);
    }

    @GET
    @Path("candidates")
    @Operation(operationId = "searchJudgeCandidates", summary = "Active accounts of the deployment to choose judges from (the contest's managers)")
    public PageResponse<JudgeView> candidates(@PathParam("contestId") long contestId, @QueryParam("q") @Size(max = 100) String q) {
        List<JudgeView> items = contests.candidates(contestId, q);
        return new PageResponse<>(items, 1, 20, items.size());
    }
}
