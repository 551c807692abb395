package vn.safeonline.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.BusinessClock;

/**
 * The retention job: every plan whose retention is over (SQL plan_retained_until before the business clock's today) has
 * its children's personal data anonymised (SQL anonymise_plan), one transaction per plan. Safe with several replicas:
 * each plan is taken under a PostgreSQL advisory lock that a concurrent run does not wait for, and anonymising skips what
 * is anonymised already, so a plan is never processed twice. Runs on {@code app.retention.cron} (off in tests, which call
 * {@link #runOnce()}).
 */
@ApplicationScoped
public class RetentionService {
    private static final Logger LOG = Logger.getLogger(RetentionService.class);
    /** The actor the audit log names for the job's changes. */
    public static final String ACTOR = "retention-job";

    @Inject
    BusinessClock clock;
    @Inject
    RetentionSql sql;
    @Inject
    AuditLog audit;

    /** One plan in one run: skipped when another run held it; else what was anonymised (zeros when nothing was left). */
    public record PlanOutcome(long planId, LocalDate retainedUntil, boolean skipped, RetentionSql.Anonymised anonymised) {
    }

    /** One run: the day it ran for and each expired plan it met. */
    public record Run(LocalDate today, List<PlanOutcome> plans, int referralsAnonymised, int idempotencyKeysForgotten) {
        public int anonymised() {
            return plans.stream().filter(p -> !p.skipped()).mapToInt(p -> p.anonymised().total()).sum();
        }

        public PlanOutcome of(long planId) {
            return plans.stream().filter(p -> p.planId() == planId).findFirst().orElse(null);
        }
    }

    /** A closed referral's alias and notes are kept this many days after it closed. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "app.retention.referral-days", defaultValue = "90")
    int referralRetentionDays;
    /** A replay of an idempotent request works this long; then its stored answer (which may carry a child's data) is forgotten. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "app.idempotency.keep-hours", defaultValue = "48")
    int idempotencyKeepHours;

    @Scheduled(identity = "retention", cron = "{app.retention.cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Run run = runOnce();
        LOG.debugf("retention: %s, %d expired plans", run.today(), run.plans().size());
        if (run.anonymised() > 0) LOG.infof("retention: %d records of %d expired plans anonymised", run.anonymised(), run.plans().size());
    }

    /** Anonymises what has expired as of the business clock's today; callable directly (tests, operators). */
    @ActivateRequestContext
    public Run runOnce() {
        LocalDate today = clock.today();
        OffsetDateTime at = clock.now();
        List<RetentionSql.ExpiredPlan> expired = QuarkusTransaction.requiringNew().call(() -> sql.expiredPlans(today));
        List<PlanOutcome> outcomes = new ArrayList<>();
        for (RetentionSql.ExpiredPlan p : expired) {
            outcomes.add(QuarkusTransaction.requiringNew().call(() -> anonymise(p, at)));
        }
        // outside plans: closed referrals after the default retention, and the stored answers of idempotent requests
        int referrals = QuarkusTransaction.requiringNew().call(() -> sql.anonymiseClosedReferrals(at.minusDays(referralRetentionDays), at));
        int keys = QuarkusTransaction.requiringNew().call(() -> sql.forgetIdempotencyKeys(at.minusHours(idempotencyKeepHours)));
        return new Run(today, outcomes, referrals, keys);
    }

    private PlanOutcome anonymise(RetentionSql.ExpiredPlan p, OffsetDateTime at) {
        if (!sql.tryLock(p.planId())) return new PlanOutcome(p.planId(), p.retainedUntil(), true, new RetentionSql.Anonymised(0, 0, 0, 0));
        RetentionSql.Anonymised done = sql.anonymisePlan(p.planId(), at);
        if (done.total() > 0) {
            Map<String, Object> what = new LinkedHashMap<>();
            what.put("retainedUntil", p.retainedUntil().toString());
            what.put("attendees", done.attendees());
            what.put("contestEntries", done.entries());
            what.put("pledges", done.pledges());
            what.put("importRows", done.importRows());
            audit.recordSystem(p.tenantId(), ACTOR, "ANONYMISE", "plan", p.planId(), what);
        }
        return new PlanOutcome(p.planId(), p.retainedUntil(), false, done);
    }
}
