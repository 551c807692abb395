package vn.safeonline.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Role;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanAccess;
import vn.safeonline.plan.PlanStatus;
import vn.safeonline.task.Task;
import vn.safeonline.task.TaskProgress;
import vn.safeonline.task.TaskProgressService;

@Path("/api/plans/{planId}/reminders")
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
public class PlanRemindersResource {

    @Schema(name = "ReminderRequest")
    public record ReminderRequest(
            @Schema(examples = "[12, 15]", description = "organisations to urge; empty: every lead organisation with an unfinished task")
            @Size(max = 500) List<@NotNull Long> organizationIds,
            @Size(max = 2000) @Schema(examples = "Đề nghị các đơn vị khẩn trương báo cáo kết quả trước ngày 28/5/2026.") String message) {
    }

    @Schema(name = "ReminderResult")
    public record ReminderResult(@Schema(examples = "3", required = true) int organizations, @Schema(examples = "6", required = true) int notified) {
    }

    @Inject
    PlanAccess planAccess;
    @Inject
    CurrentUser me;
    @Inject
    AuditLog audit;
    @Inject
    TaskProgressService taskProgress;

    @POST
    @Transactional
    @Operation(operationId = "sendPlanReminders", summary = "Urge (đôn đốc) the lagging lead organisations of a plan",
            description = "Coordinators of the plan's issuer or standing agency urge (đôn đốc) the lead organisations whose tasks are overdue or not started:"
                    + " an in-app notification and an email; the urging starts the escalation clock (a task still overdue N days later is raised to the "
                    + "issuer's coordinators). Only an ISSUED plan (409 invalid-transition otherwise). organizationIds narrows the list. Each call urges "
                    + "again.")
    public ReminderResult remind(@Parameter(example = "120") @PathParam("planId") long planId,
                                 @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = false) @Valid ReminderRequest request) {
        Plan plan = planAccess.find(planId);
        planAccess.requireManager(plan);
        if (plan.status != PlanStatus.ISSUED) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "Chỉ đôn đốc kế hoạch đang thực hiện");
        }
        List<Task> tasks = Task.list("plan = ?1", plan);
        Set<Long> lagging = new LinkedHashSet<>();
        java.util.Map<Long, TaskProgress> progress = taskProgress.today(tasks);
        for (Task t : tasks) {
            if (!progress.get(t.id).status().done()) lagging.add(t.leadOrg.id);
        }
        Set<Long> targets = new LinkedHashSet<>();
        if (request != null && request.organizationIds() != null && !request.organizationIds().isEmpty()) {
            for (Long id : request.organizationIds()) {
                if (!lagging.contains(id)) {
                    throw ApiException.unprocessable("organizationIds", "NotLagging",
                            "Đơn vị " + id + " không chủ trì nhiệm vụ chưa hoàn thành nào của kế hoạch này");
                }
                targets.add(id);
            }
        } else {
            targets.addAll(lagging);
        }
        String message = request == null ? null : Text.clean(request.message());
        String title = "Đôn đốc thực hiện Kế hoạch " + plan.reference();
        String body = message != null ? message : "Đề nghị đơn vị khẩn trương thực hiện và báo cáo tiến độ các nhiệm vụ được phân công tại Kế hoạch "
                + plan.reference() + " (" + plan.title + ").";
        int notified = Notification.toOrganizations(targets, "REMINDER", title, body, plan.id, me.user().id);
        ReminderResult result = new ReminderResult(targets.size(), notified);
        audit.record("REMIND", "plan", plan.id, null, java.util.Map.of("organizationIds", targets, "notified", notified));
        return result;
    }
}
