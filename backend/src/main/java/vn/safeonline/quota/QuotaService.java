package vn.safeonline.quota;

import vn.safeonline.common.BusinessClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Role;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.Etags;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.event.Event;
import vn.safeonline.event.EventService;
import vn.safeonline.org.OrgRef;
import vn.safeonline.org.Organization;
import vn.safeonline.plan.PlanAccess;
import vn.safeonline.quota.QuotaDtos.CategoryView;
import vn.safeonline.quota.QuotaDtos.Cell;
import vn.safeonline.quota.QuotaDtos.Matrix;
import vn.safeonline.quota.QuotaDtos.QuotaInput;
import vn.safeonline.quota.QuotaDtos.QuotaView;
import vn.safeonline.quota.QuotaDtos.Row;
import vn.safeonline.quota.QuotaDtos.Totals;

/**
 * Quotas: the organisers (the plan's issuer and standing agency) set them; each owning agency sees
 * its own; the receiving agency sees all of an event's.
 */
@RequestScoped
public class QuotaService {
    @Inject
    CurrentUser me;
    @Inject
    PlanAccess planAccess;
    @Inject
    EventService events;
    @Inject
    AuditLog audit;
    @Inject
    EntityManager em;

    /** Sees every quota of the event: its organisers and the organisations receiving lists. */
    public boolean seesAll(Event e) {
        return planAccess.manages(e.plan) || planAccess.seesAllProgress(e.plan)
                || Quota.count("event = ?1 and receiver.id = ?2", e, me.org().id) > 0;
    }

    public boolean sees(Quota q) {
        return planAccess.manages(q.event.plan) || planAccess.seesAllProgress(q.event.plan) || me.within(q.owner) || me.within(q.receiver);
    }

    public boolean canSubmit(Quota q) {
        return (me.has(Role.OFFICER) || me.has(Role.COORDINATOR)) && me.org().id.equals(q.owner.id)
                && !q.locked(BusinessClock.current().now());
    }

    public Quota find(long id) {
        Quota q = Quota.<Quota>find("from Quota q join fetch q.event e join fetch e.plan where q.id = ?1", id).firstResultOptional().orElse(null);
        if (q == null) throw ApiException.notFound("Chỉ tiêu", id);
        events.find(q.event.id); // 404 unless the plan is visible
        if (!sees(q)) throw ApiException.notFound("Chỉ tiêu", id);
        return q;
    }

    /** The quota, locked against concurrent submissions until the transaction ends. */
    public Quota lockForSubmission(long id) {
        Quota q = find(id);
        em.lock(q, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return q;
    }

    public List<Quota> forEvent(Event e) {
        return forEvent(e, seesAll(e));
    }

    private List<Quota> forEvent(Event e, boolean seesAll) {
        List<Quota> all = Quota.list("from Quota q join fetch q.owner join fetch q.category join fetch q.receiver where q.event = ?1"
                + " order by q.owner.name, q.category.protocolRank", e);
        if (seesAll) return all;
        return all.stream().filter(q -> me.within(q.owner)).toList();
    }

    public Map<Long, Long> filled(List<Long> quotaIds) {
        if (quotaIds.isEmpty()) return Map.of();
        Map<Long, Long> result = new HashMap<>();
        em.createQuery("select a.quota.id as quota, count(a) as filled from Attendee a where a.quota.id in :ids and a.status in :active group by a.quota.id",
                        Tuple.class)
                .setParameter("ids", quotaIds)
                .setParameter("active", List.of(vn.safeonline.attendee.AttendeeStatus.SUBMITTED, vn.safeonline.attendee.AttendeeStatus.CONFIRMED))
                .getResultList().forEach(r -> result.put(r.get("quota", Long.class), r.get("filled", Long.class)));
        return result;
    }

    /** The event's quotas worth urging (see {@link Quota#toUrge}), with their fill: what a reminder names. */
    public List<QuotaDtos.Lagging> toUrge(Event e) {
        OffsetDateTime now = BusinessClock.current().now();
        List<Quota> all = forEvent(e);
        Map<Long, Long> filled = filled(all.stream().map(q -> q.id).toList());
        return all.stream().filter(q -> q.toUrge(filled.getOrDefault(q.id, 0L), now))
                .map(q -> new QuotaDtos.Lagging(q, filled.getOrDefault(q.id, 0L))).toList();
    }

    /** The caller's organisation's quotas in events not over yet, with their fill, earliest deadline first. */
    public List<QuotaView> mine() {
        List<Quota> quotas = Quota.list("from Quota q join fetch q.event e join fetch e.plan p join fetch q.owner join fetch q.category join fetch q.receiver"
                + " where q.owner.id = ?1 and e.endsAt >= ?2 and p.status = vn.safeonline.plan.PlanStatus.ISSUED order by q.deadline, e.startsAt, q.id",
                me.org().id, BusinessClock.current().now());
        return views(quotas);
    }

    public List<QuotaView> views(List<Quota> quotas) {
        Map<Long, Long> filled = filled(quotas.stream().map(q -> q.id).toList());
        OffsetDateTime now = BusinessClock.current().now();
        return quotas.stream().map(q -> new QuotaView(q.id, q.event.id, OrgRef.of(q.owner), CategoryView.of(q.category), q.count,
                q.deadline, q.extendedUntil, OrgRef.of(q.receiver), q.note, filled.getOrDefault(q.id, 0L), q.locked(now), q.version,
                canSubmit(q))).toList();
    }

    @Transactional
    public Quota create(long eventId, QuotaInput in) {
        Event e = events.find(eventId);
        if (!events.canManage(e)) throw ApiException.forbidden("Chỉ cơ quan tổ chức phân bổ chỉ tiêu mời");
        Quota q = new Quota();
        q.event = e;
        apply(q, in);
        if (Quota.count("event = ?1 and owner = ?2 and category = ?3", e, q.owner, q.category) > 0) {
            throw new ApiException(ProblemType.CONFLICT, "Đơn vị đã có chỉ tiêu cho thành phần này",
                    List.of(new FieldError("categoryId", "Duplicate", "Đã có chỉ tiêu " + q.category.name + " cho " + q.owner.name)));
        }
        q.persist();
        Quota.flush();
        audit.record("CREATE", "quota", q.id, null, views(List.of(q)).get(0));
        return q;
    }

    @Transactional
    public Quota update(long id, String ifMatch, QuotaInput in) {
        Quota q = find(id);
        if (!events.canManage(q.event)) throw ApiException.forbidden("Chỉ cơ quan tổ chức sửa chỉ tiêu mời");
        Etags.require(ifMatch, q.version);
        QuotaView before = views(List.of(q)).get(0);
        Long owner = q.owner.id;
        Long category = q.category.id;
        apply(q, in);
        if (!owner.equals(q.owner.id) || !category.equals(q.category.id)) {
            throw ApiException.unprocessable("ownerOrganizationId", "Immutable", "Không đổi đơn vị hoặc thành phần của chỉ tiêu; tạo chỉ tiêu mới");
        }
        long filled = before.filled();
        if (q.count != null && q.count < filled) {
            throw new ApiException(ProblemType.CONFLICT, "Đã có " + filled + " đại biểu, không giảm chỉ tiêu xuống " + q.count,
                    List.of(new FieldError("count", "BelowFilled", "Không nhỏ hơn " + filled)));
        }
        Quota.flush();
        audit.record("UPDATE", "quota", q.id, before, views(List.of(q)).get(0));
        return q;
    }

    @Transactional
    public Quota extend(long id, OffsetDateTime until) {
        Quota q = find(id);
        if (!events.canManage(q.event)) throw ApiException.forbidden("Chỉ cơ quan tổ chức gia hạn");
        if (!until.isAfter(q.deadline)) throw ApiException.unprocessable("until", "NotLater", "Hạn mới phải sau hạn ban đầu");
        QuotaView before = views(List.of(q)).get(0);
        q.extendedUntil = until;
        Quota.flush();
        audit.record("EXTEND", "quota", q.id, before, views(List.of(q)).get(0));
        return q;
    }

    private void apply(Quota q, QuotaInput in) {
        List<FieldError> errors = new ArrayList<>();
        long tenant = me.tenant();
        q.owner = Organization.findInTenant(tenant, in.ownerOrganizationId()).orElse(null);
        if (q.owner == null) errors.add(new FieldError("ownerOrganizationId", "UnknownOrganization", "Đơn vị không tồn tại"));
        q.category = InviteeCategory.<InviteeCategory>find("id = ?1 and tenantId = ?2 and (planId is null or planId = ?3)",
                in.categoryId(), tenant, q.event.plan.id).firstResultOptional().orElse(null);
        if (q.category == null) errors.add(new FieldError("categoryId", "UnknownCategory", "Thành phần mời không tồn tại"));
        Long receiverId = in.receivingOrganizationId();
        Organization defaultReceiver = q.event.plan.standingOrg != null ? q.event.plan.standingOrg : q.event.plan.issuingOrg;
        q.receiver = receiverId == null ? defaultReceiver : Organization.findInTenant(tenant, receiverId).orElse(null);
        if (q.receiver == null) errors.add(new FieldError("receivingOrganizationId", "UnknownOrganization", "Đơn vị nhận không tồn tại"));
        q.count = in.count();
        q.deadline = in.deadline();
        q.note = Text.clean(in.note());
        if (!errors.isEmpty()) throw new ApiException(ProblemType.UNPROCESSABLE, "Dữ liệu chỉ tiêu chưa hợp lệ", errors);
    }

    /** Organisations × categories with quota, submitted, confirmed, declined and checked in, from the quotas' tallies. */
    public Matrix matrix(Event e) {
        if (!seesAll(e)) throw ApiException.forbidden("Chỉ cơ quan tổ chức và cơ quan nhận danh sách xem bảng tổng hợp");
        List<Quota> quotas = forEvent(e, true);
        Map<Long, QuotaCounts> counts = new HashMap<>();
        if (!quotas.isEmpty()) {
            // check-ins are few next to the list: counted on their own, not by joining every attendee
            @SuppressWarnings("unchecked")
            List<Tuple> checked = em.createNativeQuery("select a.quota_id, count(*) as checked_in from check_in c join attendee a on a.id = c.attendee_id"
                    + " where c.event_id = ?1 group by a.quota_id", Tuple.class).setParameter(1, e.id).getResultList();
            Map<Long, Long> checkedIn = new HashMap<>();
            checked.forEach(r -> checkedIn.put(r.get("quota_id", Number.class).longValue(), r.get("checked_in", Number.class).longValue()));
            @SuppressWarnings("unchecked")
            List<Tuple> tallies = em.createNativeQuery("select t.quota_id, t.active_count, t.confirmed_count, t.declined_count"
                            + " from quota_tally t join quota q on q.id = t.quota_id where q.event_id = ?1", Tuple.class)
                    .setParameter(1, e.id).getResultList();
            for (Tuple r : tallies) {
                long quotaId = r.get("quota_id", Number.class).longValue();
                counts.put(quotaId, new QuotaCounts(num(r.get("active_count")), num(r.get("confirmed_count")), num(r.get("declined_count")),
                        checkedIn.getOrDefault(quotaId, 0L)));
            }
        }
        OffsetDateTime now = BusinessClock.current().now();
        Map<Long, CategoryView> categories = new LinkedHashMap<>();
        quotas.stream().map(q -> q.category).sorted(java.util.Comparator.comparingInt((InviteeCategory c) -> c.protocolRank).thenComparing(c -> c.name))
                .forEach(c -> categories.putIfAbsent(c.id, CategoryView.of(c)));
        Map<Long, List<Quota>> byOrg = new LinkedHashMap<>();
        quotas.forEach(q -> byOrg.computeIfAbsent(q.owner.id, k -> new ArrayList<>()).add(q));
        List<Row> rows = new ArrayList<>();
        Map<String, long[]> columns = new LinkedHashMap<>();
        long[] grand = new long[5];
        Map<Long, OrgRef> toUrge = new LinkedHashMap<>();
        Map<Long, OrgRef> pastDeadline = new LinkedHashMap<>();
        for (List<Quota> list : byOrg.values()) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            long[] row = new long[5];
            for (Quota q : list) {
                QuotaCounts c = counts.getOrDefault(q.id, QuotaCounts.NONE);
                cells.put(q.category.id.toString(), new Cell(q.id, q.count, c.active(), c.confirmed(), c.declined(), c.checkedIn(), q.locked(now),
                        q.state(c.active(), now), q.toUrge(c.active(), now), q.effectiveDeadline()));
                if (q.toUrge(c.active(), now)) toUrge.putIfAbsent(q.owner.id, OrgRef.of(q.owner));
                if (q.pastDeadline(c.active(), now)) pastDeadline.putIfAbsent(q.owner.id, OrgRef.of(q.owner));
                long[] add = {q.count == null ? 0 : q.count, c.active(), c.confirmed(), c.declined(), c.checkedIn()};
                long[] col = columns.computeIfAbsent(q.category.id.toString(), k -> new long[5]);
                for (int i = 0; i < 5; i++) {
                    row[i] += add[i];
                    col[i] += add[i];
                    grand[i] += add[i];
                }
            }
            rows.add(new Row(OrgRef.of(list.get(0).owner), cells, totals(row)));
        }
        Map<String, Totals> columnTotals = new LinkedHashMap<>();
        columns.forEach((k, v) -> columnTotals.put(k, totals(v)));
        return new Matrix(e.id, e.expectedAttendance, List.copyOf(categories.values()), rows, columnTotals, totals(grand),
                List.copyOf(toUrge.values()), List.copyOf(pastDeadline.values()));
    }

    /** One quota's figures from its tally: active (submitted or confirmed), confirmed, declined, and checked in. */
    private record QuotaCounts(long active, long confirmed, long declined, long checkedIn) {
        static final QuotaCounts NONE = new QuotaCounts(0, 0, 0, 0);
    }

    private static Totals totals(long[] v) {
        return new Totals(v[0], v[1], v[2], v[3], v[4]);
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
