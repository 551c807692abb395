package vn.safeonline.contest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Idempotency;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Role;
import vn.safeonline.contest.ContestDtos.EntryView;
import vn.safeonline.contest.ContestDtos.SchoolEntryInput;

@Path("/api/contests/{contestId}/entries")
@Tag(name = "Contests")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ContestEntriesResource {
    @Inject
    EntryService entries;

    @GET
    @Operation(operationId = "listContestEntries", summary = "Entries with the pupils' and guardians' names: all for the managers, a school's own for the school",
            description = "Every read is written to the audit log as READ_PERSONAL_DATA. Judges use /judging, which shows no names.")
    public PageResponse<EntryView> list(@Parameter(example = "5") @PathParam("contestId") long contestId, @QueryParam("category") ContestCategory category,
                                        @QueryParam("status") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"AWAITING_CONSENT", "ELIGIBLE", "WITHDRAWN"})) String status,
                                        @Valid @BeanParam PageParams page) {
        return entries.list(contestId, category, status, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "submitContestEntry", summary = "A school submits an entry for one of its pupils, with the guardian's consent it holds",
            description = "Only within the submission window (409 window-closed). With Idempotency-Key, a replay returns the first response.")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(schema = @Schema(implementation = EntryView.class)))
    public Response submit(@Parameter(example = "5") @PathParam("contestId") long contestId,
                           @HeaderParam(Idempotency.HEADER) @Parameter(description = "unique per entry you mean once", example = "thpt-cvl-ve-2025-0042") String key,
                           @Valid @NotNull SchoolEntryInput in) {
        return entries.submit(contestId, key, in, e -> Response.created(URI.create("/api/contest-entries/" + e.id())).entity(e).build());
    }
}
