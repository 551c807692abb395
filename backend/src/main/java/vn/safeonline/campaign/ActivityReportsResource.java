package vn.safeonline.campaign;

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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Role;
import vn.safeonline.common.Scopes;
import vn.safeonline.campaign.CampaignDtos.ReportInput;
import vn.safeonline.campaign.CampaignDtos.ReportView;
import vn.safeonline.common.Idempotency;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Params;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

@Path("/api/campaigns/{campaignId}/reports")
@Tag(name = "Activity reports", description = "Báo cáo hoạt động: what each unit did, with figures and evidence")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ActivityReportsResource {
    @Inject
    ActivityReportService reports;

    @GET
    @Extension(name = Scopes.EXTENSION, value = Scopes.ACTIVITIES_WRITE)
    @Operation(operationId = "listActivityReports", summary = "Reports of the units the caller may see, newest first",
            description = "A unit sees its own subtree's reports; the campaign's managers and monitors see every unit's. Filters: organization (a unit), "
                    + "type, updatedSince (reports changed since that instant, for an incremental sync). Paged, newest first; answers an ETag (If-None-"
                    + "Match → 304). System clients need activities:write and see their organisation's reports.")
    public PageResponse<ReportView> list(@Parameter(example = "3") @PathParam("campaignId") long campaignId, @Parameter(example = "12") @QueryParam("organization") Long organization,
                                         @QueryParam("type") ActivityType type,
                                         @QueryParam(Params.UPDATED_SINCE) @Parameter(example = "2026-05-29T08:00:00+07:00", description = Params.UPDATED_SINCE_DOC, schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 40)) String updatedSince,
                                         @Valid @BeanParam PageParams page) {
        return reports.list(campaignId, organization, type, Params.instant(updatedSince, Params.UPDATED_SINCE), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @Extension(name = Scopes.EXTENSION, value = Scopes.ACTIVITIES_WRITE)
    @Operation(operationId = "createActivityReport", summary = "Report an activity for a unit of the campaign",
            description = "The unit is the caller's organisation unless another is named (a unit under it, or any unit for the campaign's managers). "
                    + "With Idempotency-Key, a replay returns the first response.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response create(@Parameter(example = "3") @PathParam("campaignId") long campaignId,
                           @HeaderParam(Idempotency.HEADER) @Parameter(description = "unique per report you mean once", example = "thpt-cvl-2025-10-08-chuyen-de") String key,
                           @Valid @NotNull ReportInput in) {
        return reports.create(campaignId, key, in, view -> Response.created(URI.create("/api/activity-reports/" + view.id())).entity(view).build());
    }
}
