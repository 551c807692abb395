package vn.safeonline.campaign;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.DomainEvents;
import vn.safeonline.common.ScheduledRuns;
import vn.safeonline.plan.PlanStatus;

/**
 * A campaign target reaching its goal is told to the listening systems once ({@code target.reached}): with the deadline jobs,
 * each running campaign's targets are rolled up as the indicators page does (Rollup, one definition), and a target found
 * reached for the first time publishes the event. Safe with two replicas and recorded like every scheduled job (ScheduledRuns).
 */
@ApplicationScoped
public class TargetWatch {
    @Inject
    Rollup rollup;
    @Inject
    ScheduledRuns runs;
    @Inject
    DomainEvents events;
    @Inject
    BusinessClock clock;

    @Scheduled(identity = "targets-reached", cron = "{app.jobs.deadlines.cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        runs.firing(execution, this::reached);
    }

    /** Publishes target.reached for the targets reached since the last run. Outcome: targets (checked), reached (newly). */
    @ActivateRequestContext
    public ScheduledRuns.Run reached() {
        return runs.locked("targets-reached", out -> {
            LocalDate today = clock.today();
            List<Campaign> running = Campaign.list("select c from Campaign c join fetch c.plan p where p.status = ?1 and c.startsOn <= ?2",
                    PlanStatus.ISSUED, today);
            int checked = 0;
            int fresh = 0;
            for (Campaign c : running) {
                List<CampaignTarget> targets = CampaignTarget.list("campaignId = ?1 order by id", c.id);
                if (targets.isEmpty()) continue;
                List<Rollup.Unit> units = rollup.allUnits(c);
                Map<Long, List<Rollup.Figure>> figures = rollup.figures(c, targets, units, null);
                for (CampaignTarget t : targets) {
                    checked++;
                    if (!Rollup.indicator(t, figures.getOrDefault(t.id, List.of())).reached()) continue;
                    if (!runs.notice("TARGET_REACHED", "target:" + t.id)) continue;
                    fresh++;
                    events.publish(DomainEvents.TARGET_REACHED, c.plan.tenantId, "campaign_target", t.id, "/api/campaigns/" + c.id + "/indicators", c.plan.id,
                            List.of());
                }
            }
            out.put("targets", checked);
            out.put("reached", fresh);
        });
    }
}
