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
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Params;
import vn.safeonline.event.Event;
import vn.safeonline.event.EventService;

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
    @Inject
    EventService eventService;

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
                    pairs.getOrDefault(a.id, List.of()).stream().map(p -> new DuplicateRef(p.otherId(), p.keptBoth())).toList(), a.updatedAt,
                    a.status.active() ? ShortCode.format(a.shortCode) : null);
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

    /** The filters of an event's consolidated list, its export and its printed cards. */
    public record EventFilter(Long organization, Long category, Long venue, String status, String q) {
        public static EventFilter none() {
            return new EventFilter(null, null, null, null, null);
        }
    }

    static final Map<String, String> SORTS = new java.util.LinkedHashMap<>();

    static {
        SORTS.put("protocol", "a.quota.category.protocolRank, a.quota.owner.name, a.nameSearch");
        SORTS.put("name", "a.nameSearch");
        SORTS.put("createdAt", "a.createdAt");
        SORTS.put("updatedAt", "a.updatedAt");
    }

    private static final String FETCH = "from Attendee a join fetch a.quota qq join fetch qq.owner join fetch qq.category left join fetch a.venue where ";
    private static final String ACTIVE = " and a.status in (vn.safeonline.attendee.AttendeeStatus.SUBMITTED, vn.safeonline.attendee.AttendeeStatus.CONFIRMED)";

    /** The list's conditions on alias a: the caller's reach (all of the event's, or the caller's organisation's), then the filters. */
    private String where(Event e, EventFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("a.event = :e");
        params.put("e", e);
        if (!quotas.seesAll(e)) {
            where.append(" and (a.quota.owner.id = :me or a.quota.owner.path like :pfx)");
            params.put("me", me.org().id);
            params.put("pfx", me.org().subtreePrefix() + "%");
        }
        if (f.organization() != null) {
            where.append(" and a.quota.owner.id = :org");
            params.put("org", f.organization());
        }
        if (f.category() != null) {
            where.append(" and a.quota.category.id = :cat");
            params.put("cat", f.category());
        }
        if (f.venue() != null) {
            where.append(" and a.venue.id = :venue");
            params.put("venue", f.venue());
        }
        AttendeeStatus st = Params.enumValue(AttendeeStatus.class, f.status(), "status");
        if (st != null) {
            where.append(" and a.status = :status");
            params.put("status", st);
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and ").append(vn.safeonline.common.Search.words(f.q()).where("a.nameSearch", "q", params));
        }
        return where.toString();
    }

    /** The consolidated list: every agency's delegates for the organisers and receivers, the caller's own otherwise. */
    public PageResponse<AttendeeView> eventList(long eventId, EventFilter f, boolean duplicates, OffsetDateTime since, PageParams page) {
        Event e = eventService.find(eventId);
        Map<String, Object> params = new HashMap<>();
        String where = where(e, f, params);
        if (duplicates) where += " and " + Attendee.IN_A_PAIR;
        if (since != null) {
            where += " and a.updatedAt >= :since";
            params.put("since", since);
        }
        long total = Attendee.count("from Attendee a where " + where, params);
        List<Attendee> list = Attendee.<Attendee>find(FETCH + where + " order by " + page.orderBy(SORTS, since != null ? "updatedAt" : "protocol", "a.id"), params)
                .range(page.offset(), page.offset() + page.size - 1).list();
        return new PageResponse<>(views(list), page.page, page.size, total);
    }

    public record EventExport(Event event, Iterable<List<AttendeeView>> pages) {
    }

    /** The list for a file, read a thousand at a time, in protocol order; active delegates only unless asked or filtered by status. */
    public EventExport eventExport(long eventId, EventFilter f, boolean includeInactive) {
        Event e = eventService.find(eventId);
        Map<String, Object> params = new HashMap<>();
        String where = where(e, f, params);
        if (f.status() == null && !includeInactive) where += ACTIVE;
        String query = FETCH + where + " order by " + SORTS.get("protocol") + ", a.id";
        Iterable<List<AttendeeView>> pages = () -> new java.util.Iterator<List<AttendeeView>>() {
            int page = 0;
            List<AttendeeView> next = load();

            List<AttendeeView> load() {
                List<Attendee> rows = Attendee.<Attendee>find(query, params).page(page++, 1000).list();
                List<AttendeeView> views = views(rows, false);
                Attendee.getEntityManager().clear();
                return views;
            }

            public boolean hasNext() {
                return !next.isEmpty();
            }

            public List<AttendeeView> next() {
                List<AttendeeView> current = next;
                next = current.size() < 1000 ? List.of() : load();
                return current;
            }
        };
        return new EventExport(e, pages);
    }

    /**
     * The cards of an event on A4 sheets, for whoever may see those delegates (the organisers all of them, an agency its own),
     * active delegates only, in protocol order. 422 when the selection is empty.
     */
    public byte[] invitationSheets(long eventId, EventFilter f) {
        Event e = eventService.find(eventId);
        Map<String, Object> params = new HashMap<>();
        String where = where(e, f, params) + ACTIVE;
        List<Attendee> list = Attendee.<Attendee>find(FETCH + where + " order by " + SORTS.get("protocol") + ", a.id", params).list();
        if (list.isEmpty()) {
            throw ApiException.unprocessable("organizationId", "Empty", "Không có đại biểu nào (đang hiệu lực) theo bộ lọc này để in thẻ");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        AttendeeDocuments.sheets(e, list, out);
        return out.toByteArray();
    }
}
