package vn.safeonline.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import vn.safeonline.common.SqlValues;

/** A row of the view task_progress: what a task's reports add up to, and its derived status. */
@Entity
@Immutable
@Table(name = "task_progress")
public class TaskProgress extends PanacheEntityBase {
    @Id
    @Column(name = "task_id")
    public Long taskId;

    @Column(name = "report_count")
    public long reportCount;

    @Column(name = "last_report_date")
    public LocalDate lastReportDate;

    @Column(name = "reached_value")
    public BigDecimal reachedValue;

    @Column(name = "done_date")
    public LocalDate doneDate;

    @Enumerated(EnumType.STRING)
    public TaskStatus status;

    /** Share of the target reached, 0–100; without a target, 100 when done and 0 otherwise. */
    public BigDecimal percentReached(Task task) {
        if (task.targetValue == null) return status.done() ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
        if (reachedValue == null) return status.done() ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
        BigDecimal p = reachedValue.multiply(BigDecimal.valueOf(100)).divide(task.targetValue, 1, RoundingMode.HALF_UP);
        return p.min(BigDecimal.valueOf(100));
    }

    /**
     * The progress of these tasks as it stood at the end of a day (function task_progress_at: reports dated up
     * to that day, overdue judged against it). Plain objects, not managed: the view's rows for today stay apart.
     */
    public static Map<Long, TaskProgress> at(Collection<Long> taskIds, LocalDate asOf) {
        Map<Long, TaskProgress> byTask = new HashMap<>();
        if (taskIds.isEmpty()) return byTask;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select task_id, report_count, last_report_date, reached_value, done_date, status"
                        + " from task_progress_at(:asOf) where task_id in (:ids)")
                .setParameter("asOf", asOf).setParameter("ids", taskIds).getResultList();
        for (Object[] r : rows) {
            TaskProgress p = new TaskProgress();
            p.taskId = ((Number) r[0]).longValue();
            p.reportCount = ((Number) r[1]).longValue();
            p.lastReportDate = SqlValues.localDate(r[2]);
            p.reachedValue = r[3] == null ? null : new BigDecimal(r[3].toString());
            p.doneDate = SqlValues.localDate(r[4]);
            p.status = TaskStatus.valueOf(r[5].toString());
            byTask.put(p.taskId, p);
        }
        return byTask;
    }
}
