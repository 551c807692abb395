package vn.safeonline.task;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.SqlValues;
import vn.safeonline.plan.PlanStatus;
import vn.safeonline.task.TargetFigures.TargetState;

/**
 * The one definition of a task's progress on a day. Every path asks it: task lists and pages, the plan's roll-up, reminders,
 * the official DOCX/PDF report and the XLSX tables, with the same {@code asOf}.
 * <ul>
 * <li>A task that campaign targets measure takes its figure from them: its percent is the lowest of its targets' values, and it
 *     is done only when every target is reached — on time when the last was reached by the due date (the task's, else the
 *     plan's end). Typed reports on it carry narrative and evidence only.</li>
 * <li>Any other task: the database function {@code task_progress_at} over its typed reports dated up to that day.</li>
 * </ul>
 */
@RequestScoped
public class TaskProgressService {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    EntityManager em;
    @Inject
    BusinessClock clock;
    @Inject
    Instance<TargetFigures> targetFigures;

    /** Whether campaign targets measure the task (its figure and "done" are theirs, not typed). */
    public boolean measuredByTargets(Task t) {
        return targetFigures.isResolvable() && targetFigures.get().measures(t.id);
    }

    /** Progress today (Vietnam's day). */
    public Map<Long, TaskProgress> today(List<Task> tasks) {
        return of(tasks, clock.today());
    }

    public Map<Long, TaskProgress> of(List<Task> tasks, LocalDate asOf) {
        Map<Long, TaskProgress> out = new HashMap<>();
        if (tasks.isEmpty()) return out;
        List<Long> ids = tasks.stream().map(t -> t.id).toList();
        Map<Long, TaskProgress> typed = typed(ids, asOf);
        Map<Long, List<TargetState>> targets = targetFigures.isResolvable() ? targetFigures.get().forTasks(ids, asOf) : Map.of();
        for (Task t : tasks) {
            TaskProgress p = typed.getOrDefault(t.id, TaskProgress.notStarted(t.id));
            List<TargetState> states = targets.get(t.id);
            out.put(t.id, states == null || states.isEmpty() ? withPercent(t, p) : fromTargets(t, p, states, asOf));
        }
        return out;
    }

    private Map<Long, TaskProgress> typed(Collection<Long> ids, LocalDate asOf) {
        Map<Long, TaskProgress> out = new HashMap<>();
        List<Tuple> rows = em.createNativeQuery("select task_id, report_count, last_report_date, reached_value, done_date, status"
                + " from task_progress_at(:asOf) where task_id in (:ids)", Tuple.class)
                .setParameter("asOf", asOf).setParameter("ids", ids).getResultList();
        for (Tuple r : rows) {
            long id = r.get("task_id", Number.class).longValue();
            out.put(id, new TaskProgress(id, r.get("report_count", Number.class).longValue(), SqlValues.localDate(r.get("last_report_date")),
                    SqlValues.decimal(r.get("reached_value")), null, SqlValues.localDate(r.get("done_date")),
                    TaskStatus.valueOf(r.get("status", String.class)), false));
        }
        return out;
    }

    /** Share of the typed target reached, 0–100; without a target, 100 when done and 0 otherwise. */
    private static TaskProgress withPercent(Task t, TaskProgress p) {
        BigDecimal percent;
        if (t.targetValue == null || p.reachedValue() == null) percent = p.status().done() ? HUNDRED : BigDecimal.ZERO;
        else percent = p.reachedValue().multiply(HUNDRED).divide(t.targetValue, 1, RoundingMode.HALF_UP).min(HUNDRED);
        return new TaskProgress(p.taskId(), p.reportCount(), p.lastReportDate(), p.reachedValue(), percent, p.doneDate(), p.status(), false);
    }

    private static TaskProgress fromTargets(Task t, TaskProgress typed, List<TargetState> states, LocalDate asOf) {
        BigDecimal percent = states.stream().map(TargetState::value).min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        boolean allReached = states.stream().allMatch(TargetState::reached);
        LocalDate doneDate = allReached ? states.stream().map(TargetState::reachedOn).max(Comparator.naturalOrder()).orElse(null) : null;
        LocalDate due = t.dueDate != null ? t.dueDate : t.plan.endDate;
        TaskStatus status;
        if (t.plan.status == PlanStatus.DRAFT) status = TaskStatus.NOT_STARTED;
        else if (allReached) status = due == null || !doneDate.isAfter(due) ? TaskStatus.DONE_ON_TIME : TaskStatus.DONE_LATE;
        else if (due != null && due.isBefore(asOf)) status = TaskStatus.OVERDUE;
        else if (typed.reportCount() > 0 || states.stream().anyMatch(TargetState::anyCounted)) status = TaskStatus.IN_PROGRESS;
        else status = TaskStatus.NOT_STARTED;
        return new TaskProgress(t.id, typed.reportCount(), typed.lastReportDate(), null, percent, doneDate, status, true);
    }
}
