package vn.safeonline.report;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Documents;

/**
 * The campaign's summary report (báo cáo tổng kết) for whoever may see its indicators: the standing agency's and the issuer's
 * people over every unit, a unit over its own. DOCX (Decree 30 layout) and PDF with the same content, and every unit's figures
 * as XLSX. Figures stand as today (Vietnam's day) and are the indicators endpoint's. 404 for a campaign the caller may not see.
 */
@Path("/api/campaigns/{campaignId}")
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@Authenticated
public class CampaignReportsResource {
    @Inject
    CampaignSummaryService summaries;

    @GET
    @Path("summary-report.docx")
    @Produces(PlanReportsResource.DOCX)
    @Operation(operationId = "getCampaignSummaryReportDocx", summary = "The campaign's summary report as a Word document (Decree 30/2020/NĐ-CP layout)",
            description = "The campaign, its targets per target and per kind of unit, the units that lag (Phụ lục I), the activities by type, "
                    + "the contests' results by category (pupils by initial only) and a few of the units' photos. The figures are those of "
                    + "getCampaignIndicators for the same caller (every unit for the issuer and the standing agency, a unit's own units "
                    + "otherwise), as of today in Vietnam. 404 for a campaign the caller may not see. People only (no client scope).")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = PlanReportsResource.DOCX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response docx(@PathParam("campaignId") long campaignId) {
        CampaignSummaryService.Loaded loaded = summaries.load(campaignId);
        OfficialDocument doc = summaries.document(loaded);
        return ReportFiles.attachment(out -> OfficialDocx.write(doc, out), PlanReportsResource.DOCX, name(loaded, ".docx"));
    }

    @GET
    @Path("summary-report.pdf")
    @Produces(PlanReportsResource.PDF)
    @Operation(operationId = "getCampaignSummaryReportPdf", summary = "The campaign's summary report as PDF, with the same content as the Word document",
            description = "The same document as getCampaignSummaryReportDocx, laid out for printing and archiving: the same figures (those of "
                    + "getCampaignIndicators for the caller), the same sections and photos. 404 for a campaign the caller may not see. "
                    + "People only (no client scope).")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = PlanReportsResource.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("campaignId") long campaignId) {
        CampaignSummaryService.Loaded loaded = summaries.load(campaignId);
        OfficialDocument doc = summaries.document(loaded);
        return ReportFiles.attachment(out -> OfficialPdf.write(doc, out), PlanReportsResource.PDF, name(loaded, ".pdf"));
    }

    @GET
    @Path("summary-figures.xlsx")
    @Produces(Documents.XLSX)
    @Operation(operationId = "exportCampaignFiguresXlsx", summary = "Every unit's figures for each target, and the targets overall and per kind of unit, as XLSX",
            description = "Sheet \"Đơn vị\": one row per unit and target; sheet \"Chỉ tiêu\": the indicators, the same figures as "
                    + "getCampaignIndicators for the caller. Text cells are neutralised against formulas. 404 for a campaign the caller may not see.")
    @APIResponse(responseCode = "200", description = "The spreadsheet", content = @Content(mediaType = Documents.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@PathParam("campaignId") long campaignId) {
        CampaignSummaryService.Loaded loaded = summaries.load(campaignId);
        return ReportFiles.attachment(out -> CampaignFiguresXlsx.write(loaded.facts(), out), Documents.XLSX,
                "so-lieu-chien-dich-" + loaded.facts().campaign().id() + "-" + loaded.facts().asOf() + ".xlsx");
    }

    private static String name(CampaignSummaryService.Loaded loaded, String extension) {
        return "bao-cao-tong-ket-chien-dich-" + loaded.facts().campaign().id() + "-" + loaded.facts().asOf() + extension;
    }
}
