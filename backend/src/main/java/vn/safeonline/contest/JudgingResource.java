package vn.safeonline.contest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.PageResponse;
import vn.safeonline.contest.ContestDtos.BlindEntry;

@Path("/api/contests/{contestId}/judging")
@Tag(name = "Contests")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class JudgingResource {
    @Inject
    EntryService entries;

    @GET
    @Operation(operationId = "listMyContestEntries", summary = "The entries assigned to the calling judge: the work only, no pupil, guardian or school",
            description = "Entries withdrawn after assignment are left out.")
    public PageResponse<BlindEntry> mine(@Parameter(example = "5") @PathParam("contestId") long contestId) {
        List<BlindEntry> items = entries.judging(contestId);
        return PageResponse.whole(items);
    }
}
