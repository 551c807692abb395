package vn.safeonline.planimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Role;
import vn.safeonline.campaign.CampaignService;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.Idempotency;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.event.Event;
import vn.safeonline.event.EventService;
import vn.safeonline.org.Organization;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanService;
import vn.safeonline.planimport.ImportDtos.Confirm;
import vn.safeonline.planimport.ImportDtos.Draft;
import vn.safeonline.planimport.ImportDtos.QuotaConfirm;
import vn.safeonline.planimport.ImportDtos.Result;
import vn.safeonline.planimport.ImportDtos.TextInput;
import vn.safeonline.quota.InviteeCategory;
import vn.safeonline.quota.QuotaService;
import vn.safeonline.task.TaskDtos.TaskInput;
import vn.safeonline.task.TaskService;

@Path("/api/plan-imports")
@Tag(name = "Plan import", description = "Soạn kế hoạch từ văn bản: đọc, đối chiếu, người điều phối xác nhận")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
public class PlanImportResource {
    @Inject
    CurrentUser me;
    @Inject
    PlanService plans;
    @Inject
    TaskService tasks;
    @Inject
    EventService events;
    @Inject
    QuotaService quotas;
    @Inject
    CampaignService campaigns;
    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "draftPlanFromFile", summary = "Read a plan's document (.txt, .docx, .pdf with a text layer; a scanned PDF through OCR when available) into a draft",
            description = "The type is read from the bytes. Nothing is saved. Every value comes with its place in the document and a confidence; an agency "
                    + "the importer cannot match is reported as unknown, never guessed.")
    @APIResponse(responseCode = "200", description = "The draft", content = @Content(schema = @Schema(implementation = Draft.class)))
    @APIResponse(responseCode = "413", description = "Larger than 20 MB, or a .docx that unzips too large", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Neither UTF-8 text, .docx nor PDF", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Draft fromFile(@RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        if (file == null || file.uploadedFile() == null) throw ApiException.field("file", "Required", "Chọn tệp .txt, .docx hoặc .pdf");
        byte[] bytes;
        try {
            if (Files.size(file.uploadedFile()) > SourceText.MAX_BYTES) throw new ApiException(ProblemType.FILE_TOO_LARGE, "Tệp lớn hơn 20 MB");
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        SourceText.Extracted text = SourceText.of(bytes);
        return draft(text.kind().name(), text.text());
    }

    @POST
    @Path("text")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "draftPlanFromText", summary = "Read a plan's pasted text into a draft (nothing is saved)",
            description = "Coordinators (or ADMIN) paste a plan's text (a Kế hoạch as published); the server reads its number, date, title, legal bases, "
                    + "sections, tasks, events and quotas, matches organisation names of the deployment, and answers a draft with warnings and where each"
                    + " field was found. Nothing is saved: the SPA shows it for review and creates the plan with POST /api/plan-imports. 413 for an "
                    + "oversized text.")
    public Draft fromText(@Valid @NotNull TextInput in) {
        return draft("TEXT", in.text());
    }

    Draft draft(String kind, String text) {
        long tenant = me.tenant();
        DocText doc = new DocText(text);
        OrgMatcher orgs = new OrgMatcher(Organization.list("tenantId = ?1 or id = ?1", tenant));
        Map<String, Long> categories = new HashMap<>();
        InviteeCategory.<InviteeCategory>list("tenantId = ?1 and planId is null", tenant).forEach(c -> categories.put(c.code, c.id));
        PlanParser parser = new PlanParser(doc, orgs, categories);
        PlanParser.Parsed parsed = parser.parse();
        if (!parsed.looksLikePlan()) {
            throw ApiException.unprocessable("file", "NotAPlan",
                    "Văn bản không giống một kế hoạch: không thấy tiêu đề “KẾ HOẠCH” cùng các mục I, II, III hoặc phần phân công nhiệm vụ");
        }
        return new Draft(kind, doc.lines, parsed.plan(), parsed.tasks(), parsed.events(), parsed.quotas(), parsed.campaign(), parser.fields, parser.warnings);
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "confirmPlanImport", summary = "Create the plan as confirmed, with its tasks, events, quotas and campaign, in one transaction",
            description = "The same rules as creating each piece alone; any refusal refuses the whole. With Idempotency-Key, a replay returns the first response.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Result.class)))
    public Response confirm(@HeaderParam(Idempotency.HEADER) @Parameter(description = "unique per import you mean once") String key, @Valid @NotNull Confirm in) {
        var replay = idempotency.claim(key, in);
        if (replay.isPresent()) return replay.get();
        Plan plan = prefixed("plan.", () -> plans.create(in.plan()));
        List<Long> taskIds = new ArrayList<>();
        List<Long> eventIds = new ArrayList<>();
        List<Long> quotaIds = new ArrayList<>();
        List<TaskInput> ts = in.tasks() == null ? List.of() : in.tasks();
        for (int i = 0; i < ts.size(); i++) {
            int at = i;
            taskIds.add(prefixed("tasks[" + at + "].", () -> tasks.create(plan.id, ts.get(at)).id));
        }
        var es = in.events() == null ? List.<vn.safeonline.event.EventDtos.EventInput>of() : in.events();
        for (int i = 0; i < es.size(); i++) {
            int at = i;
            eventIds.add(prefixed("events[" + at + "].", () -> events.create(plan.id, es.get(at)).id));
        }
        List<QuotaConfirm> qs = in.quotas() == null ? List.of() : in.quotas();
        for (int i = 0; i < qs.size(); i++) {
            int at = i;
            QuotaConfirm q = qs.get(i);
            if (q.eventIndex() >= eventIds.size()) {
                throw ApiException.unprocessable("quotas[" + i + "].eventIndex", "UnknownEvent", "Chỉ tiêu mời gắn với một sự kiện không có trong bản nháp");
            }
            Event e = Event.findById(eventIds.get(q.eventIndex()));
            quotaIds.add(prefixed("quotas[" + at + "].quota.", () -> quotas.create(e.id, q.quota()).id));
        }
        Long campaignId = in.campaign() == null ? null : prefixed("campaign.", () -> campaigns.create(plan.id, in.campaign()).id);
        Result result = new Result(plan.id, taskIds, eventIds, quotaIds, campaignId);
        return idempotency.complete(key, Response.created(URI.create("/api/plans/" + plan.id)).entity(result).build());
    }

    /** Runs one creation; its field errors are named where they are in the confirmed draft. */
    private static <T> T prefixed(String prefix, java.util.function.Supplier<T> create) {
        try {
            return create.get();
        } catch (ApiException e) {
            if (e.errors == null || e.errors.isEmpty()) throw e;
            List<FieldError> named = e.errors.stream().map(f -> new FieldError(prefix + f.field(), f.code(), f.message())).toList();
            throw new ApiException(e.type, e.getMessage(), named);
        }
    }
}
