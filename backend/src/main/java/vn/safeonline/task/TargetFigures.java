package vn.safeonline.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The values of the campaign targets that measure tasks, as of a day. Implemented where the targets live (campaign),
 * so that the task package, below it, reads them without depending on it.
 */
public interface TargetFigures {
    /** One target's state: its value (0–100), whether it is reached, the first day it was, and whether anything counted yet. */
    record TargetState(long targetId, long taskId, String name, BigDecimal value, boolean reached, LocalDate reachedOn, boolean anyCounted) {
    }

    /** Whether any campaign target measures this task (nothing computed). */
    boolean measures(long taskId);

    /** The states of the targets of these tasks, by task; tasks without targets are absent. */
    Map<Long, List<TargetState>> forTasks(Collection<Long> taskIds, LocalDate asOf);
}
