package vn.safeonline.plan;

import vn.safeonline.common.BusinessClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.Etags;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.org.OrgRef;
import vn.safeonline.org.Organization;
import vn.safeonline.plan.PlanDtos.PlanInput;
import vn.safeonline.plan.PlanDtos.PlanSummary;
import vn.safeonline.plan.PlanDtos.PlanView;
import vn.safeonline.plan.PlanDtos.RecipientInput;

/** The rules of a plan's life: drafting, issuing (which freezes the document), closing, cancelling. */
@RequestScoped
public class PlanService {
    @jakarta.inject.Inject
    vn.safeonline.common.DomainEvents events;
    @Inject
    CurrentUser me;
    @Inject
    PlanAccess access;
    @Inject
    AuditLog audit;
    @Inject
    PlanTasks tasks;

    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("updatedAt", "p.updatedAt");
        SORTS.put("createdAt", "p.createdAt");
        SORTS.put("issueDate", "p.issueDate");
        SORTS.put("startDate", "p.startDate");
        SORTS.put("title", "p.titleSearch");
        SORTS.put("status", "p.status");
    }

    /** The plans the caller may see, optionally matching a search (number and title, diacritics ignored) and of one status. */
    public PageResponse<PlanSummary> list(String q, PlanStatus status, PageParams page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(access.visible(params));
        if (q != null && !q.isBlank()) {
            where.append(" and ").append(vn.safeonline.common.Search.words(q).where("p.titleSearch", "q", params));
        }
        if (status != null) {
            where.append(" and p.status = :status");
            params.put("status", status);
        }
        long total = Plan.count("from Plan p where " + where, params);
        List<Plan> plans = Plan.<Plan>find("from Plan p join fetch p.issuingOrg left join fetch p.standingOrg where " + where
                        + " order by " + page.orderBy(SORTS, "-updatedAt", "p.id desc"), params)
                .range(page.offset(), page.offset() + page.size - 1).list();
        Map<Long, PlanTasks.Counts> counts = tasks.counts(plans.stream().map(p -> p.id).toList(), me.org().id);
        List<PlanSummary> items = plans.stream().map(p -> {
            PlanTasks.Counts c = counts.getOrDefault(p.id, new PlanTasks.Counts(0, 0));
            return new PlanSummary(p.id, p.reference(), p.title, p.status, OrgRef.of(p.issuingOrg), OrgRef.of(p.standingOrg),
                    p.issueDate, p.startDate, p.endDate, c.tasks(), c.ledBy(), p.updatedAt, p.version);
        }).toList();
        return new PageResponse<>(items, page.page, page.size, total);
    }

    @Transactional
    public Plan create(PlanInput input) {
        Plan p = new Plan();
        p.tenantId = me.tenant();
        p.issuingOrg = me.org();
        p.createdBy = me.user();
        apply(p, input);
        p.persist();
        Plan.flush();
        audit.record("CREATE", "plan", p.id, null, view(p));
        return p;
    }

    @Transactional
    public Plan update(long id, String ifMatch, PlanInput input) {
        Plan p = access.find(id);
        access.requireOwner(p);
        requireDraft(p);
        Etags.require(ifMatch, p.version);
        PlanView before = view(p);
        apply(p, input);
        Plan.flush();
        audit.record("UPDATE", "plan", p.id, before, view(p));
        return p;
    }

    @Transactional
    public Plan issue(long id, PlanDtos.IssueRequest request) {
        Plan p = access.find(id);
        access.requireOwner(p);
        if (p.status != PlanStatus.DRAFT) throw transition(p, "ban hành");
        PlanView before = view(p);
        // decide on locals first: a query would flush a half-issued plan
        String number = request != null && request.number() != null ? request.number().trim() : p.number;
        java.time.LocalDate issueDate = request != null && request.issueDate() != null ? request.issueDate() : p.issueDate;
        List<FieldError> missing = new ArrayList<>();
        if (number == null) missing.add(new FieldError("number", "Required", "Cần số văn bản để ban hành"));
        if (issueDate == null) missing.add(new FieldError("issueDate", "Required", "Cần ngày ban hành"));
        if (p.signerName == null) missing.add(new FieldError("signerName", "Required", "Cần người ký"));
        if (tasks.count(p) == 0) missing.add(new FieldError("tasks", "Required", "Kế hoạch cần ít nhất một nhiệm vụ được phân công"));
        if (!missing.isEmpty()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "Dự thảo chưa đủ để ban hành", missing);
        }
        boolean taken = Plan.count("issuingOrg = ?1 and symbol = ?2 and number = ?3 and year(issueDate) = ?4 and id <> ?5 and status <> ?6",
                p.issuingOrg, p.symbol, number, issueDate.getYear(), p.id, PlanStatus.CANCELLED) > 0;
        if (taken) {
            throw new ApiException(ProblemType.CONFLICT, "Số " + number + "/" + p.symbol + " năm " + issueDate.getYear() + " đã được dùng",
                    List.of(new FieldError("number", "Duplicate", "Số văn bản đã được dùng trong năm")));
        }
        p.number = number;
        p.issueDate = issueDate;
        p.status = PlanStatus.ISSUED;
        p.issuedAt = BusinessClock.current().now();
        Plan.flush();
        audit.record("ISSUE", "plan", p.id, before, view(p));
        events.publish(vn.safeonline.common.DomainEvents.PLAN_ISSUED, p.tenantId, "plan", p.id, "/api/plans/" + p.id, p.id, java.util.List.of());
        return p;
    }

    @Transactional
    public Plan close(long id) {
        Plan p = access.find(id);
        access.requireManager(p);
        if (p.status != PlanStatus.ISSUED) throw transition(p, "kết thúc");
        PlanView before = view(p);
        p.status = PlanStatus.CLOSED;
        p.closedAt = BusinessClock.current().now();
        Plan.flush();
        audit.record("CLOSE", "plan", p.id, before, view(p));
        return p;
    }

    @Transactional
    public Plan cancel(long id, String reason) {
        Plan p = access.find(id);
        access.requireOwner(p);
        if (p.status != PlanStatus.DRAFT && p.status != PlanStatus.ISSUED) throw transition(p, "hủy");
        PlanView before = view(p);
        p.status = PlanStatus.CANCELLED;
        p.cancelledAt = BusinessClock.current().now();
        p.cancelReason = Text.clean(reason);
        Plan.flush();
        audit.record("CANCEL", "plan", p.id, before, view(p));
        return p;
    }

    public PlanView view(Plan p) {
        return PlanView.of(p, access.permissions(p));
    }

    static void requireDraft(Plan p) {
        if (p.status != PlanStatus.DRAFT) {
            throw new ApiException(ProblemType.PLAN_FROZEN, "Kế hoạch " + p.reference() + " đang ở trạng thái " + p.status
                    + "; nội dung văn bản chỉ sửa được khi còn là dự thảo");
        }
    }

    private static ApiException transition(Plan p, String action) {
        return new ApiException(ProblemType.INVALID_TRANSITION, "Không thể " + action + " kế hoạch ở trạng thái " + p.status);
    }

    private void apply(Plan p, PlanInput in) {
        List<FieldError> errors = new ArrayList<>();
        p.number = Text.clean(in.number());
        p.symbol = Text.clean(in.symbol());
        p.place = Text.clean(in.place());
        p.issueDate = in.issueDate();
        p.title = Text.clean(in.title());
        p.standingOrg = org(in.standingOrganizationId(), "standingOrganizationId", errors);
        p.legalBases(in.legalBases() == null ? List.of() : in.legalBases().stream()
                .map(b -> new LegalBasis(Text.clean(b.kind()), Text.clean(b.number()), b.date(), Text.clean(b.issuer()), Text.clean(b.summary())))
                .toList());
        p.purpose = Text.clean(in.purpose());
        p.requirements = Text.clean(in.requirements());
        p.contentSections(in.contentSections() == null ? List.of() : in.contentSections().stream()
                .map(s -> new ContentSection(Text.clean(s.heading()), Text.clean(s.body()))).toList());
        p.recipients.clear();
        List<RecipientInput> recipients = in.recipients() == null ? List.of() : in.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            RecipientInput r = recipients.get(i);
            p.recipients.add(new Recipient(org(r.organizationId(), "recipients[" + i + "].organizationId", errors), Text.clean(r.label())));
        }
        p.signerAuthority = Text.clean(in.signerAuthority());
        p.signerTitle = Text.clean(in.signerTitle());
        p.signerName = Text.clean(in.signerName());
        p.contactName = Text.clean(in.contactName());
        p.contactTitle = Text.clean(in.contactTitle());
        p.contactPhone = Text.clean(in.contactPhone());
        p.startDate = in.startDate();
        p.endDate = in.endDate();
        if (p.startDate != null && p.endDate != null && p.endDate.isBefore(p.startDate)) {
            errors.add(new FieldError("endDate", "BeforeStart", "Ngày kết thúc phải sau ngày bắt đầu"));
        }
        if (!errors.isEmpty()) throw new ApiException(ProblemType.UNPROCESSABLE, "Dữ liệu kế hoạch chưa hợp lệ", errors);
    }

    private Organization org(Long id, String field, List<FieldError> errors) {
        if (id == null) return null;
        Organization o = Organization.findInTenant(me.tenant(), id).orElse(null);
        if (o == null) errors.add(new FieldError(field, "UnknownOrganization", "Đơn vị " + id + " không tồn tại"));
        return o;
    }
}
