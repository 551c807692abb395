package vn.safeonline.campaign;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.safeonline.common.Text;
import vn.safeonline.common.Scopes;
import vn.safeonline.common.Role;
import vn.safeonline.campaign.CampaignDtos.AddUnits;
import vn.safeonline.campaign.CampaignDtos.AddUnitsResult;
import vn.safeonline.campaign.CampaignDtos.HeadcountImportResult;
import vn.safeonline.campaign.CampaignDtos.Headcounts;
import vn.safeonline.campaign.CampaignDtos.UnitView;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;

@Path("/api/campaigns/{campaignId}/units")
@Tag(name = "Campaigns")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CampaignUnitsResource {
    @Inject
    CampaignUnitService units;

    @GET
    @Extension(name = Scopes.EXTENSION, value = Scopes.ACTIVITIES_WRITE)
    @Operation(operationId = "listCampaignUnits", summary = "The units in scope with their headcounts (the caller's own subtree unless it runs or monitors the campaign)",
            description = "Whoever may see the campaign: its managers and monitors see every unit, a unit sees itself and the units below it. q searches "
                    + "names without diacritics. Paged; answers an ETag. System clients need activities:write.")
    public PageResponse<UnitView> list(@Parameter(example = "3") @PathParam("campaignId") long campaignId, @Parameter(example = "so giao duc") @QueryParam("q") @Size(max = 200) String q,
                                       @Valid @BeanParam PageParams page) {
        return units.list(campaignId, q, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "addCampaignUnits", summary = "Take organisations of the deployment into scope, by type and/or by id (units already in scope are kept)",
            description = "The campaign's managers take organisations of their deployment into scope, by type (e.g. every school) and/or by id. Idempotent: "
                    + "units already in scope are kept and counted as such; an organisation of another deployment is 422. For people only.")
    public AddUnitsResult add(@Parameter(example = "3") @PathParam("campaignId") long campaignId, @Valid @NotNull AddUnits request) {
        return units.add(campaignId, request);
    }

    @PUT
    @Path("{organizationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "setCampaignUnitHeadcounts", summary = "Set a unit's headcounts (the campaign's managers, or the unit's own people)",
            description = "The campaign's managers or the unit's own people (officers, coordinators) set its headcounts (pupils, students, teachers, parents,"
                    + " officers, others), the denominators of reach indicators. 404 for a unit outside the caller's view; 400 for negative figures. "
                    + "Idempotent: the same values again change nothing. For people only.")
    public UnitView setHeadcounts(@Parameter(example = "3") @PathParam("campaignId") long campaignId, @Parameter(example = "12") @PathParam("organizationId") long organizationId,
                                  @Valid @NotNull Headcounts input) {
        return units.setHeadcounts(campaignId, organizationId, input);
    }

    @POST
    @Path("headcounts")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "importCampaignHeadcounts", summary = "Set headcounts from a spreadsheet (XLSX or CSV: Mã đơn vị, Cán bộ, Học sinh, Sinh viên, Giáo viên)",
            description = "All or nothing: a file with any bad row changes nothing and lists the rows with their reasons.")
    public HeadcountImportResult importHeadcounts(@Parameter(example = "3") @PathParam("campaignId") long campaignId,
                                                  @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        return units.importHeadcounts(campaignId, file == null ? null : file.uploadedFile(), file == null ? null : Text.fileName(file.fileName()));
    }
}
