package vn.safeonline.task;

import vn.safeonline.common.BusinessClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Role;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.Etags;
import vn.safeonline.common.Idempotency;
import jakarta.ws.rs.core.Response;
import vn.safeonline.common.Num;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.org.OrgRef;
import vn.safeonline.org.Organization;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanAccess;
import vn.safeonline.plan.PlanStatus;
import vn.safeonline.task.TaskDtos.ProgressReportInput;
import vn.safeonline.task.TaskDtos.Target;
import vn.safeonline.task.TaskDtos.TaskInput;
import vn.safeonline.task.TaskDtos.TaskPermissions;
import vn.safeonline.task.TaskDtos.TaskView;

/** Assigning tasks (while the plan is a draft) and reporting on them (once it is issued). */
@RequestScoped
public class TaskService {
    @jakarta.inject.Inject
    vn.safeonline.common.DomainEvents events;
    @Inject
    Idempotency idempotency;
    @Inject
    CurrentUser me;
    @Inject
    PlanAccess planAccess;
    @Inject
    AuditLog audit;
    @Inject
    TaskProgressService progress;
    @Inject
    BusinessClock clock;

    /** The task, or 404 when the caller may not see its plan. */
    public Task find(long id) {
        return planAccess.findVisible(Task.class, "select t.* from task t join plan p on p.id = t.plan_id where t.id = :id", id)
                .orElseThrow(() -> ApiException.notFound("Nhiệm vụ", id));
    }

    /** The lead agency's officers and coordinators report the task's progress: their reports set its figure and status. */
    public boolean canReport(Task t) {
        return reporter(t) && me.org().id.equals(t.leadOrg.id);
    }

    /** A cooperating agency's officers and coordinators report their contribution: kept in the history, the figure untouched. */
    public boolean canContribute(Task t) {
        return reporter(t) && t.cooperators.stream().anyMatch(o -> o.id.equals(me.org().id));
    }

    /** The rule both kinds share: the plan is being carried out and the caller is an officer or coordinator (a person or a system client). */
    private boolean reporter(Task t) {
        return t.plan.status == PlanStatus.ISSUED && (me.has(Role.OFFICER) || me.has(Role.COORDINATOR));
    }

    /** Reports are seen by the plan's managing side and by the lead and cooperating agencies' people. */
    public boolean seesReports(Task t) {
        return planAccess.seesAllProgress(t.plan) || me.within(t.leadOrg) || t.cooperators.stream().anyMatch(me::within);
    }

    @Transactional
    public Task create(long planId, TaskInput input) {
        Plan plan = planAccess.find(planId);
        requireEditable(plan);
        Task t = new Task();
        t.plan = plan;
        t.position = (int) Task.count("plan", plan) + 1;
        apply(t, input);
        t.persist();
        Task.flush();
        audit.record("CREATE", "task", t.id, null, views(List.of(t)).get(0));
        return t;
    }

    @Transactional
    public Task update(long id, String ifMatch, TaskInput input) {
        Task t = find(id);
        requireEditable(t.plan);
        Etags.require(ifMatch, t.version);
        TaskView before = views(List.of(t)).get(0);
        apply(t, input);
        Task.flush();
        audit.record("UPDATE", "task", t.id, before, views(List.of(t)).get(0));
        return t;
    }

    @Transactional
    public void delete(long id) {
        Task t = find(id);
        requireEditable(t.plan);
        TaskView before = views(List.of(t)).get(0);
        t.delete();
        audit.record("DELETE", "task", id, before, null);
    }

    /**
     * Records a report — the lead agency's, or a cooperating agency's contribution (the one rule for the API, the SPA and system
     * clients with progress:write); with an Idempotency-Key a replay gets the first response. {@code created} says how to answer 201. */
    @Transactional
    public Response report(long taskId, String key, ProgressReportInput in, Function<ProgressReport, Response> created) {
        find(taskId); // 404 before the key is looked at
        return idempotency.once(key, Map.of("task", taskId, "report", in), () -> created.apply(report(taskId, in)));
    }

    @Transactional
    public ProgressReport report(long taskId, ProgressReportInput in) {
        Task t = find(taskId);
        if (t.plan.status != PlanStatus.ISSUED) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "Chỉ báo cáo tiến độ khi kế hoạch đang thực hiện (đã ban hành)");
        }
        boolean lead = canReport(t);
        if (!lead && !canContribute(t)) {
            throw ApiException.forbidden("Chỉ cán bộ của đơn vị chủ trì (" + t.leadOrg.name + ") hoặc đơn vị phối hợp báo cáo nhiệm vụ này");
        }
        if (!lead && in.done()) {
            throw ApiException.unprocessable("done", "LeadOnly", "Chỉ đơn vị chủ trì (" + t.leadOrg.name + ") báo cáo hoàn thành nhiệm vụ; đơn vị phối hợp báo cáo phần việc của mình");
        }
        if (in.reportDate().isAfter(clock.today())) {
            throw ApiException.unprocessable("reportDate", "InFuture", "Ngày báo cáo không được sau hôm nay");
        }
        if ((in.value() != null || in.done()) && progress.measuredByTargets(t)) {
            List<FieldError> errors = new ArrayList<>();
            if (in.value() != null) errors.add(new FieldError("value", "MeasuredByTargets", "Kết quả của nhiệm vụ này được tính từ chỉ tiêu của chiến dịch; báo cáo chỉ ghi nội dung và minh chứng"));
            if (in.done()) errors.add(new FieldError("done", "MeasuredByTargets", "Nhiệm vụ hoàn thành khi mọi chỉ tiêu của chiến dịch đạt"));
            throw new ApiException(ProblemType.UNPROCESSABLE, "Nhiệm vụ được đo bằng chỉ tiêu chiến dịch", errors);
        }
        ProgressReport r = new ProgressReport();
        r.task = t;
        r.reportDate = in.reportDate();
        r.value = in.value();
        r.done = in.done();
        r.text = Text.clean(in.text());
        r.evidenceLinks(in.evidenceLinks() == null ? List.of() : in.evidenceLinks().stream().map(String::trim).distinct().toList());
        r.reportedBy = me.user();
        r.organization = me.org();
        r.contribution = !lead;
        r.createdAt = clock.now();
        r.persist();
        ProgressReport.flush();
        audit.record("REPORT", "task", t.id, null, TaskDtos.ProgressReportView.of(r));
        events.publish(vn.safeonline.common.DomainEvents.TASK_PROGRESS_REPORTED, t.plan.tenantId, "task", t.id, "/api/tasks/" + t.id + "/progress-reports",
                t.plan.id, List.of(), Map.of("reportId", r.id, "contribution", r.contribution,
                        "organization", Map.of("id", r.organization.id, "code", r.organization.code == null ? "" : r.organization.code, "name", r.organization.name)));
        return r;
    }

    private void requireEditable(Plan plan) {
        if (!planAccess.owns(plan)) {
            throw ApiException.forbidden("Chỉ điều phối viên của cơ quan ban hành kế hoạch phân công nhiệm vụ");
        }
        if (plan.status != PlanStatus.DRAFT) {
            throw new ApiException(ProblemType.PLAN_FROZEN, "Kế hoạch đã ban hành: nhiệm vụ là một phần của văn bản và không sửa được");
        }
    }

    private void apply(Task t, TaskInput in) {
        List<FieldError> errors = new ArrayList<>();
        long tenant = me.tenant();
        String label = Text.clean(in.label());
        if (label != null && Task.count("plan = ?1 and label = ?2 and id <> ?3", t.plan, label, t.id == null ? -1L : t.id) > 0) {
            errors.add(new FieldError("label", "DuplicateLabel", "Kế hoạch đã có nhiệm vụ mang số hiệu " + label + " (số hiệu phải riêng, ví dụ III.1.a, III.1.b)"));
        }
        t.label = label;
        t.leadOrg = Organization.findInTenant(tenant, in.leadOrganizationId()).orElse(null);
        if (t.leadOrg == null) errors.add(new FieldError("leadOrganizationId", "UnknownOrganization", "Đơn vị chủ trì không tồn tại"));
        t.cooperators.clear();
        List<Long> coop = in.cooperatingOrganizationIds() == null ? List.of() : in.cooperatingOrganizationIds();
        for (int i = 0; i < coop.size(); i++) {
            Organization o = Organization.findInTenant(tenant, coop.get(i)).orElse(null);
            if (o == null) {
                errors.add(new FieldError("cooperatingOrganizationIds[" + i + "]", "UnknownOrganization", "Đơn vị phối hợp không tồn tại"));
            } else if (t.leadOrg != null && o.id.equals(t.leadOrg.id)) {
                errors.add(new FieldError("cooperatingOrganizationIds[" + i + "]", "SameAsLead", "Đơn vị chủ trì không đồng thời là đơn vị phối hợp"));
            } else {
                t.cooperators.add(o);
            }
        }
        t.text = Text.clean(in.text());
        t.dueDate = in.dueDate();
        Target target = in.target();
        if (target != null && target.kind() == TargetKind.PERCENT && target.value().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            errors.add(new FieldError("target.value", "Max", "Chỉ tiêu phần trăm không vượt quá 100"));
        }
        t.targetKind = target == null ? null : target.kind();
        t.targetValue = target == null ? null : target.value();
        t.targetUnit = target == null ? null : Text.clean(target.unit());
        t.targetScope = target == null ? null : Text.clean(target.scope());
        if (!errors.isEmpty()) throw new ApiException(ProblemType.UNPROCESSABLE, "Dữ liệu nhiệm vụ chưa hợp lệ", errors);
    }

    private static final Map<String, String> SORTS = new java.util.LinkedHashMap<>();

    static {
        SORTS.put("dueDate", "t.dueDate");
        SORTS.put("updatedAt", "t.updatedAt");
        SORTS.put("status", "tp.status");
        SORTS.put("position", "t.position");
    }

    /**
     * Which tasks a list shows: an organisation's (it leads or cooperates), a derived status, a plan, words, changed since;
     * issuedOnly keeps the tasks of issued plans (what is to do now: the homes).
     */
    public record Query(Long organization, TaskStatus status, Long planId, String q, OffsetDateTime since, boolean issuedOnly) {
    }

    /** Tasks across the plans the caller may see (never a cancelled plan's), paged. */
    public vn.safeonline.common.PageResponse<TaskView> list(Query query, vn.safeonline.common.PageParams page) {
        Long organization = query.organization();
        TaskStatus st = query.status();
        Long planId = query.planId();
        String q = query.q();
        OffsetDateTime since = query.since();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(planAccess.visible(params));
        where.append(query.issuedOnly() ? " and p.status = vn.safeonline.plan.PlanStatus.ISSUED" : " and p.status <> vn.safeonline.plan.PlanStatus.CANCELLED");
        if (organization != null) {
            where.append(" and (t.leadOrg.id = :org or exists (select 1 from Task t2 join t2.cooperators c where t2 = t and c.id = :org))");
            params.put("org", organization);
        }
        if (planId != null) {
            where.append(" and p.id = :planId");
            params.put("planId", planId);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and ").append(vn.safeonline.common.Search.words(q).where("t.textSearch", "q", params));
        }
        if (since != null) {
            where.append(" and t.updatedAt >= :since");
            params.put("since", since);
        }
        String from = " from Task t join t.plan p where ";
        String select = "select t" + from + where + " order by "
                + (since != null ? page.orderBy(SORTS, "updatedAt", "t.id") : page.orderBy(SORTS, "dueDate", "t.plan.id desc, t.position"));
        if (st != null) {
            // the status is derived (TaskProgressService, targets included): filter the views, then take the page
            List<TaskView> matching = views(Task.<Task>find(select, params).list()).stream().filter(v -> v.status() == st).toList();
            List<TaskView> items = matching.subList(Math.min(page.offset(), matching.size()), Math.min(page.offset() + page.size, matching.size()));
            return new vn.safeonline.common.PageResponse<>(items, page.page, page.size, matching.size());
        }
        long total = Task.count("select count(t)" + from + where, params);
        List<Task> tasks = Task.<Task>find(select, params).range(page.offset(), page.offset() + page.size - 1).list();
        return new vn.safeonline.common.PageResponse<>(views(tasks), page.page, page.size, total);
    }

    /** Views of tasks with their progress today (Vietnam's day). */
    public List<TaskView> views(List<Task> tasks) {
        return views(tasks, clock.today());
    }

    /** The same views with the progress as it stood at the end of a day (for reports as of a date). */
    public List<TaskView> views(List<Task> tasks, LocalDate asOf) {
        if (tasks.isEmpty()) return List.of();
        Map<Long, TaskProgress> byTask = progress.of(tasks, asOf);
        return tasks.stream().map(t -> view(t, byTask.get(t.id))).toList();
    }

    TaskView view(Task t, TaskProgress p) {
        Target target = t.targetKind == null ? null : new Target(t.targetKind, Num.plain(t.targetValue), t.targetUnit, t.targetScope);
        return new TaskView(t.id, t.plan.id, t.plan.reference(), t.plan.title, t.label, OrgRef.of(t.leadOrg),
                t.cooperators.stream().map(OrgRef::of).toList(), t.text, t.dueDate, target, p.status(), Num.plain(p.reachedValue()),
                Num.plain(p.percent()), p.lastReportDate(), p.reportCount(), t.version,
                new TaskPermissions(t.plan.status == PlanStatus.DRAFT && planAccess.owns(t.plan), canReport(t), canContribute(t)), p.fromTargets(), p.doneDate(), t.updatedAt);
    }
}
