package vn.safeonline.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Objects;

/**
 * What happened, for the systems that listen (webhooks): written to the outbox in the transaction of the change, so that
 * an event exists if and only if the change committed. Thin: the type, the object and a link to read it with the
 * reader's own rights, the instant (business clock), and the organisations concerned — only systems of those
 * organisations (or of bodies above them) hear of it.
 */
@ApplicationScoped
public class DomainEvents {
    /** The event types a system can subscribe to, each published by the one path that makes the change. */
    public static final String PLAN_ISSUED = "plan.issued";
    public static final String TASK_PROGRESS_REPORTED = "task.progress_reported";
    public static final String ATTENDEE_SUBMITTED = "attendee.submitted";
    public static final String CHECKIN_RECORDED = "checkin.recorded";
    public static final String ACTIVITY_REPORTED = "activity.reported";
    public static final String PLEDGE_APPROVED = "pledge.approved";
    /** Published by the scheduled jobs (notification/NotificationJobs), once per task and due date, once per quota and stage. */
    public static final String TASK_OVERDUE = "task.overdue";
    public static final String QUOTA_DEADLINE_APPROACHING = "quota.deadline_approaching";
    /** Published by campaign/TargetWatch, once per target. */
    public static final String TARGET_REACHED = "target.reached";
    public static final java.util.List<String> TYPES = java.util.List.of(PLAN_ISSUED, TASK_PROGRESS_REPORTED, TASK_OVERDUE, ATTENDEE_SUBMITTED,
            QUOTA_DEADLINE_APPROACHING, CHECKIN_RECORDED, ACTIVITY_REPORTED, TARGET_REACHED, PLEDGE_APPROVED);

    @Inject
    EntityManager em;
    @Inject
    BusinessClock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, long tenantId, String entityType, long entityId, String link, Collection<Long> organizations) {
        publish(type, tenantId, entityType, entityId, link, null, organizations);
    }

    /**
     * An event about a plan: the organisations that see the plan (plan_visible_to, asked at fan-out for each subscriber) hear
     * of it, and the given ones too (a campaign's unit).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, long tenantId, String entityType, long entityId, String link, Long planId, Collection<Long> organizations) {
        publish(type, tenantId, entityType, entityId, link, planId, organizations, null);
    }

    /** The same, with what the event says beyond its object (delivered in the webhook body's data; no personal data). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, long tenantId, String entityType, long entityId, String link, Long planId, Collection<Long> organizations,
                        java.util.Map<String, Object> detail) {
        String orgs = "{" + String.join(",", organizations.stream().filter(Objects::nonNull).distinct().map(String::valueOf).toList()) + "}";
        em.createNativeQuery("insert into event_outbox (id, tenant_id, type, entity_type, entity_id, link, organizations, occurred_at, plan_id, detail)"
                        + " values (nextval('event_outbox_seq'), ?1, ?2, ?3, ?4, ?5, cast(?6 as bigint[]), ?7, cast(?8 as bigint), cast(?9 as jsonb))")
                .setParameter(1, tenantId).setParameter(2, type).setParameter(3, entityType).setParameter(4, entityId).setParameter(5, link)
                .setParameter(6, orgs).setParameter(7, clock.now()).setParameter(8, planId == null ? null : planId.toString())
                .setParameter(9, detail == null ? null : Json.write(detail)).executeUpdate();
    }
}
