package vn.safeonline.attendee;

import vn.safeonline.common.BusinessClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.event.Venue;
import vn.safeonline.org.OrgRef;
import vn.safeonline.quota.Quota;
import vn.safeonline.quota.QuotaDtos.CategoryView;
import vn.safeonline.quota.QuotaService;
import vn.safeonline.attendee.AttendeeDtos.AttendeeInput;
import vn.safeonline.attendee.AttendeeDtos.AttendeeView;
import vn.safeonline.attendee.AttendeeDtos.DuplicateRef;
import vn.safeonline.minors.MinorsData;

/**
 * The rules of an attendee list: an agency submits for its own quotas only, never beyond the count
 * (the quota row is locked while counting), never after the deadline; duplicates are flagged across
 * agencies; children's personal fields reach only the submitting and the receiving organisations.
 */
@RequestScoped
public class AttendeeService {
    @Inject
    vn.safeonline.common.DomainEvents events;
    @Inject
    MinorsData minors;
    @Inject
    CurrentUser me;
    @Inject
    QuotaService quotas;
    @Inject
    AuditLog audit;

    public Attendee find(long id) {
        Attendee a = Attendee.<Attendee>find("from Attendee a join fetch a.quota q join fetch q.event e join fetch e.plan where a.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Đại biểu", id));
        quotas.find(a.quota.id); // 404 unless the caller sees the quota
        return a;
    }

    /** Submits one attendee; the caller holds the quota's row lock until commit. */
    @Transactional
    public Attendee submit(long quotaId, AttendeeInput in) {
        Quota q = quotas.lockForSubmission(quotaId);
        requireOwner(q);
        OffsetDateTime now = BusinessClock.current().now();
        if (q.locked(now)) {
            throw new ApiException(ProblemType.DEADLINE_PASSED, "Hạn gửi danh sách " + q.category.name + " là " + q.effectiveDeadline()
                    + "; đề nghị cơ quan tổ chức gia hạn");
        }
        AttendeeRules.requireRoom(q, 1);
        Attendee a = new Attendee();
        a.quota = q;
        a.event = q.event;
        a.submittedBy = me.user();
        apply(a, in);
        a.persist();
        Attendee.flush();
        audit.record("CREATE", "attendee", a.id, null, auditShape(a));
        events.publish(vn.safeonline.common.DomainEvents.ATTENDEE_SUBMITTED, q.owner.tenant(), "attendee", a.id, "/api/attendees/" + a.id,
                java.util.List.of(q.owner.id, q.receiver.id));
        return a;
    }

    @Transactional
    public Attendee changeStatus(long id, AttendeeStatus to) {
        Attendee a = find(id);
        requireOwnerOrOrganiser(a.quota);
        AttendeeStatus from = a.status;
        boolean allowed = switch (to) {
            case CONFIRMED, DECLINED -> from == AttendeeStatus.SUBMITTED || from == AttendeeStatus.CONFIRMED || from == AttendeeStatus.DECLINED;
            case CANCELLED -> from == AttendeeStatus.SUBMITTED || from == AttendeeStatus.CONFIRMED || from == AttendeeStatus.DECLINED;
            default -> false;
        };
        if (!allowed || from == to) throw new ApiException(ProblemType.INVALID_TRANSITION, "Không chuyển được từ " + from + " sang " + to);
        if (to == AttendeeStatus.CONFIRMED && from == AttendeeStatus.DECLINED) {
            Quota q = quotas.lockForSubmission(a.quota.id);
            AttendeeRules.requireRoom(q, 1);
        }
        a.status = to;
        Attendee.flush();
        audit.record(to.name(), "attendee", a.id, Map.of("status", from), Map.of("status", to));
        return a;
    }

    /** The person cannot come; another takes the place (the same quota, no new place used). */
    @Transactional
    public Attendee replace(long id, AttendeeInput in) {
        Attendee old = find(id);
        Quota q = quotas.lockForSubmission(old.quota.id);
        requireOwner(q);
        if (!old.status.active()) throw new ApiException(ProblemType.INVALID_TRANSITION, "Chỉ thay được đại biểu đang có trong danh sách");
        if (old.checkedIn()) throw new ApiException(ProblemType.INVALID_TRANSITION, "Đại biểu đã điểm danh, không thay được");
        old.status = AttendeeStatus.REPLACED;
        Attendee.flush();
        Attendee a = new Attendee();
        a.quota = q;
        a.event = q.event;
        a.submittedBy = me.user();
        a.replaces = old;
        apply(a, in);
        a.persist();
        Attendee.flush();
        audit.record("REPLACE", "attendee", old.id, auditShape(old), auditShape(a));
        return a;
    }

    private void requireOwner(Quota q) {
        boolean staff = me.has(vn.safeonline.common.Role.OFFICER) || me.has(vn.safeonline.common.Role.COORDINATOR);
        if (!staff || !me.org().id.equals(q.owner.id)) {
            throw ApiException.forbidden("Chỉ cán bộ của " + q.owner.name + " gửi danh sách cho chỉ tiêu này");
        }
    }

    /**
     * The organisers (or the receiving agency) decide that a flagged pair are two people: both stay, the pair is no longer
     * flagged as unresolved. To keep one instead, they cancel the other (POST /api/attendees/{id}/cancel).
     */
    @Transactional
    public Attendee keepBoth(long id, long otherId) {
        Attendee a = find(id);
        if (!quotas.seesAll(a.event)) throw ApiException.forbidden("Chỉ cơ quan tổ chức hoặc cơ quan nhận danh sách xử lý đại biểu trùng");
        boolean paired = Attendee.pairs(List.of(a.id)).stream().anyMatch(p -> p.otherId() == otherId);
        if (!paired) throw ApiException.notFound("Cặp đại biểu trùng", otherId);
        Attendee.getEntityManager().createNativeQuery("insert into duplicate_resolution (first_id, second_id, resolution, resolved_by)"
                        + " values (?1, ?2, 'KEEP_BOTH', ?3) on conflict do nothing")
                .setParameter(1, Math.min(id, otherId)).setParameter(2, Math.max(id, otherId)).setParameter(3, me.user().id).executeUpdate();
        audit.record("KEEP_BOTH", "attendee", a.id, null, Map.of("otherId", otherId));
        return a;
    }

    private void requireOwnerOrOrganiser(Quota q) {
        if (!me.org().id.equals(q.owner.id) && !quotas.seesAll(q.event)) {
            throw ApiException.forbidden("Chỉ đơn vị mời hoặc cơ quan tổ chức cập nhật đại biểu");
        }
    }

    private void apply(Attendee a, AttendeeInput in) {
        List<FieldError> errors = new ArrayList<>();
        a.fullName = Text.clean(in.fullName());
        a.position = Text.clean(in.position());
        a.unit = Text.clean(in.unit());
        a.phone = Text.clean(in.phone());
        a.email = Text.clean(in.email());
        a.school = Text.clean(in.school());
        a.grade = Text.clean(in.grade());
        a.guardianName = Text.clean(in.guardianName());
        a.guardianPhone = Text.clean(in.guardianPhone());
        a.difficultCircumstances = in.difficultCircumstances();
        errors.addAll(AttendeeRules.minorsFields(a.quota.category, a.school, a.grade));
        Long seatedAt = a.venue == null || a.id == null ? null : a.venue.id;
        if (in.venueId() != null) {
            a.venue = Venue.<Venue>find("id = ?1 and event = ?2", in.venueId(), a.event).firstResultOptional().orElse(null);
            if (a.venue == null) errors.add(new FieldError("venueId", "UnknownVenue", "Địa điểm không thuộc sự kiện này"));
        } else {
            a.venue = Venue.<Venue>find("event = ?1 and main = true", a.event).firstResultOptional().orElse(null);
        }
        if (!errors.isEmpty()) throw new ApiException(ProblemType.UNPROCESSABLE, "Thông tin đại biểu chưa đầy đủ", errors);
        if (a.venue != null && !a.venue.id.equals(seatedAt)) Venue.requireSeats(a.venue.id, 1);
        a.fold();
    }

    /** Whether this caller sees a minor's personal fields: the one rule of MinorsData (the submitting and the receiving organisations). */
    public boolean seesPersonalData(Attendee a) {
        return !a.quota.category.minors || minors.sees(MinorsData.Relationship.of(a.quota.owner, a.quota.receiver));
    }

    public List<AttendeeView> views(List<Attendee> list) {
        return views(list, true);
    }

    /** logReads false: for documents that carry no personal fields (exports, cards). */
    public List<AttendeeView> views(List<Attendee> list, boolean logReads) {
        List<Long> ids = list.stream().map(a -> a.id).toList();
        Map<Long, OffsetDateTime> checkedIn = Attendee.checkedInAt(ids);
        Map<Long, List<Attendee.DuplicatePair>> pairs = new HashMap<>();
        Attendee.pairs(ids).forEach(p -> pairs.computeIfAbsent(p.attendeeId(), k -> new ArrayList<>()).add(p));
        List<Long> unmaskedMinors = new ArrayList<>();
        List<AttendeeView> views = list.stream().map(a -> {
            boolean visible = seesPersonalData(a);
            if (visible && a.quota.category.minors) unmaskedMinors.add(a.id);
            return new AttendeeView(a.id, a.quota.id, a.event.id, OrgRef.of(a.quota.owner), CategoryView.of(a.quota.category), a.fullName,
                    a.position, a.unit, visible ? a.phone : MinorsData.maskPhone(a.phone), visible ? a.email : null,
                    a.venue == null ? null : a.venue.id, a.venue == null ? null : a.venue.name,
                    a.school, a.grade, visible ? a.guardianName : null, visible ? a.guardianPhone : MinorsData.maskPhone(a.guardianPhone),
                    visible ? a.difficultCircumstances : null, !visible, a.status,
                    pairs.getOrDefault(a.id, List.of()).stream().filter(p -> !p.keptBoth()).map(Attendee.DuplicatePair::otherId).findFirst().orElse(null),
                    a.replaces == null ? null : a.replaces.id, checkedIn.get(a.id), a.createdAt, a.version,
                    pairs.getOrDefault(a.id, List.of()).stream().map(p -> new DuplicateRef(p.otherId(), p.keptBoth())).toList(), a.updatedAt);
        }).toList();
        if (logReads) minors.readUnmasked("attendee", null, unmaskedMinors, "phone,email,guardian,circumstances");
        return views;
    }

    /** What the audit log keeps of an attendee: no contact fields, and no name of a child. */
    private static Map<String, Object> auditShape(Attendee a) {
        // a child's name is personal data the audit would keep past retention: the id says who it was, while the row lives
        if (a.quota.category.minors) return Map.of("id", a.id, "quotaId", a.quota.id, "status", a.status);
        return Map.of("id", a.id, "quotaId", a.quota.id, "fullName", a.fullName, "status", a.status);
    }
}
