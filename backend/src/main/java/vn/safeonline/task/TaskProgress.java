package vn.safeonline.task;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a task's progress stands at on a day: the one shape every view, roll-up, reminder and report reads, made by
 * {@link TaskProgressService#of}. {@code fromTargets}: the figure and status come from the campaign targets that measure
 * the task, not from typed reports.
 */
public record TaskProgress(long taskId, long reportCount, LocalDate lastReportDate, BigDecimal reachedValue, BigDecimal percent,
                           LocalDate doneDate, TaskStatus status, boolean fromTargets) {
    static TaskProgress notStarted(long taskId) {
        return new TaskProgress(taskId, 0, null, null, BigDecimal.ZERO, null, TaskStatus.NOT_STARTED, false);
    }
}
