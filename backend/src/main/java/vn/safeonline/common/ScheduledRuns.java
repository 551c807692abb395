package vn.safeonline.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Scheduled work (issue 13): every run of a job is a row of {@code scheduled_run} (job, started, finished, outcome counts
 * or the error). {@link #locked} runs a job in one transaction under a PostgreSQL advisory lock named after it, which a
 * second replica does not wait for (its run is recorded as skipped). {@link #notice} records once what a job has acted on.
 */
@ApplicationScoped
public class ScheduledRuns {
    @Inject
    EntityManager em;
    @Inject
    BusinessClock clock;
    @Inject
    io.micrometer.core.instrument.MeterRegistry registry;

    /** One run: skipped when another replica held the job; else its outcome counts. */
    public record Run(String job, boolean skipped, Map<String, Integer> outcome) {
        public int count(String key) {
            return outcome.getOrDefault(key, 0);
        }
    }

    /** The time the running schedule fired at (set by {@link #firing} on the scheduler's thread), else null: a run asked for by hand. */
    private static final ThreadLocal<Instant> FIRED_AT = new ThreadLocal<>();

    /**
     * Runs the jobs of one firing of a schedule: each {@link #locked} job among them runs once for this fire time across
     * every replica (the cron's fire time is the same on each).
     */
    public void firing(io.quarkus.scheduler.ScheduledExecution execution, Runnable jobs) {
        FIRED_AT.set(execution.getScheduledFireTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        try {
            jobs.run();
        } finally {
            FIRED_AT.remove();
        }
    }

    /**
     * Runs the work in one new transaction under the job's advisory lock; the work adds its counts to the map it is given.
     * Skipped when another replica holds the lock, or (for a run the schedule fired) has already run this period.
     */
    public Run locked(String job, Consumer<Map<String, Integer>> work) {
        Instant period = FIRED_AT.get();
        long id = start(job);
        Map<String, Integer> outcome = new LinkedHashMap<>();
        try {
            boolean ran = QuarkusTransaction.requiringNew().call(() -> {
                Boolean lock = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                        .setParameter(1, "scheduled:" + job).getSingleResult();
                if (!Boolean.TRUE.equals(lock)) return false;
                if (period != null && !claim(job, period, id)) return false;
                work.accept(outcome);
                return true;
            });
            finish(job, id, !ran, ran ? outcome : Map.of(), null);
            return new Run(job, !ran, ran ? outcome : Map.of());
        } catch (RuntimeException e) {
            finish(job, id, false, Map.of(), e.toString());
            throw e;
        }
    }

    /** Under the job's lock: takes the period for this run, unless a run of another replica took it (then false). */
    private boolean claim(String job, Instant period, long runId) {
        OffsetDateTime at = period.atOffset(java.time.ZoneOffset.UTC);
        boolean taken = !em.createNativeQuery("select 1 from scheduled_run where job = ?1 and period = ?2")
                .setParameter(1, job).setParameter(2, at).getResultList().isEmpty();
        if (taken) return false;
        em.createNativeQuery("update scheduled_run set period = ?2 where id = ?1").setParameter(1, runId).setParameter(2, at).executeUpdate();
        return true;
    }

    /** Records a run whose work manages its own transactions and locking (the email sender's SKIP LOCKED). */
    public Run record(String job, OffsetDateTime startedAt, Map<String, Integer> outcome) {
        long id = start(job, startedAt);
        finish(job, id, false, outcome, null);
        return new Run(job, false, outcome);
    }

    /** In the caller's transaction: true the first time this subject is noticed for this kind, false ever after. */
    public boolean notice(String kind, String subjectKey) {
        return em.createNativeQuery("insert into scheduled_notice (kind, subject_key, noticed_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, kind).setParameter(2, subjectKey).setParameter(3, clock.now()).executeUpdate() == 1;
    }

    private long start(String job) {
        return start(job, clock.now());
    }

    private long start(String job, OffsetDateTime at) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "insert into scheduled_run (job, started_at) values (?1, ?2) returning id")
                .setParameter(1, job).setParameter(2, at).getSingleResult()).longValue());
    }

    private void finish(String job, long id, boolean skipped, Map<String, Integer> outcome, String error) {
        // for Prometheus: each replica counts its runs by job and outcome (a job another replica held is "skipped")
        registry.counter("safeonline.scheduled.runs", "job", job, "outcome", error != null ? "failed" : skipped ? "skipped" : "ran").increment();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update scheduled_run set finished_at = ?2, skipped = ?3, outcome = cast(?4 as jsonb), error = ?5 where id = ?1")
                .setParameter(1, id).setParameter(2, clock.now()).setParameter(3, skipped).setParameter(4, Json.write(outcome))
                .setParameter(5, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.STRING,
                        error == null ? null : error.substring(0, Math.min(error.length(), 1000)))).executeUpdate());
    }
}
