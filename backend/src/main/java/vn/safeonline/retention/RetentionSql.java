package vn.safeonline.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.safeonline.common.SqlValues;

/**
 * The retention rules SQL holds (changeset 016-retention): when a plan closes and until when its children's data are kept
 * (plan_closes_on, plan_retained_until), and what anonymising a plan does (anonymise_plan). Typed rows only.
 */
@ApplicationScoped
public class RetentionSql {
    @Inject
    EntityManager em;

    /** A plan whose retention is over on the given day: its deployment and the last day its data were to be kept. */
    public record ExpiredPlan(long planId, long tenantId, LocalDate retainedUntil) {
    }

    /** What one anonymisation of a plan changed, by kind of record. */
    public record Anonymised(int attendees, int entries, int pledges, int importRows) {
        public int total() {
            return attendees + entries + pledges + importRows;
        }
    }

    /** When a plan closes, the last day its children's data are kept (both null while it has not closed), and whether that day is past. */
    public record Dates(LocalDate closesOn, LocalDate retainedUntil, boolean expired) {
    }

    /** The plans whose children's data are kept no longer on {@code today}: retained until a day before it. */
    @SuppressWarnings("unchecked")
    public List<ExpiredPlan> expiredPlans(LocalDate today) {
        List<Tuple> rows = em.createNativeQuery("select id, tenant_id, plan_retained_until(id) as until from plan where plan_retention_expired(id, ?1)"
                + " order by id", Tuple.class).setParameter(1, today).getResultList();
        return rows.stream().map(r -> new ExpiredPlan(r.get("id", Number.class).longValue(), r.get("tenant_id", Number.class).longValue(),
                SqlValues.localDate(r.get("until")))).toList();
    }

    /**
     * Takes the plan's retention lock for the current transaction, or answers false at once when another run (another
     * replica) holds it: a plan is anonymised by one run at a time.
     */
    public boolean tryLock(long planId) {
        return Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('plan-retention'), cast(?1 % 2147483647 as integer))")
                .setParameter(1, planId).getSingleResult());
    }

    /** Anonymises what the plan still holds of children (idempotent); the counts say what this call changed. */
    public Anonymised anonymisePlan(long planId, OffsetDateTime at) {
        Tuple t = (Tuple) em.createNativeQuery("select attendees, entries, pledges, import_rows from anonymise_plan(?1, ?2)", Tuple.class)
                .setParameter(1, planId).setParameter(2, at).getSingleResult();
        return new Anonymised(t.get("attendees", Number.class).intValue(), t.get("entries", Number.class).intValue(),
                t.get("pledges", Number.class).intValue(), t.get("import_rows", Number.class).intValue());
    }

    public Dates dates(long planId, LocalDate today) {
        Tuple t = (Tuple) em.createNativeQuery("select plan_closes_on(?1) as closes, plan_retained_until(?1) as until,"
                        + " plan_retention_expired(?1, ?2) as expired", Tuple.class)
                .setParameter(1, planId).setParameter(2, today).getSingleResult();
        return new Dates(SqlValues.localDate(t.get("closes")), SqlValues.localDate(t.get("until")), Boolean.TRUE.equals(t.get("expired")));
    }

    /** Anonymises the support referrals closed before the given instant (018-retention-more); how many it changed. */
    public int anonymiseClosedReferrals(OffsetDateTime closedBefore, OffsetDateTime at) {
        return ((Number) em.createNativeQuery("select anonymise_closed_referrals(?1, ?2)").setParameter(1, closedBefore).setParameter(2, at)
                .getSingleResult()).intValue();
    }

    /** Forgets the completed idempotent requests made before the given instant, and the answers they stored. */
    public int forgetIdempotencyKeys(OffsetDateTime createdBefore) {
        return ((Number) em.createNativeQuery("select forget_idempotency_keys(?1)").setParameter(1, createdBefore).getSingleResult()).intValue();
    }
}
