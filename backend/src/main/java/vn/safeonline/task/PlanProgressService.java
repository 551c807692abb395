package vn.safeonline.task;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.safeonline.org.OrgRef;
import vn.safeonline.plan.Plan;
import vn.safeonline.task.TaskDtos.TaskView;

/** A plan's progress per lead organisation, from the tasks' progress ({@link TaskProgressService}) as of a day. */
@RequestScoped
public class PlanProgressService {
    @Schema(name = "StatusCounts")
    public record StatusCounts(@Schema(examples = "1", required = true) int notStarted, @Schema(examples = "2", required = true) int inProgress,
                               @Schema(examples = "1", required = true) int overdue, @Schema(examples = "3", required = true) int doneOnTime,
                               @Schema(examples = "1", required = true) int doneLate) {
        static StatusCounts of(List<TaskView> tasks) {
            int[] c = new int[TaskStatus.values().length];
            tasks.forEach(t -> c[t.status().ordinal()]++);
            return new StatusCounts(c[0], c[1], c[2], c[3], c[4]);
        }
    }

    @Schema(name = "OrganizationProgress")
    public record OrganizationProgress(@Schema(required = true) OrgRef organization, @Schema(examples = "8", required = true) int taskCount,
                                       @Schema(required = true) StatusCounts counts,
                                       @Schema(examples = "75.0", required = true, description = "average share of targets reached, 0–100") BigDecimal percentReached,
                                       LocalDate lastReportDate,
                                       @Schema(required = true, description = "has an overdue or unfinished task") boolean lagging) {
    }

    @Schema(name = "PlanProgress")
    public record PlanProgress(@Schema(examples = "120", required = true) long planId, @Schema(required = true) LocalDate asOf,
                               @Schema(required = true) StatusCounts totals,
                               @Schema(examples = "75.0", required = true) BigDecimal percentReached,
                               @Schema(required = true) List<OrganizationProgress> organizations) {
    }

    @Inject
    TaskService tasks;

    /** The plan's roll-up as it stood at the end of a day. */
    public PlanProgress of(Plan plan, LocalDate asOf) {
        return rollUp(plan.id, tasks.views(Task.list("plan = ?1 order by position, id", plan), asOf), asOf);
    }

    /** Per lead organisation, laggards first; the official reports use it with views as of their date. */
    public PlanProgress rollUp(long planId, List<TaskView> views, LocalDate asOf) {
        Map<Long, List<TaskView>> byOrg = new LinkedHashMap<>();
        views.forEach(v -> byOrg.computeIfAbsent(v.leadOrganization().id(), k -> new ArrayList<>()).add(v));
        List<OrganizationProgress> rows = new ArrayList<>();
        for (List<TaskView> list : byOrg.values()) {
            LocalDate last = list.stream().map(TaskView::lastReportDate).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
            boolean lagging = list.stream().anyMatch(t -> !t.status().done());
            rows.add(new OrganizationProgress(list.get(0).leadOrganization(), list.size(), StatusCounts.of(list), average(list), last, lagging));
        }
        rows.sort(Comparator.comparing((OrganizationProgress r) -> -r.counts().overdue())
                .thenComparing(r -> r.percentReached())
                .thenComparing(r -> r.organization().name()));
        return new PlanProgress(planId, asOf, StatusCounts.of(views), average(views), rows);
    }

    private static BigDecimal average(List<TaskView> list) {
        if (list.isEmpty()) return BigDecimal.ZERO; // no tasks, nothing reached
        BigDecimal sum = list.stream().map(TaskView::percentReached).reduce(BigDecimal.ZERO, BigDecimal::add);
        return vn.safeonline.common.Num.plain(sum.divide(BigDecimal.valueOf(list.size()), 1, RoundingMode.HALF_UP));
    }
}
