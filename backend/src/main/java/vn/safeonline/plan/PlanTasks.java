package vn.safeonline.plan;

import java.util.List;
import java.util.Map;

/**
 * What a plan needs to know of its tasks. The task package implements it (task depends on plan, never the reverse):
 * issuing asks whether a plan has any task, the list shows how many each plan has and how many the caller's organisation leads.
 */
public interface PlanTasks {
    /** A plan's tasks, and of them those led by one organisation. */
    record Counts(long tasks, long ledBy) {
    }

    long count(Plan plan);

    /** The counts of these plans' tasks, by plan id (plans without tasks absent). */
    Map<Long, Counts> counts(List<Long> planIds, long leadOrgId);
}
