package vn.safeonline.campaign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.safeonline.campaign.TargetDtos.Indicator;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.task.TargetFigures;

/**
 * The targets that measure tasks, computed by the same roll-up as the campaign's indicators, over every unit in scope
 * (whoever asks), as of the day asked: what a target-bound task's progress is made of.
 */
@RequestScoped
public class TaskTargets implements TargetFigures {
    @Inject
    Rollup rollup;
    @Inject
    BusinessClock clock;

    @Override
    public boolean measures(long taskId) {
        return CampaignTarget.count("taskId", taskId) > 0;
    }

    @Override
    public Map<Long, List<TargetState>> forTasks(Collection<Long> taskIds, LocalDate asOf) {
        Map<Long, List<TargetState>> out = new HashMap<>();
        if (taskIds.isEmpty()) return out;
        // one task (a task's page): equality, whose translation Hibernate keeps; a list parameter is translated at each call
        List<CampaignTarget> targets = taskIds.size() == 1
                ? CampaignTarget.list("taskId = ?1 order by id", taskIds.iterator().next())
                : CampaignTarget.list("taskId in ?1 order by id", taskIds);
        Map<Long, List<CampaignTarget>> byCampaign = targets.stream()
                .collect(Collectors.groupingBy(t -> t.campaignId, LinkedHashMap::new, Collectors.toList()));
        // today's figures come from the tallies the database keeps; another day's from the reports dated up to it
        LocalDate day = asOf.equals(clock.today()) ? null : asOf;
        for (Map.Entry<Long, List<CampaignTarget>> e : byCampaign.entrySet()) {
            Campaign c = Campaign.findById(e.getKey());
            List<Rollup.Unit> units = rollup.allUnits(c);
            Map<Long, List<Rollup.Figure>> figures = rollup.figures(c, e.getValue(), units, day);
            for (CampaignTarget t : e.getValue()) {
                List<Rollup.Figure> fs = figures.getOrDefault(t.id, List.of());
                Indicator i = Rollup.indicator(t, fs);
                boolean any = fs.stream().anyMatch(f -> f.numerator() > 0 || f.reports() > 0);
                LocalDate reachedOn = i.reached() ? rollup.reachedOn(c, t, units, asOf) : null;
                out.computeIfAbsent(t.taskId, k -> new java.util.ArrayList<>())
                        .add(new TargetState(t.id, t.taskId, t.name, i.value(), i.reached() && reachedOn != null, reachedOn, any));
            }
        }
        return out;
    }
}
