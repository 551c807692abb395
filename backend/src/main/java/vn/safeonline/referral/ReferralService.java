package vn.safeonline.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.Etags;
import vn.safeonline.common.Idempotency;
import vn.safeonline.common.OpaqueCodes;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.org.OrgRef;
import vn.safeonline.org.Organization;
import vn.safeonline.referral.ReferralDtos.AccessView;
import vn.safeonline.referral.ReferralDtos.CloseInput;
import vn.safeonline.referral.ReferralDtos.Escalations;
import vn.safeonline.referral.ReferralDtos.Permissions;
import vn.safeonline.referral.ReferralDtos.ReceiverOverdue;
import vn.safeonline.referral.ReferralDtos.ReferralInput;
import vn.safeonline.referral.ReferralDtos.ReferralReceipt;
import vn.safeonline.referral.ReferralDtos.ReferralView;

/**
 * Support referrals: opened by a school, police or union officer for a child at risk, worked by the receiving
 * organisation (acknowledge, first contact, close with an outcome) against the SLA of {@link ReferralSla}, seen only by
 * the two organisations ({@link ReferralAccess}); every read is audited without the child's data, and the standing agency
 * sees overdue cases by count only.
 */
@ApplicationScoped
public class ReferralService {
    private static final String ENTITY = "referral";

    @Inject
    ReferralAccess access;
    @Inject
    CurrentUser me;
    @Inject
    Idempotency idempotency;
    @Inject
    AuditLog audit;
    @Inject
    BusinessClock clock;

    /** A case code read out on the phone: "HT-" and 8 random characters without look-alikes (changeset 015 checks the shape). */
    static String newCode() {
        return OpaqueCodes.random("HT-", 8);
    }

    public AccessView access() {
        return new AccessView(access.canOpen(), access.canReceive(), access.readsEscalations());
    }

    /**
     * Opens a case; with an Idempotency-Key a replay gets the first answer. The answer is a receipt without the child's
     * data, so the stored replay holds none either. {@code created} makes the response from the receipt.
     */
    @Transactional
    public Response open(String key, ReferralInput in, Function<ReferralReceipt, Response> created) {
        if (!access.canOpen()) {
            throw ApiException.forbidden("Chỉ cán bộ nhà trường, công an hoặc Đoàn Thanh niên (hội đoàn thể) được mở hồ sơ hỗ trợ");
        }
        return idempotency.once(key, Map.of("referral", in), () -> created.apply(opened(in)));
    }

    private ReferralReceipt opened(ReferralInput in) {
        Organization opener = me.org();
        Organization receiver = Organization.findInTenant(me.tenant(), in.receivingOrganizationId())
                .filter(o -> ReferralAccess.mayReceive(o, opener))
                .orElseThrow(() -> ApiException.unprocessable("receivingOrganizationId", "NotAReceiver",
                        "Đơn vị tiếp nhận phải là một cơ quan hỗ trợ trẻ em khác của thành phố (xem danh sách đơn vị tiếp nhận)"));
        Organization school = school(in.schoolId(), opener);
        if (in.childAge() == null && in.childGrade() == null) {
            throw ApiException.unprocessable("childAge", "AgeOrGrade", "Cần tuổi hoặc lớp của trẻ");
        }
        Referral r = new Referral();
        r.tenantId = me.tenant();
        r.code = newCode();
        r.opener = opener;
        r.openedBy = me.userId();
        r.receiver = receiver;
        r.childAlias = Text.clean(in.childAlias());
        r.childAge = in.childAge();
        r.childGrade = in.childGrade();
        r.school = school;
        r.riskKind = in.riskKind();
        r.note = blankToNull(Text.clean(in.note()));
        r.openedAt = clock.now();
        r.persist();
        Referral.flush();
        audit.record("CREATE", ENTITY, r.id, null, Map.of("receiver", receiver.id));
        return new ReferralReceipt(r.id, r.code, r.status, r.openedAt, r.sla(clock.now()), r.version);
    }

    private Organization school(Long schoolId, Organization opener) {
        if (schoolId == null) return ReferralAccess.SCHOOLS.contains(opener.type) ? opener : null;
        return Organization.findInTenant(me.tenant(), schoolId).filter(o -> ReferralAccess.SCHOOLS.contains(o.type))
                .orElseThrow(() -> ApiException.unprocessable("schoolId", "NotASchool", "Không tìm thấy trường học này trong thành phố"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The cases the caller's organisation opened or receives (or both); every item listed is a read, audited. */
    public PageResponse<ReferralView> list(ReferralSide side, ReferralStatus status, PageParams page) {
        Long org = access.listingOrg();
        if (org == null) return new PageResponse<>(List.of(), page.page, page.size, 0);
        Referral.Filter filter = new Referral.Filter(me.tenant(), org, side, status);
        String order = page.orderBy(Map.of("openedAt", "r.openedAt", "status", "r.status", "code", "r.code"), "-openedAt", "r.id desc");
        long total = Referral.countMatching(filter);
        List<Referral> items = Referral.listMatching(filter, order, page.page - 1, page.size);
        if (!items.isEmpty()) audit.recordRead(ENTITY, null, Map.of("referrals", items.stream().map(r -> r.id).toList()));
        OffsetDateTime now = clock.now();
        return new PageResponse<>(items.stream().map(r -> view(r, now)).toList(), page.page, page.size, total);
    }

    /** One case (its opener's and receiver's people; 404 for anyone else); the read is audited. */
    public ReferralView get(long id) {
        Referral r = access.find(id);
        audit.recordRead(ENTITY, r.id, Map.of("referral", r.id));
        return view(r, clock.now());
    }

    @Transactional
    public ReferralView acknowledge(long id, String ifMatch) {
        Referral r = access.find(id);
        access.requireReceiver(r);
        Etags.require(ifMatch, r.version);
        requireStatus(r, ReferralStatus.OPEN, "Hồ sơ đã được xác nhận tiếp nhận");
        r.acknowledgedAt = clock.now();
        r.acknowledgedBy = me.userId();
        return moved(r, ReferralStatus.ACKNOWLEDGED);
    }

    @Transactional
    public ReferralView recordContact(long id, String ifMatch) {
        Referral r = access.find(id);
        access.requireReceiver(r);
        Etags.require(ifMatch, r.version);
        requireStatus(r, ReferralStatus.ACKNOWLEDGED, r.status == ReferralStatus.OPEN
                ? "Xác nhận tiếp nhận hồ sơ trước khi ghi nhận liên hệ đầu tiên" : "Hồ sơ đã có liên hệ đầu tiên hoặc đã đóng");
        r.contactedAt = clock.now();
        r.contactedBy = me.userId();
        return moved(r, ReferralStatus.IN_CONTACT);
    }

    /**
     * Closes a case with its outcome: the receiver once it has acknowledged it (any outcome but WITHDRAWN); the opener
     * withdraws a case the receiver has not acknowledged yet (WITHDRAWN only).
     */
    @Transactional
    public ReferralView close(long id, String ifMatch, CloseInput in) {
        Referral r = access.find(id);
        Etags.require(ifMatch, r.version);
        if (r.status == ReferralStatus.CLOSED) throw new ApiException(ProblemType.INVALID_TRANSITION, "Hồ sơ đã đóng");
        boolean withdrawal = in.outcome() == ReferralOutcome.WITHDRAWN;
        if (access.side(r) == ReferralSide.RECEIVED) {
            if (withdrawal) throw ApiException.unprocessable("outcome", "OpenerOnly", "Chỉ đơn vị mở hồ sơ được rút hồ sơ");
            if (r.status == ReferralStatus.OPEN) throw new ApiException(ProblemType.INVALID_TRANSITION, "Xác nhận tiếp nhận hồ sơ trước khi đóng");
        } else {
            if (!withdrawal) throw ApiException.unprocessable("outcome", "ReceiverOnly", "Đơn vị mở hồ sơ chỉ rút hồ sơ (WITHDRAWN); kết quả hỗ trợ do đơn vị tiếp nhận ghi");
            requireStatus(r, ReferralStatus.OPEN, "Đơn vị tiếp nhận đã xác nhận hồ sơ; chỉ họ đóng được hồ sơ");
        }
        r.outcome = in.outcome();
        r.outcomeNote = blankToNull(Text.clean(in.note()));
        r.closedAt = clock.now();
        r.closedBy = me.userId();
        return moved(r, ReferralStatus.CLOSED);
    }

    private static void requireStatus(Referral r, ReferralStatus expected, String detail) {
        if (r.status != expected) throw new ApiException(ProblemType.INVALID_TRANSITION, detail);
    }

    private ReferralView moved(Referral r, ReferralStatus to) {
        ReferralStatus from = r.status;
        r.status = to;
        Referral.flush();
        audit.record("STATUS", ENTITY, r.id, Map.of("status", from), Map.of("status", to));
        return view(r, clock.now());
    }

    private ReferralView view(Referral r, OffsetDateTime now) {
        ReferralSide side = access.side(r);
        boolean receiver = side == ReferralSide.RECEIVED;
        Permissions can = new Permissions(receiver && r.status == ReferralStatus.OPEN, receiver && r.status == ReferralStatus.ACKNOWLEDGED,
                receiver && (r.status == ReferralStatus.ACKNOWLEDGED || r.status == ReferralStatus.IN_CONTACT), !receiver && r.status == ReferralStatus.OPEN);
        return new ReferralView(r.id, r.code, r.status, r.riskKind, r.childAlias, r.childAge, r.childGrade, OrgRef.of(r.school), r.note,
                OrgRef.of(r.opener), OrgRef.of(r.receiver), side, r.openedAt, r.acknowledgedAt, r.contactedAt, r.closedAt, r.outcome, r.outcomeNote,
                r.sla(now), can, r.version);
    }

    /** The organisations a case may be sent to (the caller may open cases): {@link ReferralAccess#mayReceive}'s kinds, by name. */
    public PageResponse<OrgRef> receivers(String q, PageParams page) {
        if (!access.canOpen()) throw ApiException.forbidden("Chỉ người được mở hồ sơ hỗ trợ xem danh sách đơn vị tiếp nhận");
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", me.tenant());
        params.put("types", List.copyOf(ReferralAccess.RECEIVERS));
        params.put("me", me.org().id);
        String where = "(o.tenantId = :tenant or o.id = :tenant) and o.type in :types and o.id <> :me";
        if (q != null && !q.isBlank()) {
            where += " and " + vn.safeonline.common.Search.words(q).where("o.nameSearch", "q", params);
        }
        long total = Organization.count("from Organization o where " + where, params);
        List<OrgRef> items = Organization.<Organization>find("from Organization o where " + where + " order by o.name, o.id", params)
                .page(page.page - 1, page.size).list().stream().map(OrgRef::of).toList();
        return new PageResponse<>(items, page.page, page.size, total);
    }

    /**
     * Overdue cases of the deployment by receiving organisation and by step, from the same {@link ReferralSla} the case
     * view shows: counts only, for the standing agency's people and the administrators.
     */
    public Escalations escalations() {
        if (!access.readsEscalations()) {
            throw ApiException.forbidden("Chỉ cơ quan thường trực và quản trị viên xem số hồ sơ hỗ trợ quá hạn");
        }
        OffsetDateTime now = clock.now();
        Map<Long, long[]> byReceiver = new LinkedHashMap<>();
        long acknowledgement = 0;
        long contact = 0;
        long cases = 0;
        for (Referral.Pending p : Referral.pending(me.tenant())) {
            ReferralSla sla = ReferralSla.of(p.status(), p.openedAt(), now);
            if (sla.overdue().isEmpty()) continue;
            long[] c = byReceiver.computeIfAbsent(p.receiverId(), k -> new long[3]);
            if (sla.isOverdue(OverdueKind.ACKNOWLEDGEMENT)) {
                c[0]++;
                acknowledgement++;
            }
            if (sla.isOverdue(OverdueKind.FIRST_CONTACT)) {
                c[1]++;
                contact++;
            }
            c[2]++;
            cases++;
        }
        List<ReceiverOverdue> receivers = new ArrayList<>();
        if (!byReceiver.isEmpty()) {
            for (Organization o : Organization.<Organization>list("id in ?1", List.copyOf(byReceiver.keySet()))) {
                long[] c = byReceiver.get(o.id);
                receivers.add(new ReceiverOverdue(OrgRef.of(o), c[0], c[1], c[2]));
            }
        }
        receivers.sort(Comparator.comparingLong(ReceiverOverdue::overdueCases).reversed().thenComparing(x -> x.organization().name()));
        return new Escalations(now, acknowledgement, contact, cases, receivers);
    }
}
