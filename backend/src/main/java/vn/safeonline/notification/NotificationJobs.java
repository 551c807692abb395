package vn.safeonline.notification;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.DomainEvents;
import vn.safeonline.common.Role;
import vn.safeonline.common.ScheduledRuns;
import vn.safeonline.email.EmailOutbox;
import vn.safeonline.email.EmailOutbox.Recipient;
import vn.safeonline.email.EmailTemplates;
import vn.safeonline.plan.PlanStatus;
import vn.safeonline.quota.Quota;
import vn.safeonline.quota.QuotaService;
import vn.safeonline.task.Task;
import vn.safeonline.task.TaskProgress;
import vn.safeonline.task.TaskProgressService;
import vn.safeonline.task.TaskStatus;
import vn.safeonline.user.AppUser;

/**
 * Scheduled work on issued plans (issue 13, part 4), each job callable directly (tests, operators) and recorded in
 * {@code scheduled_run}; each runs in one transaction under its advisory lock ({@link ScheduledRuns#locked}), so a second
 * replica skips it, and what it acts on is recorded once ({@code scheduled_notice}, the outbox's dedupe key), so nothing
 * is sent twice. Times come from the business clock (Vietnam).
 * <ul>
 * <li>{@link #quotaDeadlines()}: a numbered quota not filled, its deadline 3 days and then 1 day ahead: email to the owner's
 *     officers and coordinators.</li>
 * <li>{@link #overdueTasks()}: a task turning overdue (TaskProgressService's OVERDUE): email to its lead organisation's
 *     people, once per task and due date.</li>
 * <li>{@link #escalations()}: a task still overdue {@code app.escalation.days} days after its lead organisation was urged
 *     (đôn đốc): an in-app notification and an email to the issuer's coordinators, once per urging.</li>
 * <li>{@link #dailyDigest()}: to each standing agency's coordinators, its plans' overdue tasks and unfilled quotas, by count.</li>
 * </ul>
 */
@ApplicationScoped
public class NotificationJobs {
    @Inject
    DomainEvents events;
    public static final String OVERDUE = "TASK_OVERDUE";
    public static final String ESCALATION = "ESCALATION";

    @Inject
    ScheduledRuns runs;
    @Inject
    BusinessClock clock;
    @Inject
    EmailOutbox outbox;
    @Inject
    TaskProgressService taskProgress;
    @Inject
    QuotaService quotas;
    @Inject
    EntityManager em;

    @ConfigProperty(name = "app.escalation.days", defaultValue = "7")
    int escalationDays;

    @Scheduled(identity = "deadline-jobs", cron = "{app.jobs.deadlines.cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledDeadlines(ScheduledExecution execution) {
        runs.firing(execution, () -> {
            quotaDeadlines();
            overdueTasks();
            escalations();
        });
    }

    @Scheduled(identity = "daily-digest", cron = "{app.jobs.digest.cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledDigest(ScheduledExecution execution) {
        runs.firing(execution, this::dailyDigest);
    }

    /** Deadline reminders for quotas not filled, 3 days and 1 day ahead. Outcome: quotas, emails. */
    @ActivateRequestContext
    public ScheduledRuns.Run quotaDeadlines() {
        return runs.locked("quota-deadlines", out -> {
            OffsetDateTime now = clock.now();
            LocalDate today = clock.today();
            List<Quota> open = Quota.list("select q from Quota q join fetch q.event e join fetch e.plan p join fetch q.owner"
                    + " join fetch q.category where q.count is not null and p.status = ?1 and (q.deadline > ?2 or q.extendedUntil > ?2)",
                    PlanStatus.ISSUED, now);
            Map<Long, Long> filled = quotas.filled(open.stream().map(q -> q.id).toList());
            int reminded = 0;
            int queued = 0;
            for (Quota q : open) {
                OffsetDateTime deadline = q.effectiveDeadline();
                long f = filled.getOrDefault(q.id, 0L);
                if (!deadline.isAfter(now) || f >= q.count) continue;
                long days = ChronoUnit.DAYS.between(today, deadline.atZoneSameInstant(BusinessClock.ZONE).toLocalDate());
                int stage = days <= 1 ? 1 : days <= 3 ? 3 : 0;
                if (stage == 0) continue;
                reminded++;
                if (runs.notice("QUOTA_DEADLINE_EVENT", "quota:" + q.id + ":" + stage + ":" + deadline.toEpochSecond())) {
                    events.publish(DomainEvents.QUOTA_DEADLINE_APPROACHING, q.owner.tenant(), "quota", q.id, "/api/quotas/" + q.id,
                            List.of(q.owner.id, q.receiver.id));
                }
                for (Recipient r : outbox.recipients(List.of(q.owner.id), Set.of(Role.OFFICER, Role.COORDINATOR))) {
                    String key = "quota-deadline:" + q.id + ":" + stage + ":" + deadline.toEpochSecond() + ":u" + r.userId();
                    if (outbox.queue(r, "QUOTA_DEADLINE", key, EmailTemplates.quotaDeadline(r.fullName(), q.event.title, q.owner.name,
                            q.category.name, f, q.count, deadline, (int) Math.max(days, 1)))) queued++;
                }
            }
            out.put("quotas", reminded);
            out.put("emails", queued);
        });
    }

    /** A task turning overdue, detected once per task and due date. Outcome: overdue, newlyOverdue, emails. */
    @ActivateRequestContext
    public ScheduledRuns.Run overdueTasks() {
        return runs.locked("overdue-tasks", out -> {
            List<Task> overdue = overdueNow();
            int fresh = 0;
            int queued = 0;
            for (Task t : overdue) {
                LocalDate due = due(t);
                if (!runs.notice(OVERDUE, "task:" + t.id + ":" + due)) continue;
                fresh++;
                events.publish(DomainEvents.TASK_OVERDUE, t.plan.tenantId, "task", t.id, "/api/tasks/" + t.id, t.plan.id, List.of());
                for (Recipient r : outbox.recipients(List.of(t.leadOrg.id), Set.of())) {
                    if (outbox.queue(r, OVERDUE, "task-overdue:" + t.id + ":" + due + ":u" + r.userId(), EmailTemplates.taskOverdue(
                            r.fullName(), t.plan.reference(), t.plan.title, t.label, t.text, due))) queued++;
                }
            }
            out.put("overdue", overdue.size());
            out.put("newlyOverdue", fresh);
            out.put("emails", queued);
        });
    }

    /** A task still overdue N days after its lead organisation was urged: raised to the issuer's coordinators. Outcome: escalated, notified. */
    @ActivateRequestContext
    public ScheduledRuns.Run escalations() {
        return runs.locked("escalations", out -> {
            OffsetDateTime now = clock.now();
            int escalated = 0;
            int notified = 0;
            for (Task t : overdueNow()) {
                OffsetDateTime urgedAt = lastUrged(t);
                if (urgedAt == null || urgedAt.plusDays(escalationDays).isAfter(now)) continue;
                if (!runs.notice(ESCALATION, "task:" + t.id + ":" + urgedAt.toEpochSecond())) continue;
                escalated++;
                LocalDate due = due(t);
                List<AppUser> coordinators = AppUser.<AppUser>list("organization.id = ?1 and active = true and system = false order by id",
                        t.plan.issuingOrg.id).stream().filter(u -> u.roleSet().contains(Role.COORDINATOR)).toList();
                String title = "Nhiệm vụ vẫn quá hạn sau đôn đốc: " + t.label + " — Kế hoạch " + t.plan.reference();
                String body = t.leadOrg.name + " chủ trì nhiệm vụ " + t.label + " (hạn " + due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + "); đã được đôn đốc nhưng sau " + escalationDays + " ngày vẫn chưa hoàn thành.";
                for (AppUser u : coordinators) {
                    Notification.toUserQuietly(u, ESCALATION, title, body, t.plan.id, t.id);
                    if (EmailOutbox.wantsEmail(u)) {
                        outbox.queue(Recipient.of(u), ESCALATION, "escalation:" + t.id + ":" + urgedAt.toEpochSecond() + ":u" + u.id,
                                EmailTemplates.escalation(u.fullName, t.plan.reference(), t.label, t.leadOrg.name, due, urgedAt, escalationDays));
                    }
                    notified++;
                }
            }
            out.put("escalated", escalated);
            out.put("notified", notified);
        });
    }

    /** The standing agencies' daily digest (once a day per agency and coordinator). Outcome: agencies, emails. */
    @ActivateRequestContext
    public ScheduledRuns.Run dailyDigest() {
        return runs.locked("daily-digest", out -> {
            LocalDate today = clock.today();
            OffsetDateTime now = clock.now();
            Map<Long, Map<Long, int[]>> byAgency = new LinkedHashMap<>(); // standing org -> plan -> {overdue, open quotas}
            Map<Long, vn.safeonline.plan.Plan> plans = new LinkedHashMap<>();
            for (Task t : overdueNow()) {
                plans.put(t.plan.id, t.plan);
                byAgency.computeIfAbsent(t.plan.standingOrg.id, k -> new LinkedHashMap<>()).computeIfAbsent(t.plan.id, k -> new int[2])[0]++;
            }
            List<Quota> open = Quota.list("select q from Quota q join fetch q.event e join fetch e.plan p where q.count is not null"
                    + " and p.status = ?1 and (q.deadline > ?2 or q.extendedUntil > ?2)", PlanStatus.ISSUED, now);
            Map<Long, Long> filled = quotas.filled(open.stream().map(q -> q.id).toList());
            for (Quota q : open) {
                if (filled.getOrDefault(q.id, 0L) >= q.count) continue;
                vn.safeonline.plan.Plan p = q.event.plan;
                plans.put(p.id, p);
                byAgency.computeIfAbsent(p.standingOrg.id, k -> new LinkedHashMap<>()).computeIfAbsent(p.id, k -> new int[2])[1]++;
            }
            int queued = 0;
            for (var agency : byAgency.entrySet()) {
                List<EmailTemplates.DigestLine> lines = new ArrayList<>();
                agency.getValue().forEach((planId, c) -> {
                    vn.safeonline.plan.Plan p = plans.get(planId);
                    lines.add(new EmailTemplates.DigestLine(p.reference(), p.title, c[0], c[1]));
                });
                String agencyName = plans.get(agency.getValue().keySet().iterator().next()).standingOrg.name;
                for (Recipient r : outbox.recipients(List.of(agency.getKey()), Set.of(Role.COORDINATOR))) {
                    if (outbox.queue(r, "DIGEST", "digest:" + agency.getKey() + ":" + today + ":u" + r.userId(),
                            EmailTemplates.digest(r.fullName(), agencyName, today, lines))) queued++;
                }
            }
            out.put("agencies", byAgency.size());
            out.put("emails", queued);
        });
    }

    /** The ids of the tasks overdue today (for operators and tests). */
    @ActivateRequestContext
    public List<Long> overdueTaskIds() {
        return overdueNow().stream().map(t -> t.id).toList();
    }

    /** The unfinished tasks of issued plans that are overdue today, by TaskProgressService. */
    private List<Task> overdueNow() {
        List<Task> tasks = Task.list("select t from Task t join fetch t.plan p join fetch t.leadOrg where p.status = ?1 order by t.id", PlanStatus.ISSUED);
        Map<Long, TaskProgress> progress = taskProgress.today(tasks);
        return tasks.stream().filter(t -> progress.get(t.id).status() == TaskStatus.OVERDUE).toList();
    }

    private static LocalDate due(Task t) {
        return t.dueDate != null ? t.dueDate : t.plan.endDate;
    }

    /** When the task's lead organisation was last urged (đôn đốc) about the task's plan, if ever. */
    private OffsetDateTime lastUrged(Task t) {
        List<?> rows = em.createNativeQuery("select max(n.created_at) from notification n join app_user u on u.id = n.recipient_id"
                        + " where n.plan_id = ?1 and n.kind = 'REMINDER' and u.organization_id = ?2", OffsetDateTime.class)
                .setParameter(1, t.plan.id).setParameter(2, t.leadOrg.id).getResultList();
        return rows.isEmpty() ? null : (OffsetDateTime) rows.get(0);
    }
}
