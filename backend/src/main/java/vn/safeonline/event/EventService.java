package vn.safeonline.event;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.Etags;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.event.EventDtos.EventInput;
import vn.safeonline.event.EventDtos.EventView;
import vn.safeonline.event.EventDtos.VenueInput;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanAccess;
import vn.safeonline.plan.PlanStatus;

/** Events are operational, not part of the frozen document: the plan's managers keep them up to date. */
@RequestScoped
public class EventService {
    @Inject
    PlanAccess planAccess;
    @Inject
    AuditLog audit;

    /** The event, or 404 when the caller may not see its plan. */
    public Event find(long id) {
        return planAccess.findVisible(Event.class, "select e.* from event e join plan p on p.id = e.plan_id where e.id = :id", id)
                .orElseThrow(() -> ApiException.notFound("Sự kiện", id));
    }

    public boolean canManage(Event e) {
        return planAccess.manages(e.plan) && (e.plan.status == PlanStatus.DRAFT || e.plan.status == PlanStatus.ISSUED);
    }

    public EventView view(Event e) {
        return EventView.of(e, canManage(e));
    }

    @Transactional
    public Event create(long planId, EventInput in) {
        Plan plan = planAccess.find(planId);
        planAccess.requireManager(plan);
        if (plan.status != PlanStatus.DRAFT && plan.status != PlanStatus.ISSUED) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "Kế hoạch đã kết thúc hoặc bị hủy");
        }
        Event e = new Event();
        e.plan = plan;
        apply(e, in);
        e.persist();
        Event.flush();
        audit.record("CREATE", "event", e.id, null, view(e));
        return e;
    }

    @Transactional
    public Event update(long id, String ifMatch, EventInput in) {
        Event e = find(id);
        if (!canManage(e)) throw ApiException.forbidden("Chỉ cơ quan ban hành hoặc cơ quan thường trực cập nhật sự kiện");
        Etags.require(ifMatch, e.version);
        EventView before = view(e);
        apply(e, in);
        Event.flush();
        audit.record("UPDATE", "event", e.id, before, view(e));
        return e;
    }

    private void apply(Event e, EventInput in) {
        List<FieldError> errors = new ArrayList<>();
        e.title = Text.clean(in.title());
        e.startsAt = in.startsAt();
        e.endsAt = in.endsAt();
        if (!e.endsAt.isAfter(e.startsAt)) errors.add(new FieldError("endsAt", "BeforeStart", "Giờ kết thúc phải sau giờ bắt đầu"));
        e.format = in.format();
        e.expectedAttendance = in.expectedAttendance();
        e.chair = Text.clean(in.chair());
        e.description = Text.clean(in.description());
        List<VenueInput> venues = in.venues() == null ? List.of() : in.venues();
        if (!venues.isEmpty() && venues.stream().filter(VenueInput::main).count() != 1) {
            errors.add(new FieldError("venues", "OneMain", "Cần đúng một địa điểm chính (các địa điểm khác là điểm cầu)"));
        }
        Map<Long, Venue> existing = new HashMap<>();
        e.venues.forEach(v -> existing.put(v.id, v));
        List<Venue> next = new ArrayList<>();
        List<VenueInput> kept = new ArrayList<>();
        for (int i = 0; i < venues.size(); i++) {
            VenueInput vi = venues.get(i);
            Venue v;
            if (vi.id() != null) {
                v = existing.remove(vi.id());
                if (v == null) {
                    errors.add(new FieldError("venues[" + i + "].id", "UnknownVenue", "Địa điểm không thuộc sự kiện này"));
                    continue;
                }
            } else {
                v = new Venue();
                v.event = e;
            }
            next.add(v);
            kept.add(vi);
        }
        if (!errors.isEmpty()) throw new ApiException(ProblemType.UNPROCESSABLE, "Dữ liệu sự kiện chưa hợp lệ", errors);
        // venues left out are removed (the database refuses while delegates are seated there);
        // the old main flag goes first, so that the one-main-venue index holds at every statement
        e.venues.removeAll(existing.values());
        if (e.id != null) {
            e.venues.forEach(v -> v.main = false);
            Event.flush();
        }
        for (int i = 0; i < next.size(); i++) {
            Venue v = next.get(i);
            VenueInput vi = kept.get(i);
            v.name = Text.clean(vi.name());
            v.address = Text.clean(vi.address());
            v.capacity = vi.capacity();
            v.main = vi.main();
            v.position = i + 1;
        }
        e.venues.clear();
        e.venues.addAll(next);
    }
}
