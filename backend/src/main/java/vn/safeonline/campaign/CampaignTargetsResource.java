package vn.safeonline.campaign;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Role;
import vn.safeonline.common.Scopes;
import vn.safeonline.campaign.TargetDtos.TargetInput;
import vn.safeonline.campaign.TargetDtos.TargetView;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.task.Task;

@Path("/api/campaigns/{campaignId}/targets")
@Tag(name = "Campaign targets", description = "Chỉ tiêu: targets computed from the units' reports")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CampaignTargetsResource {
    @Inject
    CampaignAccess access;
    @Inject
    AuditLog audit;

    static TargetView view(Campaign c, CampaignTarget t) {
        return new TargetView(t.id, t.campaignId, t.taskId, t.name, t.kind, t.activityType, t.audience, t.unitTypes(),
                Rollup.from(c, t), Rollup.to(c, t), t.minReports, t.goalPercent);
    }

    @GET
    @Extension(name = Scopes.EXTENSION, value = Scopes.INDICATORS_READ)
    @Operation(operationId = "listCampaignTargets", summary = "The campaign's targets",
            description = "Whoever may see the campaign. Every target with its indicator, scope, window, goal and current value. Answers an ETag. System "
                    + "clients need indicators:read.")
    public PageResponse<TargetView> list(@Parameter(example = "3") @PathParam("campaignId") long campaignId) {
        Campaign c = access.find(campaignId);
        List<TargetView> items = CampaignTarget.<CampaignTarget>list("campaignId = ?1 order by id", c.id).stream().map(t -> view(c, t)).toList();
        return PageResponse.whole(items);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "createCampaignTarget", summary = "Add a target: an indicator over a scope of units and a window",
            description = "The campaign's managers. An indicator (a count, a share of units, a reach…) over a scope of units and a window inside the "
                    + "campaign; taskId ties it to a task of the same plan. 422 with errors[] for a task of another plan, a window outside the campaign, "
                    + "or a goal that does not fit the indicator. For people only.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TargetView.class)))
    public Response create(@Parameter(example = "3") @PathParam("campaignId") long campaignId, @Valid @NotNull TargetInput in) {
        Campaign c = access.find(campaignId);
        access.requireManager(c);
        List<FieldError> errors = new ArrayList<>();
        if (in.taskId() != null) {
            Task task = Task.findById(in.taskId());
            if (task == null || !task.plan.id.equals(c.plan.id)) errors.add(new FieldError("taskId", "UnknownTask", "Nhiệm vụ không thuộc kế hoạch của chiến dịch"));
        }
        if (in.kind() == IndicatorKind.UNITS_WITH_ACTIVITY && in.activityType() == null) {
            errors.add(new FieldError("activityType", "Required", "Chọn loại hoạt động cần đếm"));
        }
        if (in.kind() == IndicatorKind.FRAME_ADOPTION && in.activityType() != null && in.activityType() != ActivityType.FRAME_SWITCH) {
            errors.add(new FieldError("activityType", "NotFrame", "Chỉ tiêu thay khung ảnh đếm hoạt động FRAME_SWITCH"));
        }
        if (in.from() != null && in.to() != null && in.to().isBefore(in.from())) errors.add(new FieldError("to", "BeforeStart", "Ngày kết thúc trước ngày bắt đầu"));
        if (in.from() != null && (in.from().isBefore(c.startsOn) || in.from().isAfter(c.endsOn))) {
            errors.add(new FieldError("from", "OutsidePeriod", "Ngoài thời gian chiến dịch"));
        }
        if (in.to() != null && (in.to().isBefore(c.startsOn) || in.to().isAfter(c.endsOn))) errors.add(new FieldError("to", "OutsidePeriod", "Ngoài thời gian chiến dịch"));
        if (!errors.isEmpty()) throw new ApiException(ProblemType.UNPROCESSABLE, "Chỉ tiêu chưa hợp lệ", errors);
        CampaignTarget t = new CampaignTarget();
        t.campaignId = c.id;
        t.taskId = in.taskId();
        t.name = Text.clean(in.name());
        t.kind = in.kind();
        t.activityType = in.kind() == IndicatorKind.FRAME_ADOPTION ? null : in.activityType();
        t.audience = in.audience();
        t.unitTypes(in.unitTypes() == null ? List.of() : in.unitTypes());
        t.from = in.from();
        t.to = in.to();
        t.minReports = in.minReports() == null ? 1 : in.minReports();
        t.goalPercent = in.goalPercent() == null ? BigDecimal.valueOf(100) : in.goalPercent();
        t.persist();
        CampaignTarget.flush();
        audit.record("CREATE", "campaign_target", t.id, null, in);
        return Response.created(URI.create("/api/campaign-targets/" + t.id)).entity(view(c, t)).build();
    }
}
