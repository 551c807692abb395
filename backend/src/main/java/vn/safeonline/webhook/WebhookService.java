package vn.safeonline.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.safeonline.client.SystemClient;
import vn.safeonline.client.SystemClientService;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Scopes;
import vn.safeonline.common.SqlValues;
import vn.safeonline.webhook.WebhookDtos.DeliveryView;
import vn.safeonline.webhook.WebhookDtos.EventTypeView;
import vn.safeonline.webhook.WebhookDtos.WebhookInput;
import vn.safeonline.webhook.WebhookDtos.WebhookSecret;
import vn.safeonline.webhook.WebhookDtos.WebhookView;

/**
 * Subscriptions belong to a system client and are managed by the client itself (its token) or by whoever manages the
 * client (SystemClientService). A client hears only of types its scopes cover, and only of what concerns its
 * organisation or the bodies under it (the fan-out's rule).
 */
@ApplicationScoped
public class WebhookService {
    /** The scope a client needs to subscribe to each event type. */
    static final Map<String, String> SCOPE_OF = Map.of("plan.issued", Scopes.PLANS_READ, "task.progress_reported", Scopes.PLANS_READ,
            "task.overdue", Scopes.PLANS_READ, "quota.deadline_approaching", Scopes.ATTENDEES_WRITE, "attendee.submitted", Scopes.ATTENDEES_WRITE, "checkin.recorded", Scopes.CHECKIN_WRITE, "activity.reported", Scopes.ACTIVITIES_WRITE,
            "target.reached", Scopes.INDICATORS_READ, "pledge.approved", Scopes.INDICATORS_READ);

    /** Every event type with its scope, in the order of DomainEvents.TYPES (the SPA's checkboxes come from this). */
    public List<EventTypeView> eventTypes() {
        return vn.safeonline.common.DomainEvents.TYPES.stream().map(t -> new EventTypeView(t, SCOPE_OF.get(t))).toList();
    }

    @Inject
    SystemClientService clients;
    @Inject
    AuditLog audit;
    @Inject
    BusinessClock clock;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "app.webhooks.allow-private", defaultValue = "false")
    boolean allowPrivate;

    private SystemClient clientOf(Long systemClientId) {
        SystemClient self = clients.self();
        if (self != null && systemClientId == null) return self;
        if (systemClientId == null) throw ApiException.field("systemClientId", "Required", "Chọn ứng dụng nhận webhook");
        return clients.manageable(systemClientId);
    }

    private WebhookSubscription find(long id) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        if (s == null) throw ApiException.notFound("Webhook", id);
        try {
            clients.manageable(s.clientId);
        } catch (ApiException e) {
            throw ApiException.notFound("Webhook", id);
        }
        return s;
    }

    @Transactional
    public WebhookSecret subscribe(WebhookInput in) {
        SystemClient c = clientOf(in.systemClientId());
        if (c.revokedAt != null) throw new ApiException(ProblemType.INVALID_TRANSITION, "Ứng dụng đã bị thu hồi");
        String refusal = UrlGuard.refusal(in.url(), allowPrivate);
        if (refusal != null) throw ApiException.unprocessable("url", "Refused", refusal);
        for (int i = 0; i < in.eventTypes().size(); i++) {
            String type = in.eventTypes().get(i);
            if (!c.account.scopeSet().contains(SCOPE_OF.get(type))) {
                throw ApiException.unprocessable("eventTypes[" + i + "]", "OutOfScope", "Sự kiện “" + type + "” cần phạm vi “" + SCOPE_OF.get(type) + "” mà ứng dụng chưa có");
            }
        }
        WebhookSubscription s = new WebhookSubscription();
        s.clientId = c.id;
        s.url = in.url().trim();
        s.eventTypes = in.eventTypes().stream().distinct().sorted().toArray(String[]::new);
        s.secret = WebhookSignature.newSecret();
        s.createdAt = clock.now();
        s.persist();
        WebhookSubscription.flush();
        audit.record("CREATE", "webhook", s.id, null, Map.of("client", c.id, "url", s.url, "eventTypes", s.types()));
        return new WebhookSecret(WebhookView.of(s), s.secret);
    }

    public List<WebhookView> list(Long systemClientId) {
        SystemClient c = clientOf(systemClientId);
        return WebhookSubscription.ofClient(c.id).stream().map(WebhookView::of).toList();
    }

    public WebhookView get(long id) {
        return WebhookView.of(find(id));
    }

    @Transactional
    public void delete(long id) {
        WebhookSubscription s = find(id);
        s.delete();
        audit.record("DELETE", "webhook", id, Map.of("url", s.url), null);
    }

    /** The delivery log of a subscription, newest first. */
    @SuppressWarnings("unchecked")
    public PageResponse<DeliveryView> deliveries(long id, PageParams page) {
        WebhookSubscription s = find(id);
        long total = ((Number) em.createNativeQuery("select count(*) from webhook_delivery where subscription_id = ?1").setParameter(1, s.id).getSingleResult()).longValue();
        List<Tuple> rows = em.createNativeQuery("select d.id, d.event_id, e.type, e.link, d.status, d.attempts, d.next_attempt_at, d.last_attempt_at,"
                        + " d.last_status, d.last_error, d.delivered_at, d.created_at from webhook_delivery d join event_outbox e on e.id = d.event_id"
                        + " where d.subscription_id = ?1 order by d.id desc offset ?2 limit ?3", Tuple.class)
                .setParameter(1, s.id).setParameter(2, page.offset()).setParameter(3, page.size).getResultList();
        return new PageResponse<>(rows.stream().map(r -> new DeliveryView(((Number) r.get(0)).longValue(), "evt_" + r.get(1), (String) r.get(2),
                (String) r.get(3), (String) r.get(4), ((Number) r.get(5)).intValue(), SqlValues.offsetDateTime(r.get(6)), SqlValues.offsetDateTime(r.get(7)),
                r.get(8) == null ? null : ((Number) r.get(8)).intValue(), (String) r.get(9), SqlValues.offsetDateTime(r.get(10)),
                SqlValues.offsetDateTime(r.get(11)))).toList(), page.page, page.size, total);
    }

    /** Sends a delivery again at the next run (the same webhook-id: receivers recognise it); re-enables nothing. */
    @Transactional
    public void redeliver(long deliveryId) {
        List<?> found = em.createNativeQuery("select subscription_id from webhook_delivery where id = ?1").setParameter(1, deliveryId).getResultList();
        if (found.isEmpty()) throw ApiException.notFound("Lần gửi webhook", deliveryId);
        Object sub = found.get(0);
        WebhookSubscription s = find(((Number) sub).longValue());
        if (!s.active) throw new ApiException(ProblemType.INVALID_TRANSITION, "Webhook đã bị tắt: " + s.disabledReason);
        em.createNativeQuery("update webhook_delivery set status = 'PENDING', next_attempt_at = ?1 where id = ?2")
                .setParameter(1, clock.now()).setParameter(2, deliveryId).executeUpdate();
        audit.record("REDELIVER", "webhook", s.id, null, Map.of("delivery", deliveryId));
    }
}
