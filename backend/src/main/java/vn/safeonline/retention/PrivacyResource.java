package vn.safeonline.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Role;
import vn.safeonline.retention.PrivacyDtos.ErasureReceipt;
import vn.safeonline.retention.PrivacyDtos.Export;
import vn.safeonline.retention.PrivacyDtos.PersonRecord;
import vn.safeonline.retention.PrivacyDtos.RecordsInput;

@Path("/api/privacy")
@Tag(name = "Retention", description = "How long children's personal data are kept, and erasure on request")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.COORDINATOR_)
public class PrivacyResource {
    @Inject
    PrivacyService service;

    @GET
    @Path("people")
    @Operation(operationId = "findPersonalRecords", summary = "Find one person's records held by the caller's organisation",
            description = "Delegates the organisation submitted, contest entries of its school and pledges signed for it that match every"
                    + " criterion given: name (diacritics ignored, part of it), phone (the person's or the guardian's) or an entry's code."
                    + " Coordinators of the holding organisation only; the read is audited.")
    public PageResponse<PersonRecord> find(@QueryParam("name") @Size(max = 200) @Parameter(example = "nguyen van an") String name,
                                           @QueryParam("phone") @Size(max = 30) @Parameter(example = "0939949749") String phone,
                                           @QueryParam("reference") @Size(max = 16) @Parameter(example = "CT-7KQ2M9XA") String reference,
                                           @Valid @BeanParam PageParams page) {
        return service.search(name, phone, reference, page);
    }

    @POST
    @Path("exports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportPersonalData", summary = "Export everything held in these records of one person (JSON)",
            description = "404 for a record the caller's organisation does not hold. The audit log keeps which records were exported, not their data.")
    @APIResponse(responseCode = "200", description = "The records' data", content = @Content(schema = @Schema(implementation = Export.class)))
    @APIResponse(responseCode = "404", description = "A record the caller's organisation does not hold",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Export export(@Valid @NotNull RecordsInput input) {
        return service.export(input);
    }

    @POST
    @Path("erasures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "erasePersonalData", summary = "Erase one person's data now: anonymise these records (and the spreadsheet rows holding them)",
            description = "The rows stay, so counts, tallies and rankings still add up. 404 for a record the caller's organisation does not hold."
                    + " The audit log keeps who erased which records of which kinds, and when; never the data.")
    @APIResponse(responseCode = "200", description = "What was anonymised", content = @Content(schema = @Schema(implementation = ErasureReceipt.class)))
    @APIResponse(responseCode = "404", description = "A record the caller's organisation does not hold",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ErasureReceipt erase(@Valid @NotNull RecordsInput input) {
        return service.erase(input);
    }
}
