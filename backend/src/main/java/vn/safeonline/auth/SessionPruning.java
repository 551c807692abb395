package vn.safeonline.auth;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import vn.safeonline.common.ScheduledRuns;

/**
 * Refresh tokens past their expiry are deleted every night ({@code app.prune.cron}), in one transaction under the job's
 * advisory lock and recorded in {@code scheduled_run} like every job. A used or revoked token is kept until it expires, so
 * that its reuse is still recognised as such. Outcome: refreshTokens (the rows deleted).
 */
@ApplicationScoped
public class SessionPruning {
    @Inject
    ScheduledRuns runs;
    @Inject
    Sessions sessions;

    @Scheduled(identity = "session-pruning", cron = "{app.prune.cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        runs.firing(execution, this::prune);
    }

    /** One pruning run. */
    @ActivateRequestContext
    public ScheduledRuns.Run prune() {
        return runs.locked("session-pruning", out -> out.put("refreshTokens", sessions.pruneExpired()));
    }
}
