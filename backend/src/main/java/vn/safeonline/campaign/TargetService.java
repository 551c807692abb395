package vn.safeonline.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.safeonline.campaign.TargetDtos.TargetInput;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.task.Task;

/** The rules of a campaign's targets, whichever way one comes in: the targets form and API, or a confirmed plan import. */
@ApplicationScoped
public class TargetService {
    @Inject
    AuditLog audit;

    /** Adds a target to a campaign the caller manages (the caller checks that). */
    @Transactional
    public CampaignTarget create(Campaign c, TargetInput in) {
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
        return t;
    }
}
