package vn.safeonline.webhook;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.Json;

/**
 * Delivers the outbox to the subscriptions, at least once: each new event is fanned out to the active subscriptions of
 * the clients whose organisation (or a body above it) the event concerns; each due delivery is leased (SKIP LOCKED, so two
 * replicas never send the same attempt), sent with the Standard Webhooks headers, and recorded. A failure is retried
 * after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, 14 h, 24 h and 8 h (about 3 days), then given up; 410 Gone disables
 * the subscription. Times come from the business clock, so a test moves time instead of sleeping.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
            Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(24), Duration.ofHours(8));
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    BusinessClock clock;
    @Inject
    vn.safeonline.email.EmailOutbox outbox;
    @ConfigProperty(name = "app.webhooks.allow-private", defaultValue = "false")
    boolean allowPrivate;
    @ConfigProperty(name = "app.webhooks.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    /** What one run did. */
    public record Run(int fannedOut, int attempted, int delivered, int failed) {
    }

    @Scheduled(identity = "webhooks", every = "{app.webhooks.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Run r = run();
        if (r.attempted() > 0) LOG.debugf("webhooks: %s", r);
    }

    /** Fans out new events, then sends what is due; callable directly (tests, operators). */
    public Run run() {
        int fanned = fanOut();
        List<Due> due = lease();
        int delivered = 0;
        int failed = 0;
        for (Due d : due) {
            if (send(d)) delivered++;
            else failed++;
        }
        return new Run(fanned, due.size(), delivered, failed);
    }

    int fanOut() {
        OffsetDateTime now = clock.now();
        String sql = "with ev as (select * from event_outbox where fanned_out_at is null order by id limit 500 for update skip locked),"
                + " ins as (insert into webhook_delivery (id, subscription_id, event_id, status, next_attempt_at, created_at)"
                + "  select nextval('webhook_delivery_seq'), s.id, ev.id, 'PENDING', ?, ? from ev"
                + "  join webhook_subscription s on s.active and ev.type = any(s.event_types)"
                + "  join system_client c on c.id = s.client_id and c.revoked_at is null"
                + "  join app_user a on a.id = c.account_id and a.active"
                + "  join organization co on co.id = a.organization_id"
                + "  where (co.tenant_id = ev.tenant_id or co.id = ev.tenant_id)"
                + "   and (exists (select 1 from organization eo where eo.id = any(ev.organizations) and (eo.id = co.id or eo.path like co.path || co.id || '/%'))"
                + "    or (ev.plan_id is not null and plan_visible_to(ev.plan_id, ev.tenant_id, co.id, co.path || co.id || '/%', false)))"
                + "  on conflict do nothing)"
                + " update event_outbox set fanned_out_at = ? where id in (select id from ev)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, now);
            ps.setObject(2, now);
            ps.setObject(3, now);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("webhook fan-out", e);
        }
    }

    record Due(long id, int attempts, long subscriptionId, String url, String secret, long eventId, String type, String entityType, long entityId,
               String link, OffsetDateTime occurredAt, long clientOrganizationId, String detail) {
    }

    /** Takes up to 50 due deliveries for this run: their next attempt moves past a lease, so no other run takes them meanwhile. */
    List<Due> lease() {
        OffsetDateTime now = clock.now();
        String sql = "with d as (select d.id from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id"
                + "  where d.status = 'PENDING' and d.next_attempt_at <= ? and s.active order by d.next_attempt_at limit 50 for update of d skip locked)"
                + " update webhook_delivery w set next_attempt_at = ? from d, webhook_subscription s, event_outbox e, system_client c, app_user a"
                + " where w.id = d.id and s.id = w.subscription_id and e.id = w.event_id and c.id = s.client_id and a.id = c.account_id"
                + " returning w.id, w.attempts, s.id, s.url, s.secret, e.id, e.type, e.entity_type, e.entity_id, e.link, e.occurred_at, a.organization_id, e.detail::text";
        List<Due> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, now);
            ps.setObject(2, now.plus(LEASE));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Due(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7),
                            rs.getString(8), rs.getLong(9), rs.getString(10), rs.getObject(11, OffsetDateTime.class), rs.getLong(12), rs.getString(13)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("webhook lease", e);
        }
        return out;
    }

    /** The body every delivery of an event carries (the same on every attempt). */
    static String body(Due d) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("id", d.entityId());
        data.put("entityType", d.entityType());
        data.put("link", d.link());
        if (d.detail() != null) {
            // what the event says beyond its object (task.progress_reported: reportId, contribution, organization)
            Json.read(d.detail(), new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
            }).forEach(data::putIfAbsent);
        }
        return Json.write(Map.of("type", d.type(), "timestamp", d.occurredAt().toString(), "data", data));
    }

    /** One attempt; true when delivered. */
    boolean send(Due d) {
        OffsetDateTime now = clock.now();
        String refusal = UrlGuard.refusal(d.url(), allowPrivate);
        Integer status = null;
        String error = refusal;
        if (refusal == null) {
            String id = "evt_" + d.eventId();
            long timestamp = now.toEpochSecond();
            String body = body(d);
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(d.url())).timeout(Duration.ofSeconds(timeoutSeconds))
                        .header("Content-Type", "application/json").header("User-Agent", "safeonline-webhooks/1")
                        .header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                        .header("webhook-signature", WebhookSignature.sign(d.secret(), id, timestamp, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                error = status >= 200 && status < 300 ? null : "HTTP " + status;
            } catch (java.io.IOException e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            }
        }
        int attempts = d.attempts() + 1;
        boolean ok = error == null;
        boolean gone = status != null && status == 410;
        boolean giveUp = !ok && (gone || attempts > BACKOFF.size());
        String next = ok || giveUp ? null : now.plus(BACKOFF.get(attempts - 1)).toString();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("update webhook_delivery set attempts = ?, last_attempt_at = ?, last_status = ?, last_error = ?,"
                    + " status = ?, next_attempt_at = cast(? as timestamptz), delivered_at = ? where id = ?")) {
                ps.setInt(1, attempts);
                ps.setObject(2, now);
                ps.setObject(3, status);
                ps.setString(4, error == null ? null : error.substring(0, Math.min(500, error.length())));
                ps.setString(5, ok ? "DELIVERED" : giveUp ? "FAILED" : "PENDING");
                ps.setString(6, next);
                ps.setObject(7, ok ? now : null);
                ps.setLong(8, d.id());
                ps.executeUpdate();
            }
            if (gone) {
                try (PreparedStatement ps = c.prepareStatement("update webhook_subscription set active = false, disabled_reason = ?, version = version + 1 where id = ?")) {
                    ps.setString(1, "Máy nhận trả lời 410 Gone lúc " + now);
                    ps.setLong(2, d.subscriptionId());
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("webhook record", e);
        }
        if (gone) {
            // the client's organisation is told by email (its coordinators), so that someone fixes the receiver
            String reason = error;
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> outbox.queueWebhookDisabled(d.clientOrganizationId(), d.subscriptionId(),
                    d.url(), reason, attempts));
        }
        return ok;
    }
}
