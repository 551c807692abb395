package vn.safeonline.report;

import vn.safeonline.common.BusinessClock;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.Documents;
import vn.safeonline.common.Text;
import vn.safeonline.org.Organization;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanAccess;
import vn.safeonline.task.PlanProgressService;
import vn.safeonline.task.TaskService;

/**
 * The official reports of a plan, for the people who see everyone's progress on it (the issuer's and the
 * standing agency's): the progress report as DOCX (Decree 30 layout) and PDF with the same content, and the task
 * table as XLSX. Figures stand as at the end of {@code asOf}. Files stream; everything that can fail is checked
 * before the first byte, so a problem is always a problem+json response.
 */
@Path("/api/plans/{planId}/reports")
@Tag(name = "Reports", description = "Báo cáo: the official progress report (DOCX, PDF) and spreadsheets of a plan")
@SecurityRequirement(name = "bearer")
@Authenticated
public class PlanReportsResource {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";
    private static final String FUTURE = "asOf is after today: nothing is reported yet (errors[] names it)";

    @Inject
    PlanAccess planAccess;
    @Inject
    TaskService tasks;
    @Inject
    PlanProgressService progress;
    @Inject
    BusinessClock clock;

    @GET
    @Path("defaults")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPlanReportDefaults", summary = "The issuing body, number symbol, signer and recipients a report takes by default",
            description = "From the plan's standing agency (the issuing body when it has none). A form starts from these; each can be changed per request.")
    public ReportDefaults defaults(@Parameter(example = "120") @PathParam("planId") long planId) {
        return ReportTemplate.defaults(readable(planId), clock.today());
    }

    @GET
    @Path("progress.docx")
    @Produces(DOCX)
    @Operation(operationId = "getPlanProgressReportDocx", summary = "The progress report as a Word document (Decree 30/2020/NĐ-CP layout)",
            description = "Sections I–V with the per-agency table and the laggards, the per-task table in Phụ lục I. Options as query parameters; "
                    + "POST the same path for them as JSON.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "422", description = FUTURE, content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response docx(@Parameter(example = "120") @PathParam("planId") long planId, @Valid @BeanParam ReportQuery query) {
        return progress(planId, query.options(), true);
    }

    @POST
    @Path("progress.docx")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(DOCX)
    @Operation(operationId = "renderPlanProgressReportDocx", summary = "The progress report as a Word document, with options as JSON",
            description = "Nothing is stored: the same report as the GET, for options that read better as JSON (several lines, recipients).")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response docxWith(@Parameter(example = "120") @PathParam("planId") long planId, @Valid ReportOptions options) {
        return progress(planId, options, true);
    }

    @GET
    @Path("progress.pdf")
    @Produces(PDF)
    @Operation(operationId = "getPlanProgressReportPdf", summary = "The progress report as PDF, with the same content as the Word document",
            description = "Liberation Serif embedded (the metrics of Times New Roman, every Vietnamese letter).")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "422", description = FUTURE, content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response pdf(@Parameter(example = "120") @PathParam("planId") long planId, @Valid @BeanParam ReportQuery query) {
        return progress(planId, query.options(), false);
    }

    @POST
    @Path("progress.pdf")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(PDF)
    @Operation(operationId = "renderPlanProgressReportPdf", summary = "The progress report as PDF, with options as JSON",
            description = "Coordinators of the plan's issuer or standing agency: the same report as the GET, with the issuing body, number, signer and "
                    + "recipients given as JSON (absent fields take the defaults of GET …/reports/defaults). Nothing is stored. 422 with errors[] for an "
                    + "invalid number or symbol; 403 for parties who are not managers.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdfWith(@Parameter(example = "120") @PathParam("planId") long planId, @Valid ReportOptions options) {
        return progress(planId, options, false);
    }

    @GET
    @Path("tasks.xlsx")
    @Produces(Documents.XLSX)
    @Operation(operationId = "exportPlanTasksXlsx", summary = "The plan's tasks with their status and figures as XLSX",
            description = "One row per task as at the end of asOf: agencies, text, deadline, target, figure reached, status, latest report. "
                    + "Text cells are neutralised against formulas.")
    @APIResponse(responseCode = "200", description = "The spreadsheet", content = @Content(mediaType = Documents.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "422", description = FUTURE, content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response tasksXlsx(@Parameter(example = "120") @PathParam("planId") long planId,
                              @QueryParam("asOf") @Parameter(example = "2025-11-23", description = "the day the figures stand at (YYYY-MM-DD); today when absent",
                                      schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf) {
        Plan plan = readable(planId);
        ProgressFacts facts = ProgressFacts.load(plan, asOf(ReportQuery.date(asOf)), tasks, progress);
        return ReportFiles.attachment(out -> TaskTableXlsx.write(facts, out), Documents.XLSX, "nhiem-vu-" + slug(plan.reference()) + "-" + facts.asOf() + ".xlsx");
    }

    private Response progress(long planId, ReportOptions options, boolean word) {
        ReportOptions o = options == null ? new ReportOptions(null, null, null, null, null, null, null, null, null, null, null, null) : options;
        Plan plan = readable(planId);
        LocalDate asOf = asOf(o.asOf());
        ReportDefaults defaults = ReportTemplate.defaults(plan, asOf);
        ReportTemplate template = ReportTemplate.resolve(defaults, o);
        ProgressFacts facts = ProgressFacts.load(plan, asOf, tasks, progress);
        OfficialDocument doc = ProgressReportComposer.compose(facts, template, reporterName(plan, defaults, template));
        String name = "bao-cao-tien-do-" + slug(plan.reference()) + "-" + asOf + (word ? ".docx" : ".pdf");
        return word ? ReportFiles.attachment(out -> OfficialDocx.write(doc, out), DOCX, name) : ReportFiles.attachment(out -> OfficialPdf.write(doc, out), PDF, name);
    }

    /** The plan when the caller sees everyone's progress on it; 404 when it cannot see the plan, 403 when only its own part. */
    private Plan readable(long planId) {
        Plan plan = planAccess.find(planId);
        if (!planAccess.seesAllProgress(plan)) {
            throw ApiException.forbidden("Chỉ cơ quan ban hành và cơ quan thường trực lập báo cáo tiến độ của kế hoạch");
        }
        return plan;
    }

    /** Today (Vietnam's day) when absent; a later day has nothing reported yet. */
    private LocalDate asOf(LocalDate asked) {
        if (asked == null) return clock.today();
        if (asked.isAfter(clock.today())) {
            throw ApiException.unprocessable("asOf", "InFuture", "Ngày lấy số liệu không được sau hôm nay");
        }
        if (asked.getYear() < 2000) throw ApiException.unprocessable("asOf", "TooEarly", "Ngày lấy số liệu không hợp lệ");
        return asked;
    }

    /**
     * How the opening sentence names the reporting body: the standing agency's name when the issuing body is
     * its default, another body of the deployment when the lines are its name, else the lines in sentence case.
     */
    private String reporterName(Plan plan, ReportDefaults defaults, ReportTemplate template) {
        Organization org = ReportTemplate.reporter(plan);
        String given = String.join(" ", template.issuingBody());
        if (given.isEmpty() || given.equals(defaults.issuingBody().replace('\n', ' ')) || given.equals(VnFormat.upper(org.name))) return org.name;
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", plan.tenantId);
        params.put("name", Text.likePrefix(given));
        for (Organization o : Organization.<Organization>find("from Organization o where (o.tenantId = :tenant or o.id = :tenant) and o.nameSearch like :name escape '\\'",
                params).page(0, 20).list()) {
            if (VnFormat.upper(o.name).equals(given)) return o.name;
        }
        return VnFormat.capitalise(given.toLowerCase(VnFormat.VI));
    }

    static String slug(String s) {
        String f = Text.fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return f.isEmpty() ? "ke-hoach" : f;
    }
}
