package vn.safeonline.report;

import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.safeonline.common.SqlValues;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanStatus;
import vn.safeonline.task.PlanProgressService;
import vn.safeonline.task.PlanProgressService.PlanProgress;
import vn.safeonline.task.Task;
import vn.safeonline.task.TaskDtos.TaskView;
import vn.safeonline.task.TaskService;

/**
 * What the reports of a plan say, read once from the database as the plan stood at the end of a day: the
 * plan's document fields, its tasks with their status then, the roll-up per lead agency (the progress page's
 * logic), each task's latest report by its lead agency by then, and each cooperating agency's latest contribution. Plain values: the files are written after the session is gone.
 * Nothing here is personal data (no attendees, no children; reports are the agencies' own words).
 */
record ProgressFacts(PlanFacts plan, LocalDate asOf, List<TaskView> tasks, PlanProgress progress,
                     Map<Long, LatestReport> latest, Map<Long, List<Contribution>> contributions, long reportCount) {

    record PlanFacts(long id, String reference, LocalDate issueDate, String title, String issuingOrganization,
                     String standingOrganization, LocalDate startDate, LocalDate endDate, PlanStatus status) {
    }

    record LatestReport(LocalDate date, BigDecimal value, boolean done, String text) {
    }

    /** A cooperating agency's latest contribution to a task by then (its own words and figure, not the task's). */
    record Contribution(String organization, LocalDate date, BigDecimal value, String text) {
    }

    static ProgressFacts load(Plan plan, LocalDate asOf, TaskService taskService, PlanProgressService planProgress) {
        List<Task> taskList = Task.list("plan = ?1 order by position, id", plan);
        List<TaskView> views = taskService.views(taskList, asOf);
        PlanProgress progress = planProgress.rollUp(plan.id, views, asOf);
        Map<Long, LatestReport> latest = new HashMap<>();
        if (!taskList.isEmpty()) {
            // only each task's latest report by then, not every report of the plan
            @SuppressWarnings("unchecked")
            List<Tuple> rows = Task.getEntityManager().createNativeQuery(
                            "select distinct on (pr.task_id) pr.task_id, pr.report_date, pr.value, pr.done, pr.text"
                                    + " from progress_report pr join task t on t.id = pr.task_id"
                                    + " where t.plan_id = :plan and not pr.contribution and pr.report_date <= :asOf"
                                    + " order by pr.task_id, pr.report_date desc, pr.id desc", Tuple.class)
                    .setParameter("plan", plan.id).setParameter("asOf", asOf).getResultList();
            for (Tuple r : rows) {
                latest.put(r.get("task_id", Number.class).longValue(), new LatestReport(SqlValues.localDate(r.get("report_date")),
                        SqlValues.decimal(r.get("value")), r.get("done", Boolean.class), r.get("text", String.class)));
            }
        }
        Map<Long, List<Contribution>> contributions = new HashMap<>();
        if (!taskList.isEmpty()) {
            // each cooperating agency's latest contribution to each task by then
            @SuppressWarnings("unchecked")
            List<Tuple> rows = Task.getEntityManager().createNativeQuery(
                            "select * from (select distinct on (pr.task_id, pr.organization_id) pr.task_id, o.name, pr.report_date, pr.value, pr.text"
                                    + " from progress_report pr join task t on t.id = pr.task_id join organization o on o.id = pr.organization_id"
                                    + " where t.plan_id = :plan and pr.contribution and pr.report_date <= :asOf"
                                    + " order by pr.task_id, pr.organization_id, pr.report_date desc, pr.id desc) c order by c.task_id, c.name", Tuple.class)
                    .setParameter("plan", plan.id).setParameter("asOf", asOf).getResultList();
            for (Tuple r : rows) {
                contributions.computeIfAbsent(r.get("task_id", Number.class).longValue(), k -> new java.util.ArrayList<>())
                        .add(new Contribution(r.get("name", String.class), SqlValues.localDate(r.get("report_date")),
                                SqlValues.decimal(r.get("value")), r.get("text", String.class)));
            }
        }
        long count = views.stream().mapToLong(TaskView::reportCount).sum();
        PlanFacts facts = new PlanFacts(plan.id, plan.reference(), plan.issueDate, plan.title, plan.issuingOrg.name,
                plan.standingOrg == null ? null : plan.standingOrg.name, plan.startDate, plan.endDate, plan.status);
        return new ProgressFacts(facts, asOf, views, progress, latest, contributions, count);
    }
}
