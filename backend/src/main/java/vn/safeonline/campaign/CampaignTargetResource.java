package vn.safeonline.campaign;

import vn.safeonline.common.BusinessClock;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Role;
import vn.safeonline.campaign.TargetDtos.UnitFigure;
import vn.safeonline.campaign.TargetDtos.UnitStatus;
import vn.safeonline.campaign.TargetDtos.WeekPoint;
import vn.safeonline.campaign.TargetDtos.Weekly;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Text;
import vn.safeonline.notification.Notification;
import vn.safeonline.notification.PlanRemindersResource.ReminderRequest;
import vn.safeonline.notification.PlanRemindersResource.ReminderResult;

@Path("/api/campaign-targets")
@Tag(name = "Campaign targets")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CampaignTargetResource {
    @Inject
    CampaignAccess access;
    @Inject
    Rollup rollup;
    @Inject
    CurrentUser me;
    @Inject
    AuditLog audit;

    private record Found(Campaign campaign, CampaignTarget target) {
    }

    private Found find(long id) {
        CampaignTarget t = CampaignTarget.findById(id);
        if (t == null) throw ApiException.notFound("Chỉ tiêu", id);
        Campaign c;
        try {
            c = access.find(t.campaignId);
        } catch (ApiException e) {
            throw ApiException.notFound("Chỉ tiêu", id);
        }
        return new Found(c, t);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "deleteCampaignTarget", summary = "Remove a target (its value is computed, so nothing else is lost)",
            description = "The campaign's managers. A target's value is computed from the activity reports, so removing it loses no data; the removal is "
                    + "recorded in the audit log. 404 for a target the caller may not see; a second call is 404.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@Parameter(example = "42") @PathParam("id") long id) {
        Found f = find(id);
        access.requireManager(f.campaign());
        audit.record("DELETE", "campaign_target", id, Map.of("name", f.target().name), null);
        f.target().delete();
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/units")
    @Operation(operationId = "listTargetUnits", summary = "Each unit's figure for the target: reached, not reached, or not reported; laggards first",
            description = "Whoever may see the campaign. Each unit in the target's scope with its figure and status: REACHED, NOT_REACHED or NOT_REPORTED, "
                    + "laggards first (lowest value first); status filters. Paged; answers an ETag.")
    public PageResponse<UnitFigure> units(@Parameter(example = "42") @PathParam("id") long id, @QueryParam("status") UnitStatus status, @Valid @BeanParam PageParams page) {
        Found f = find(id);
        List<Rollup.Figure> figures = new ArrayList<>(rollup.figures(f.campaign(), List.of(f.target()), rollup.units(f.campaign()), null).get(id));
        if (status != null) figures.removeIf(x -> x.status() != status);
        figures.sort(java.util.Comparator.comparing((Rollup.Figure x) -> x.status() == UnitStatus.REACHED)
                .thenComparing(Rollup.Figure::value).thenComparing(x -> x.unit().name()));
        int from = Math.min(page.offset(), figures.size());
        int to = Math.min(from + page.size, figures.size());
        return new PageResponse<>(figures.subList(from, to).stream().map(Rollup::view).toList(), page.page, page.size, figures.size());
    }

    @GET
    @Path("{id}/weekly")
    @Operation(operationId = "getTargetWeekly", summary = "The target's value at the end of each week of its window (up to today)",
            description = "Whoever may see the campaign. The target's value (and units reached) at the end of each week of its window up to today (business "
                    + "clock, Vietnam), for a progress chart. Answers an ETag.")
    public Weekly weekly(@Parameter(example = "42") @PathParam("id") long id) {
        Found f = find(id);
        LocalDate start = Rollup.from(f.campaign(), f.target());
        LocalDate end = Rollup.to(f.campaign(), f.target());
        LocalDate today = BusinessClock.current().today();
        List<Rollup.Unit> units = rollup.units(f.campaign());
        List<WeekPoint> weeks = new ArrayList<>();
        for (LocalDate w = start; !w.isAfter(end) && !w.isAfter(today) && weeks.size() < 60; w = w.plusWeeks(1)) {
            LocalDate weekEnd = w.plusDays(6).isAfter(end) ? end : w.plusDays(6);
            var ind = Rollup.indicator(f.target(), rollup.figures(f.campaign(), List.of(f.target()), units, weekEnd).get(id));
            weeks.add(new WeekPoint(w, weekEnd, ind.value(), ind.unitsReached()));
        }
        return new Weekly(id, f.target().goalPercent, weeks);
    }

    @POST
    @Path("{id}/reminders")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "sendTargetReminders", summary = "Urge (đôn đốc) the units that have not reached the target",
            description = "The campaign's managers urge (đôn đốc) the units that have not reached the target: each gets an in-app notification (and an email "
                    + "to those who accept them). organizationIds narrows to some of those units; units that have reached it are skipped. The answer "
                    + "counts the organisations and people notified. Not idempotent: each call urges again.")
    public ReminderResult remind(@Parameter(example = "42") @PathParam("id") long id,
                                 @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = false) @Valid ReminderRequest request) {
        Found f = find(id);
        access.requireManager(f.campaign());
        Set<Long> lagging = new LinkedHashSet<>();
        rollup.figures(f.campaign(), List.of(f.target()), rollup.units(f.campaign()), null).get(id).stream()
                .filter(x -> x.status() != UnitStatus.REACHED).forEach(x -> lagging.add(x.unit().id()));
        Set<Long> targets = new LinkedHashSet<>();
        if (request != null && request.organizationIds() != null && !request.organizationIds().isEmpty()) {
            for (Long o : request.organizationIds()) {
                if (!lagging.contains(o)) throw ApiException.unprocessable("organizationIds", "NotLagging", "Đơn vị " + o + " đã đạt chỉ tiêu hoặc không thuộc chiến dịch");
                targets.add(o);
            }
        } else {
            targets.addAll(lagging);
        }
        String message = request == null ? null : Text.clean(request.message());
        String title = "Đôn đốc thực hiện chỉ tiêu: " + f.target().name;
        String body = message != null ? message : "Đề nghị đơn vị khẩn trương thực hiện và báo cáo kết quả chỉ tiêu “" + f.target().name
                + "” của chiến dịch " + f.campaign().name + ".";
        int notified = Notification.toOrganizations(targets, "REMINDER", title, body, f.campaign().plan.id, me.user().id);
        audit.record("REMIND", "campaign_target", id, null, Map.of("organizationIds", targets, "notified", notified));
        return new ReminderResult(targets.size(), notified);
    }
}
