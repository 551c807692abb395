package vn.safeonline.contest;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.contest.ContestDtos.PublicContest;
import vn.safeonline.contest.ContestDtos.PublicEntryInput;
import vn.safeonline.contest.ContestDtos.PublicReceipt;
import vn.safeonline.contest.ContestDtos.PublicResults;

@Path("/api/public/contests/{publicId}")
@Tag(name = "Public participation")
@Produces(MediaType.APPLICATION_JSON)
public class PublicContestResource {
    @Inject
    EntryService entries;

    @GET
    @Operation(operationId = "getPublicContest", summary = "A contest's public page: categories and submission window",
            description = "Anyone, without signing in, by the contest's public id (never its database id): its name, categories, rules and submission window,"
                    + " for the public entry form. Limited per address (429 with Retry-After). 404 for an unknown id.")
    public PublicContest get(@Parameter(example = "c7Hq2LxP9mZ4") @PathParam("publicId") String publicId) {
        return entries.publicContest(publicId);
    }

    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitPublicContestEntry", summary = "A pupil submits an entry with the school's code",
            description = "The entry waits until the school confirms the guardian's consent; only then it goes to judges. "
                    + "Sending the same submissionId again returns the first receipt (200).")
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = PublicReceipt.class)))
    @APIResponse(responseCode = "200", description = "Already received (same submissionId)", content = @Content(schema = @Schema(implementation = PublicReceipt.class)))
    public Response submit(@Parameter(example = "c7Hq2LxP9mZ4") @PathParam("publicId") String publicId, @Valid @NotNull PublicEntryInput in) {
        EntryService.PublicSubmission s = entries.submitPublic(publicId, in);
        return Response.status(s.created() ? 201 : 200).entity(s.receipt()).build();
    }

    @GET
    @Path("results")
    @Operation(operationId = "getPublicContestResults", summary = "The published results: rank, the first-name initial, school and grade",
            description = "Anyone, by the contest's public id: published is false (and no results) until the managers publish; then per category the rank, "
                    + "the pupil's first-name initial, school and grade and the title of the work, never a full name. Limited per address (429 with "
                    + "Retry-After).")
    public PublicResults results(@Parameter(example = "c7Hq2LxP9mZ4") @PathParam("publicId") String publicId) {
        return entries.publicResults(publicId);
    }
}
