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
import org.hibernate.annotations.Immutable;

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
}
