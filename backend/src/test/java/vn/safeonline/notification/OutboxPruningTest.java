package vn.safeonline.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.unique;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.ScheduledRuns;

/**
 * The outboxes do not grow forever: the nightly pruning deletes sent or given-up emails, finished webhook deliveries (and
 * the events nothing refers to any more) and scheduled_run rows older than 30 days, and keeps what is still to be sent and
 * whatever is younger. The clock is moved 31 days ahead, not slept.
 */
@QuarkusTest
class OutboxPruningTest {
    @Inject
    BusinessClock clock;
    @Inject
    OutboxPruning pruning;
    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long sql(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) q.setParameter(i + 1, params[i]);
            if (sql.startsWith("select") || sql.contains(" returning ")) return ((Number) q.getSingleResult()).longValue();
            return (long) q.executeUpdate();
        });
    }

    private void email(String key, OffsetDateTime created, OffsetDateTime sent, OffsetDateTime failed) {
        sql("insert into email_outbox (to_address, subject, body_text, kind, dedupe_key, created_at, sent_at, next_attempt_at, failed_at, attempts)"
                + " values ('vanphong@cantho.gov.vn', 'Nhắc hạn', 'Kính gửi', 'TEST', ?1, ?2, ?3, ?2, ?4, 1)", key, created, sent, failed);
    }

    private long event(long tenant, OffsetDateTime at) {
        return sql("insert into event_outbox (id, tenant_id, type, entity_type, entity_id, link, organizations, occurred_at, fanned_out_at)"
                + " values (nextval('event_outbox_seq'), ?1, 'plan.issued', 'plan', 1, '/api/plans/1', '{}', ?2, ?2) returning id", tenant, at);
    }

    private long delivery(long subscription, long event, String status, OffsetDateTime at) {
        return sql("insert into webhook_delivery (id, subscription_id, event_id, status, attempts, next_attempt_at, last_attempt_at, delivered_at, created_at)"
                + " values (nextval('webhook_delivery_seq'), ?1, ?2, ?3, 1, ?4, ?4, case when ?3 = 'DELIVERED' then cast(?4 as timestamptz) end, ?4)"
                + " returning id", subscription, event, status, at);
    }

    private boolean exists(String table, long id) {
        return sql("select count(*) from " + table + " where id = ?1", id) == 1;
    }

    @Test
    void finishedRowsOlderThan30DaysArePrunedAndTheRunIsRecorded() {
        String mark = "prune-" + unique();
        long client = ((Number) as("admin").body(Map.of("name", "Hệ thống Công an " + mark, "organizationId", orgId("CA-TP"), "scopes", List.of("plans:read")))
                .post("/api/system-clients").then().statusCode(201).extract().path("client.id")).longValue();
        long tenant = sql("select coalesce(o.tenant_id, o.id) from organization o where o.code = 'CA-TP'");
        // inactive: the dispatcher neither fans out to it nor tries its pending delivery (other tests count what it attempts)
        long subscription = sql("insert into webhook_subscription (id, client_id, url, event_types, secret, created_at, active, disabled_reason)"
                + " values (nextval('webhook_subscription_seq'), ?1, 'https://hethong.congan.cantho.gov.vn/webhooks', array['plan.issued'], 'whsec_test', now(),"
                + " false, 'test') returning id", client);

        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        OffsetDateTime old = clock.now();
        email(mark + ":sent", old, old, null);
        email(mark + ":failed", old, null, old);
        email(mark + ":pending", old, null, null); // still to be retried: never pruned
        long delivered = delivery(subscription, event(tenant, old), "DELIVERED", old);
        long failed = delivery(subscription, event(tenant, old), "FAILED", old);
        long pendingEvent = event(tenant, old);
        long pending = delivery(subscription, pendingEvent, "PENDING", old);
        long orphanEvent = event(tenant, old);
        long oldRun = sql("insert into scheduled_run (job, started_at, finished_at) values (?1, ?2, ?2) returning id", "t-" + unique(), old);

        clock.set(start.plus(31, ChronoUnit.DAYS));
        OffsetDateTime recent = clock.now().minusDays(29);
        email(mark + ":recent", recent, recent, null);
        long recentEvent = event(tenant, recent);
        long recentDelivery = delivery(subscription, recentEvent, "DELIVERED", recent);
        long recentRun = sql("insert into scheduled_run (job, started_at, finished_at) values (?1, ?2, ?2) returning id", "t-" + unique(), recent);

        ScheduledRuns.Run run = pruning.prune();

        assertFalse(run.skipped());
        assertEquals(0, sql("select count(*) from email_outbox where dedupe_key in (?1, ?2)", mark + ":sent", mark + ":failed"));
        assertEquals(1, sql("select count(*) from email_outbox where dedupe_key = ?1", mark + ":pending"));
        assertEquals(1, sql("select count(*) from email_outbox where dedupe_key = ?1", mark + ":recent"));
        assertFalse(exists("webhook_delivery", delivered));
        assertFalse(exists("webhook_delivery", failed));
        assertTrue(exists("webhook_delivery", pending), "a delivery still being retried stays");
        assertTrue(exists("event_outbox", pendingEvent), "and so does its event");
        assertFalse(exists("event_outbox", orphanEvent));
        assertTrue(exists("webhook_delivery", recentDelivery));
        assertTrue(exists("event_outbox", recentEvent));
        assertFalse(exists("scheduled_run", oldRun));
        assertTrue(exists("scheduled_run", recentRun));
        assertTrue(run.count("emails") >= 2 && run.count("deliveries") >= 2 && run.count("events") >= 3 && run.count("runs") >= 1, run.toString());
        // the run itself is recorded like every job's, with what it deleted
        assertEquals(run.count("emails"), sql("select cast(outcome ->> 'emails' as bigint) from scheduled_run where job = 'outbox-pruning'"
                + " order by id desc limit 1"));
        // a second run finds nothing more of those
        assertEquals(0, pruning.prune().count("deliveries"));
        sql("delete from webhook_subscription where id = ?1", subscription);
        sql("delete from event_outbox where id in (?1, ?2)", pendingEvent, recentEvent);
    }
}
