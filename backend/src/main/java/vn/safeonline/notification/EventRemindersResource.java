package vn.safeonline.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Role;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.Text;
import vn.safeonline.event.Event;
import vn.safeonline.event.EventService;
import vn.safeonline.quota.Quota;
import vn.safeonline.quota.QuotaDtos;
import vn.safeonline.quota.QuotaService;

@Path("/api/events/{eventId}/quota-reminders")
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
public class EventRemindersResource {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    EventService events;
    @Inject
    QuotaService quotas;
    @Inject
    CurrentUser me;
    @Inject
    AuditLog audit;

    @POST
    @Transactional
    @Operation(operationId = "sendQuotaReminders", summary = "Remind every agency whose numbered quotas are not filled yet (before their deadline)",
            description = "The event's organisers (coordinators, ADMIN; 403 for others who see it) remind every agency whose numbered quotas are not filled "
                    + "and whose deadline has not passed: an in-app notification and an email to those who accept them, naming each unfilled category. "
                    + "organizationIds narrows the list. The answer counts organisations and people notified; each call reminds again.")
    public PlanRemindersResource.ReminderResult remind(@Parameter(example = "7") @PathParam("eventId") long eventId,
                                                       @RequestBody(required = false) @Valid PlanRemindersResource.ReminderRequest request) {
        Event e = events.find(eventId);
        if (!events.canManage(e)) throw ApiException.forbidden("Chỉ cơ quan tổ chức nhắc các đơn vị");
        Map<Long, StringBuilder> lines = new LinkedHashMap<>();
        for (QuotaDtos.Lagging l : quotas.toUrge(e)) {
            Quota q = l.quota();
            if (request != null && request.organizationIds() != null && !request.organizationIds().isEmpty()
                    && !request.organizationIds().contains(q.owner.id)) continue;
            lines.computeIfAbsent(q.owner.id, k -> new StringBuilder()).append("\n- ").append(q.category.name).append(": ")
                    .append(l.filled()).append("/").append(q.count).append(", hạn ").append(DAY.format(q.effectiveDeadline()));
        }
        String message = request == null ? null : Text.clean(request.message());
        Map<Long, String> bodies = new LinkedHashMap<>();
        lines.forEach((org, text) -> bodies.put(org, (message != null ? message + "\n" : "Đề nghị đơn vị hoàn thành danh sách đại biểu:") + text));
        int notified = Notification.toOrganizations(bodies, "QUOTA_REMINDER", "Nhắc gửi danh sách đại biểu — " + e.title, e.plan.id, me.user().id);
        audit.record("REMIND", "event", e.id, null, Map.of("organizationIds", List.copyOf(lines.keySet()), "notified", notified));
        return new PlanRemindersResource.ReminderResult(lines.size(), notified);
    }
}
