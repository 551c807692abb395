package vn.safeonline.contest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.contest.ContestDtos.BlindEntry;
import vn.safeonline.contest.ContestDtos.ConsentInput;
import vn.safeonline.contest.ContestDtos.EntryView;
import vn.safeonline.contest.ContestDtos.ScoresInput;

@Path("/api/contest-entries/{id}")
@Tag(name = "Contests")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ContestEntryResource {
    @Inject
    EntryService entries;

    @GET
    @Operation(operationId = "getContestEntry", summary = "An entry with names (its school and the contest's managers; the read is audited)",
            description = "The pupil's school and the contest's managers see the entry with names; the guardian's name and phone only for the school (masked "
                    + "for everyone else, ADMIN included). A judge of the contest sees it blinded (no pupil, guardian or school). 404 for anyone else. "
                    + "Each read of a child's data is written to the audit log.")
    public EntryView get(@Parameter(example = "42") @PathParam("id") long id) {
        return entries.get(id);
    }

    @POST
    @Path("consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordGuardianConsent", summary = "The school records the guardian's consent; only then the entry goes to judges",
            description = "The pupil's school records how and when the guardian consented (and the guardian's contact, kept only for the school); the entry "
                    + "becomes ELIGIBLE and goes to judging. 409 when the entry is withdrawn or the results are published; 404 for anyone but the "
                    + "school's people.")
    public EntryView consent(@Parameter(example = "42") @PathParam("id") long id, @Valid @NotNull ConsentInput in) {
        return entries.consent(id, in);
    }

    @POST
    @Path("withdraw")
    @Operation(operationId = "withdrawContestEntry", summary = "Withdraw an entry (the guardian withdrew consent, or the pupil withdrew); it leaves judging and the ranking",
            description = "The pupil's school or the contest's managers withdraw an entry (the guardian withdrew consent, or the pupil did): it leaves "
                    + "judging and the ranking, its scores no longer count. 409 results-published once the results are public; a second call is 409 "
                    + "invalid-transition.")
    public EntryView withdraw(@Parameter(example = "42") @PathParam("id") long id) {
        return entries.withdraw(id);
    }

    @PUT
    @Path("scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scoreContestEntry", summary = "A judge scores an assigned entry on every criterion (replacing their earlier scores)",
            description = "409 conflict-of-interest for a judge of the entry's own school; 403 for an entry not assigned to the caller; "
                    + "409 results-published after publication.")
    public BlindEntry score(@Parameter(example = "42") @PathParam("id") long id, @Valid @NotNull ScoresInput in) {
        return entries.score(id, in);
    }
}
