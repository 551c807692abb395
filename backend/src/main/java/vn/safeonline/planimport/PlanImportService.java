package vn.safeonline.planimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import jakarta.ws.rs.core.Response;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.campaign.CampaignDtos.CampaignInput;
import vn.safeonline.campaign.CampaignService;
import vn.safeonline.campaign.TargetDtos.TargetInput;
import vn.safeonline.campaign.TargetService;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.Idempotency;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.event.Event;
import vn.safeonline.event.EventDtos.EventInput;
import vn.safeonline.event.EventService;
import vn.safeonline.org.Organization;
import vn.safeonline.org.OrganizationResource.OrganizationInput;
import vn.safeonline.org.OrganizationService;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanDtos.PlanInput;
import vn.safeonline.plan.PlanService;
import vn.safeonline.planimport.ImportDtos.Draft;
import vn.safeonline.planimport.ImportDtos.DraftOrganization;
import vn.safeonline.planimport.ImportDtos.DraftPlan;
import vn.safeonline.planimport.ImportDtos.DraftQuota;
import vn.safeonline.planimport.ImportDtos.DraftTarget;
import vn.safeonline.planimport.ImportDtos.DraftTask;
import vn.safeonline.planimport.ImportDtos.Result;
import vn.safeonline.quota.InviteeCategory;
import vn.safeonline.quota.QuotaDtos.QuotaInput;
import vn.safeonline.quota.QuotaService;
import vn.safeonline.task.TaskDtos.TaskInput;
import vn.safeonline.task.TaskService;

/**
 * Reading a plan's text into a draft, and confirming a draft: the organisations it proposes, the plan, its tasks, events,
 * quotas, campaign and targets in one transaction, each through the service that owns its rules.
 */
@ApplicationScoped
public class PlanImportService {
    @Inject
    CurrentUser me;
    @Inject
    PlanService plans;
    @Inject
    TaskService tasks;
    @Inject
    EventService events;
    @Inject
    QuotaService quotas;
    @Inject
    CampaignService campaigns;
    @Inject
    TargetService targets;
    @Inject
    OrganizationService organizations;
    @Inject
    Validator validator;
    @Inject
    BusinessClock clock;
    @Inject
    Idempotency idempotency;

    /** The draft of a text; a text that is no plan at all is a 422, never an error of the server. */
    public Draft draft(String kind, String text) {
        long tenant = me.tenant();
        DocText doc = new DocText(text);
        OrgMatcher orgs = new OrgMatcher(Organization.list("tenantId = ?1 or id = ?1", tenant));
        Map<String, PlanParser.Category> categories = new HashMap<>();
        InviteeCategory.<InviteeCategory>list("tenantId = ?1 and planId is null", tenant)
                .forEach(c -> categories.put(c.code, new PlanParser.Category(c.id, c.name)));
        PlanParser parser = new PlanParser(doc, orgs, categories, clock.today());
        PlanParser.Parsed parsed = parser.parse();
        if (!parsed.looksLikePlan()) {
            throw ApiException.unprocessable("file", "NotAPlan",
                    "Văn bản không giống một kế hoạch: không thấy tiêu đề “KẾ HOẠCH” cùng các mục I, II, III hoặc phần phân công nhiệm vụ");
        }
        List<String> lines = doc.lines.size() > 20000 ? doc.lines.subList(0, 20000) : doc.lines;
        List<ImportDtos.Field> fields = parser.fields.size() > 5000 ? parser.fields.subList(0, 5000) : parser.fields;
        return new Draft(kind, lines, parsed.plan(), limit(parsed.tasks(), 200), limit(parsed.events(), 20), limit(parsed.quotas(), 500), parsed.campaign(),
                limit(parsed.targets(), 100), limit(parsed.newOrganizations(), 100), fields, limit(parser.warnings, 500));
    }

    private static <T> List<T> limit(List<T> list, int max) {
        return list.size() > max ? List.copyOf(list.subList(0, max)) : list;
    }

    /**
     * Creates what the draft says, as confirmed: any refusal refuses the whole, its field named where it is in the draft. With an
     * Idempotency-Key, a replay answers the first response (claimed and completed in the same transaction as the creation).
     */
    @Transactional
    public Response confirm(String key, Draft in, Function<Result, Response> created) {
        return idempotency.once(key, in, () -> created.apply(create(in)));
    }

    private Result create(Draft in) {
        long tenant = me.tenant();
        // 1. the proposed organisations the coordinator keeps
        List<DraftOrganization> proposals = in.newOrganizations();
        Map<Integer, Long> created = new HashMap<>();
        List<Long> organizationIds = new ArrayList<>();
        for (int i = 0; i < proposals.size(); i++) {
            DraftOrganization o = proposals.get(i);
            if (!o.create()) continue;
            String prefix = "newOrganizations[" + i + "].";
            if (o.parentOrganizationId() == null) throw ApiException.unprocessable(prefix + "parentOrganizationId", "Required", "Chọn đơn vị cấp trên cho đơn vị mới");
            OrganizationInput input = new OrganizationInput(code(o.name(), tenant), o.name(), o.type(), o.parentOrganizationId());
            valid(prefix, input);
            Organization org = prefixed(prefix, () -> organizations.create(tenant, input));
            created.put(i, org.id);
            organizationIds.add(org.id);
        }
        // 2. the plan, with its standing agency
        DraftPlan d = in.plan();
        Long standing = resolve(d.standingOrganizationId(), d.standingNewOrganization(), created);
        PlanInput planInput = new PlanInput(d.number(), d.symbol(), d.place(), d.issueDate(), d.title(), standing, d.legalBases(), d.purpose(), d.requirements(),
                d.contentSections(), d.recipients(), d.signerAuthority(), d.signerTitle(), d.signerName(), d.contactName(), d.contactTitle(), d.contactPhone(),
                d.startDate(), d.endDate());
        valid("plan.", planInput);
        Plan plan = prefixed("plan.", () -> plans.create(planInput));
        // 3. tasks, events, quotas
        List<Long> taskIds = new ArrayList<>();
        for (int i = 0; i < in.tasks().size(); i++) {
            DraftTask t = in.tasks().get(i);
            List<Long> cooperating = new ArrayList<>(t.cooperatingOrganizationIds());
            if (t.cooperatingNewOrganizations() != null) {
                for (Integer n : t.cooperatingNewOrganizations()) if (created.containsKey(n) && !cooperating.contains(created.get(n))) cooperating.add(created.get(n));
            }
            TaskInput input = new TaskInput(t.label(), resolve(t.leadOrganizationId(), t.leadNewOrganization(), created), cooperating, t.text(), t.dueDate(), t.target());
            String prefix = "tasks[" + i + "].";
            valid(prefix, input);
            taskIds.add(prefixed(prefix, () -> tasks.create(plan.id, input).id));
        }
        List<Long> eventIds = new ArrayList<>();
        for (int i = 0; i < in.events().size(); i++) {
            var e = in.events().get(i);
            EventInput input = new EventInput(e.title(), e.startsAt(), e.endsAt(), e.format(), e.expectedAttendance(), e.chair(), e.description(), e.venues());
            String prefix = "events[" + i + "].";
            valid(prefix, input);
            eventIds.add(prefixed(prefix, () -> events.create(plan.id, input).id));
        }
        List<Long> quotaIds = new ArrayList<>();
        for (int i = 0; i < in.quotas().size(); i++) {
            DraftQuota q = in.quotas().get(i);
            String prefix = "quotas[" + i + "].";
            if (q.eventIndex() >= eventIds.size()) {
                throw ApiException.unprocessable(prefix + "eventIndex", "UnknownEvent", "Chỉ tiêu mời gắn với một sự kiện không có trong bản nháp");
            }
            Long owner = resolve(q.ownerOrganizationId(), q.ownerNewOrganization(), created);
            if (owner == null && q.taskIndex() < in.tasks().size()) {
                DraftTask t = in.tasks().get(q.taskIndex());
                owner = resolve(t.leadOrganizationId(), t.leadNewOrganization(), created);
            }
            QuotaInput input = new QuotaInput(owner, q.categoryId(), q.count(), q.deadline(), q.receivingOrganizationId(), q.note());
            valid(prefix, input);
            Event event = Event.findById(eventIds.get(q.eventIndex()));
            quotaIds.add(prefixed(prefix, () -> quotas.create(event.id, input).id));
        }
        // 4. the campaign and its targets
        Long campaignId = null;
        List<Long> targetIds = new ArrayList<>();
        if (in.campaign() != null) {
            var c = in.campaign();
            CampaignInput input = new CampaignInput(c.name(), c.slogans(), c.hashtags(), c.startsOn(), c.endsOn(), c.organisers(), c.directAudience(),
                    c.indirectAudience(), null, null, null, null);
            valid("campaign.", input);
            Campaign campaign = prefixed("campaign.", () -> campaigns.create(plan.id, input));
            campaignId = campaign.id;
            for (int i = 0; i < in.targets().size(); i++) {
                DraftTarget t = in.targets().get(i);
                String prefix = "targets[" + i + "].";
                Long taskId = t.taskIndex() == null ? null : t.taskIndex() < taskIds.size() ? taskIds.get(t.taskIndex()) : -1L;
                if (taskId != null && taskId < 0) throw ApiException.unprocessable(prefix + "taskIndex", "UnknownTask", "Chỉ tiêu gắn với một nhiệm vụ không có trong bản nháp");
                TargetInput target = new TargetInput(taskId, t.name(), t.kind(), t.activityType(), t.audience(), t.unitTypes(), null, null, null, t.goalPercent());
                valid(prefix, target);
                targetIds.add(prefixed(prefix, () -> targets.create(campaign, target).id));
            }
        } else if (!in.targets().isEmpty()) {
            throw ApiException.unprocessable("targets", "NoCampaign", "Chỉ tiêu cần một chiến dịch: giữ phần chiến dịch hoặc bỏ các chỉ tiêu");
        }
        return new Result(plan.id, taskIds, eventIds, quotaIds, campaignId, targetIds, organizationIds);
    }

    /** An id given, or the organisation created for the proposal named; null when neither (the creation then says what is missing). */
    private static Long resolve(Long id, Integer proposal, Map<Integer, Long> created) {
        if (id != null) return id;
        return proposal == null ? null : created.get(proposal);
    }

    /** Bean Validation of the input a service takes, its fields named where they are in the draft. */
    private <T> void valid(String prefix, T input) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(input)) {
            errors.add(new FieldError(prefix + v.getPropertyPath(), v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()));
        }
        if (!errors.isEmpty()) throw new ApiException(ProblemType.VALIDATION_FAILED, "Bản nháp chưa đủ để tạo kế hoạch", errors);
    }

    /** A code for a new organisation from its name: "Sở Thông tin và Truyền thông" → NEW-STTVTT, unique in the deployment. */
    static String code(String name, long tenant) {
        String initials = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9 ]", " ").trim().replaceAll("\\s+", " ");
        StringBuilder b = new StringBuilder("NEW-");
        for (String w : initials.split(" ")) if (!w.isEmpty()) b.append(Character.toUpperCase(w.charAt(0)));
        String base = b.length() > 40 ? b.substring(0, 40) : b.toString();
        String code = base;
        for (int n = 2; Organization.findByCode(tenant, code).isPresent(); n++) code = base + "-" + n;
        return code.toUpperCase(Locale.ROOT);
    }

    /** Runs one creation; its field errors are named where they are in the confirmed draft. */
    private static <T> T prefixed(String prefix, Supplier<T> create) {
        try {
            return create.get();
        } catch (ApiException e) {
            if (e.errors == null || e.errors.isEmpty()) throw e;
            List<FieldError> named = e.errors.stream().map(f -> new FieldError(prefix + f.field(), f.code(), f.message())).toList();
            throw new ApiException(e.type, e.getMessage(), e.englishDetail, named);
        }
    }
}
