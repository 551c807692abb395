package vn.safeonline.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.campaign.CampaignAccess;
import vn.safeonline.campaign.CampaignIndicators;
import vn.safeonline.campaign.TargetDtos.Indicator;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.Role;
import vn.safeonline.contest.Contest;
import vn.safeonline.contest.EntryService;
import vn.safeonline.event.Event;
import vn.safeonline.home.HomeDtos.CampaignTargets;
import vn.safeonline.home.HomeDtos.ConsentWaiting;
import vn.safeonline.home.HomeDtos.DueTask;
import vn.safeonline.home.HomeDtos.EventFill;
import vn.safeonline.home.HomeDtos.HomeView;
import vn.safeonline.home.HomeDtos.Judging;
import vn.safeonline.home.HomeDtos.LaggingAgency;
import vn.safeonline.home.HomeDtos.LaggingPlan;
import vn.safeonline.home.HomeDtos.MyQuota;
import vn.safeonline.home.HomeDtos.PlanCount;
import vn.safeonline.home.HomeDtos.ReferralItem;
import vn.safeonline.home.HomeDtos.Referrals;
import vn.safeonline.home.HomeDtos.Reminder;
import vn.safeonline.home.HomeDtos.Section;
import vn.safeonline.home.HomeDtos.ShareKind;
import vn.safeonline.home.HomeDtos.ShareLink;
import vn.safeonline.home.HomeDtos.UnitCampaign;
import vn.safeonline.notification.Notification;
import vn.safeonline.org.OrgRef;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanAccess;
import vn.safeonline.plan.PlanService;
import vn.safeonline.plan.PlanStatus;
import vn.safeonline.quiz.QuizService;
import vn.safeonline.quota.QuotaDtos.Matrix;
import vn.safeonline.quota.QuotaDtos.QuotaView;
import vn.safeonline.quota.QuotaService;
import vn.safeonline.referral.ReferralService;
import vn.safeonline.referral.ReferralSide;
import vn.safeonline.referral.ReferralStatus;
import vn.safeonline.task.PlanProgressService;
import vn.safeonline.task.PlanProgressService.OrganizationProgress;
import vn.safeonline.task.TaskDtos.TaskView;
import vn.safeonline.task.TaskService;

/**
 * "What must I do today", per role. Every figure is asked of the service that owns it, as the caller (its visibility rules
 * apply): the progress roll-up's laggards, the quota matrix's agencies to urge, the campaign indicators, the judging lists.
 * Nothing here defines a figure of its own.
 */
@RequestScoped
public class HomeService {
    /** How many items a section lists at most (the page it links to has the rest). */
    static final int MAX_ITEMS = 8;
    /** "This week": today and the six days after it. */
    static final int WEEK_DAYS = 7;

    @Inject
    CurrentUser me;
    @Inject
    BusinessClock clock;
    @Inject
    PlanAccess planAccess;
    @Inject
    PlanService plans;
    @Inject
    PlanProgressService progress;
    @Inject
    TaskService tasks;
    @Inject
    QuotaService quotas;
    @Inject
    CampaignAccess campaignAccess;
    @Inject
    CampaignIndicators indicators;
    @Inject
    QuizService quizzes;
    @Inject
    EntryService entries;
    @Inject
    ReferralService referrals;

    public HomeView home() {
        LocalDate today = clock.today();
        Set<Section> sections = EnumSet.noneOf(Section.class);
        boolean works = me.has(Role.OFFICER) || me.has(Role.COORDINATOR) || me.isAdmin();
        List<Plan> visible = planAccess.all();

        // The issuer's side: its plans by state.
        List<PlanCount> byStatus = new ArrayList<>();
        List<Plan> owned = me.has(Role.COORDINATOR) || me.isAdmin() ? visible.stream().filter(planAccess::owns).toList() : List.of();
        if (!owned.isEmpty()) {
            sections.add(Section.PLANS_BY_STATUS);
            for (PlanStatus s : PlanStatus.values()) {
                long n = owned.stream().filter(p -> p.status == s).count();
                if (n > 0) byStatus.add(new PlanCount(s, n, "/plans?status=" + s.name()));
            }
        }

        // The monitors (issuer and standing agency): laggards and this week's deadlines on the issued plans they follow.
        List<Plan> monitored = visible.stream().filter(p -> p.status == PlanStatus.ISSUED && planAccess.seesAllProgress(p)).toList();
        List<LaggingPlan> laggards = new ArrayList<>();
        List<DueTask> thisWeek = new ArrayList<>();
        if (!monitored.isEmpty() && works) {
            sections.add(Section.LAGGARDS);
            sections.add(Section.DEADLINES_THIS_WEEK);
            for (Plan p : monitored) {
                List<OrganizationProgress> rows = progress.of(p, today).organizations();
                List<OrganizationProgress> lagging = rows.stream().filter(OrganizationProgress::lagging).toList();
                if (!lagging.isEmpty()) {
                    laggards.add(new LaggingPlan(p.id, p.reference(), p.title, lagging.stream().limit(5)
                            .map(r -> new LaggingAgency(r.organization(), r.counts().overdue(), r.taskCount() - r.counts().doneOnTime() - r.counts().doneLate(),
                                    r.percentReached())).toList(),
                            lagging.size(), rows.size(), planAccess.permissions(p).canRemind(), "/plans/" + p.id + "/progress"));
                }
                LocalDate weekEnd = today.plusDays(WEEK_DAYS - 1);
                tasks.list(new TaskService.Query(null, null, p.id, null, null, true), all()).items().stream()
                        .filter(t -> !t.status().done() && t.dueDate() != null && !t.dueDate().isBefore(today) && !t.dueDate().isAfter(weekEnd))
                        .forEach(t -> thisWeek.add(task(t, today)));
            }
            thisWeek.sort(Comparator.comparing(DueTask::dueDate).thenComparing(DueTask::taskId));
        }

        // Coming events whose lists the caller receives or organises: the quota matrix's own counts.
        List<EventFill> fill = new ArrayList<>();
        List<Plan> issued = visible.stream().filter(p -> p.status == PlanStatus.ISSUED).toList();
        if (!issued.isEmpty() && works) {
            List<Event> coming = Event.list("plan in ?1 and endsAt >= ?2 order by startsAt, id", issued, clock.now());
            for (Event e : coming) {
                if (!quotas.seesAll(e) || quotas.forEvent(e).isEmpty()) continue;
                Matrix m = quotas.matrix(e);
                fill.add(new EventFill(e.id, e.title, e.startsAt, daysUntil(today, e.startsAt), m.total().quota(), m.total().submitted(), m.toUrge().size(),
                        m.pastDeadline().size(), "/events/" + e.id + "/quota-matrix"));
            }
            if (!fill.isEmpty()) sections.add(Section.QUOTA_FILL);
        }

        // Campaigns: those the caller follows as a whole (targets behind), and those its organisation is a unit of.
        List<CampaignTargets> behind = new ArrayList<>();
        List<UnitCampaign> mine = new ArrayList<>();
        for (Campaign c : campaignAccess.all()) {
            if (c.plan.status != PlanStatus.ISSUED || c.startsOn.isAfter(today)) continue;
            if (campaignAccess.seesAll(c)) {
                CampaignIndicators.Computed computed = indicators.of(c.id);
                List<Indicator> notReached = computed.indicators().items().stream().filter(i -> !i.reached()).toList();
                behind.add(new CampaignTargets(c.id, c.name, computed.indicators().campaignWide(), computed.targets().size(), notReached,
                        "/campaigns/" + c.id + "?tab=indicators"));
                sections.add(Section.TARGETS_BEHIND);
            } else if (campaignAccess.myUnit(c) != null) {
                mine.add(unitCampaign(c));
                sections.add(Section.MY_CAMPAIGNS);
            }
        }

        // Child-support cases waiting at the receiving organisation (code and state only).
        Referrals waiting = null;
        if (referrals.access().canReceive()) {
            PageParams page = page(5);
            var received = referrals.list(ReferralSide.RECEIVED, ReferralStatus.OPEN, page);
            waiting = new Referrals(received.total(), received.items().stream()
                    .map(r -> new ReferralItem(r.id(), r.code(), r.status(), r.openedAt(), "/referrals/" + r.id())).toList(), "/referrals");
            sections.add(Section.REFERRALS_WAITING);
        }

        // The caller's own organisation: its tasks by due date, its quotas, its reminders.
        List<DueTask> myTasks = new ArrayList<>();
        List<MyQuota> myQuotas = new ArrayList<>();
        List<Reminder> reminders = new ArrayList<>();
        if (me.has(Role.OFFICER) || me.has(Role.COORDINATOR)) {
            tasks.list(new TaskService.Query(me.org().id, null, null, null, null, true), all()).items().stream()
                    .filter(t -> !t.status().done())
                    .sorted(Comparator.comparing(TaskView::dueDate, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(TaskView::id))
                    .limit(MAX_ITEMS).forEach(t -> myTasks.add(task(t, today)));
            if (me.has(Role.OFFICER) || !myTasks.isEmpty()) sections.add(Section.MY_TASKS);
            OffsetDateTime now = clock.now();
            for (QuotaView q : quotas.mine()) {
                var quota = quotas.find(q.id());
                myQuotas.add(new MyQuota(q.id(), q.eventId(), quota.event.title, q.category().name(), q.count(), q.filled(), quota.effectiveDeadline(),
                        daysUntil(today, quota.effectiveDeadline()), quota.state(q.filled(), now), q.canSubmit(), "/events/" + q.eventId() + "/my-quotas"));
            }
            if (!myQuotas.isEmpty()) sections.add(Section.MY_QUOTAS);
            for (Notification n : Notification.unread(me.userId(), MAX_ITEMS)) {
                reminders.add(new Reminder(n.id, n.kind, n.title, n.createdAt, reminderLink(n)));
            }
            sections.add(Section.MY_REMINDERS);
        }

        // A judge: the contests with entries to score.
        List<Judging> toScore = entries.myJudging().stream()
                .map(j -> new Judging(j.contestId(), j.title(), j.closesAt(), j.assigned(), j.scored(), "/contests/" + j.contestId() + "?tab=judging")).toList();
        if (!toScore.isEmpty()) sections.add(Section.TO_SCORE);

        sections.add(Section.RECENT_PLANS);
        var recent = plans.list(null, null, page(5)).items();
        return new HomeView(today, List.copyOf(sections), byStatus, laggards, thisWeek.stream().limit(MAX_ITEMS).toList(), fill, behind, waiting, myTasks,
                myQuotas, reminders, mine, toScore, recent);
    }

    /** A unit's campaign: its own figures, the public pages carrying its code, its pupils' entries waiting for a guardian's consent. */
    private UnitCampaign unitCampaign(Campaign c) {
        OrgRef unit = OrgRef.of(campaignAccess.myUnit(c).organization);
        String code = "?unit=" + java.net.URLEncoder.encode(unit.code(), java.nio.charset.StandardCharsets.UTF_8);
        List<ShareLink> share = new ArrayList<>();
        if (c.hasFrame()) share.add(new ShareLink(ShareKind.FRAME, c.name, "/khung-anh/" + c.publicId + code));
        share.add(new ShareLink(ShareKind.WALL, c.name, "/buc-tuong/" + c.publicId + code));
        quizzes.quizzes(c.id).forEach(q -> share.add(new ShareLink(ShareKind.QUIZ, q.title(), "/trac-nghiem/" + q.publicId() + code)));
        List<ConsentWaiting> consent = new ArrayList<>();
        OffsetDateTime now = clock.now();
        for (Contest k : Contest.ofCampaign(c.id)) {
            if (k.publishedAt == null && !k.closesAt.isBefore(now)) share.add(new ShareLink(ShareKind.CONTEST, k.title, "/cuoc-thi/" + k.publicId));
            if (me.has(Role.OFFICER) || me.has(Role.COORDINATOR)) {
                long awaiting = entries.count(k.id, "AWAITING_CONSENT");
                if (awaiting > 0) consent.add(new ConsentWaiting(k.id, k.title, awaiting, "/contests/" + k.id + "?tab=entries"));
            }
        }
        return new UnitCampaign(c.id, c.name, unit, indicators.of(c.id).indicators().items(), share, consent, "/campaigns/" + c.id);
    }

    private static DueTask task(TaskView t, LocalDate today) {
        return new DueTask(t.id(), t.label(), t.text(), t.planReference(), t.leadOrganization(), t.dueDate(), t.status(),
                t.dueDate() == null ? null : ChronoUnit.DAYS.between(today, t.dueDate()), "/tasks/" + t.id());
    }

    private static long daysUntil(LocalDate today, OffsetDateTime at) {
        return ChronoUnit.DAYS.between(today, at.atZoneSameInstant(BusinessClock.ZONE).toLocalDate());
    }

    /** A reminder opens its task, else its plan (sent only to parties of the plan). */
    private String reminderLink(Notification n) {
        if (n.taskId != null) return "/tasks/" + n.taskId;
        if (n.planId != null && planAccess.sees(n.planId)) return "/plans/" + n.planId;
        return null;
    }

    private static PageParams page(int size) {
        PageParams p = new PageParams();
        p.page = 1;
        p.size = size;
        return p;
    }

    private static PageParams all() {
        return page(PageParams.MAX_SIZE);
    }
}
