package vn.safeonline.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanTasks;

/** The plan's view of its tasks (see {@link PlanTasks}), answered from the task table. */
@ApplicationScoped
public class TaskCounts implements PlanTasks {
    @Override
    public long count(Plan plan) {
        return Task.count("plan", plan);
    }

    @Override
    public Map<Long, Counts> counts(List<Long> planIds, long leadOrgId) {
        if (planIds.isEmpty()) return Map.of();
        List<Tuple> rows = Task.getEntityManager().createQuery("select t.plan.id as plan, count(t) as tasks,"
                        + " sum(case when t.leadOrg.id = :org then 1 else 0 end) as led from Task t where t.plan.id in :ids group by t.plan.id", Tuple.class)
                .setParameter("ids", planIds).setParameter("org", leadOrgId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> r.get("plan", Long.class),
                r -> new Counts(r.get("tasks", Number.class).longValue(), r.get("led", Number.class).longValue())));
    }
}
