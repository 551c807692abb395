package vn.safeonline.notification;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.ScheduledRuns;

/**
 * The outboxes do not grow forever (issue 13): every night, in one transaction under its advisory lock and recorded in
 * {@code scheduled_run} like every job ({@link ScheduledRuns#locked}), it deletes what nobody will act on again once it is
 * older than its age (business clock):
 * <ul>
 * <li>{@code email_outbox} rows sent, or given up on ({@code failed_at}), more than {@code app.prune.email-days} ago — a row
 *     still to be sent or retried stays, whatever its age;</li>
 * <li>{@code webhook_delivery} rows DELIVERED or FAILED (given up after the 3-day backoff) whose last attempt is more than
 *     {@code app.prune.webhook-days} ago — PENDING ones stay — and then the fanned-out {@code event_outbox} rows older than
 *     that which no delivery refers to any more;</li>
 * <li>{@code scheduled_run} rows started more than {@code app.prune.runs-days} ago (this run's own row is new, so it stays).</li>
 * </ul>
 * Outcome: emails, deliveries, events, runs (the rows deleted).
 */
@ApplicationScoped
public class OutboxPruning {
    @Inject
    ScheduledRuns runs;
    @Inject
    BusinessClock clock;
    @Inject
    EntityManager em;

    @ConfigProperty(name = "app.prune.email-days", defaultValue = "30")
    int emailDays;
    @ConfigProperty(name = "app.prune.webhook-days", defaultValue = "30")
    int webhookDays;
    @ConfigProperty(name = "app.prune.runs-days", defaultValue = "30")
    int runsDays;

    @Scheduled(identity = "outbox-pruning", cron = "{app.prune.cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        runs.firing(execution, this::prune);
    }

    /** One pruning run. */
    @ActivateRequestContext
    public ScheduledRuns.Run prune() {
        return runs.locked("outbox-pruning", out -> {
            OffsetDateTime now = clock.now();
            OffsetDateTime emails = now.minusDays(emailDays);
            OffsetDateTime deliveries = now.minusDays(webhookDays);
            out.put("emails", em.createNativeQuery("delete from email_outbox where (sent_at is not null or failed_at is not null)"
                    + " and coalesce(sent_at, failed_at) < ?1").setParameter(1, emails).executeUpdate());
            out.put("deliveries", em.createNativeQuery("delete from webhook_delivery where status <> 'PENDING'"
                    + " and coalesce(delivered_at, last_attempt_at, created_at) < ?1").setParameter(1, deliveries).executeUpdate());
            out.put("events", em.createNativeQuery("delete from event_outbox e where e.fanned_out_at is not null and e.fanned_out_at < ?1"
                    + " and not exists (select 1 from webhook_delivery d where d.event_id = e.id)").setParameter(1, deliveries).executeUpdate());
            out.put("runs", em.createNativeQuery("delete from scheduled_run where started_at < ?1")
                    .setParameter(1, now.minusDays(runsDays)).executeUpdate());
            // a public client's bucket untouched for a day is full again: the same as no row
            out.put("rateBuckets", em.createNativeQuery("delete from public_rate where at < ?1").setParameter(1, now.minusDays(1)).executeUpdate());
        });
    }
}
