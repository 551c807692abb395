package vn.safeonline.email;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.Role;
import vn.safeonline.user.AppUser;

/**
 * The email outbox: a message is a row of {@code email_outbox} written in the transaction of the change that causes it
 * (so it is sent if and only if the change commits), to a user who has an address and wants email. Its dedupe key is
 * unique: queuing the same message twice (a job run twice, by two replicas) keeps one. {@link EmailSender} sends the rows.
 */
@ApplicationScoped
@Unremovable // Notification (an entity) looks it up through current()
public class EmailOutbox {
    @Inject
    EntityManager em;
    @Inject
    BusinessClock clock;

    /** A user who receives email: an address and the wish to receive it. */
    public record Recipient(long userId, String email, String fullName) {
        public static Recipient of(AppUser u) {
            return new Recipient(u.id, u.email, u.fullName);
        }
    }

    /** Whether this account gets email: a person, active, with an address, who did not opt out. */
    public static boolean wantsEmail(AppUser u) {
        return u.active && !u.system && u.email != null && u.emailNotifications;
    }

    /** The active people of these organisations with any of these roles (all roles when empty) who receive email. */
    public List<Recipient> recipients(Collection<Long> organizationIds, Set<Role> roles) {
        if (organizationIds.isEmpty()) return List.of();
        List<AppUser> users = AppUser.list("organization.id in ?1 and active = true and system = false and email is not null"
                + " and emailNotifications = true order by id", organizationIds);
        return users.stream().filter(u -> roles.isEmpty() || u.roleSet().stream().anyMatch(roles::contains)).map(Recipient::of).toList();
    }

    /** Queues one message in the caller's transaction; false when a message with this dedupe key is queued already. */
    public boolean queue(Recipient to, String kind, String dedupeKey, EmailTemplates.Message m) {
        OffsetDateTime now = clock.now();
        return em.createNativeQuery("insert into email_outbox (recipient_id, to_address, subject, body_text, body_html, kind, dedupe_key,"
                        + " created_at, next_attempt_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8) on conflict (dedupe_key) do nothing")
                .setParameter(1, to.userId()).setParameter(2, to.email()).setParameter(3, m.subject()).setParameter(4, m.text())
                .setParameter(5, new TypedParameterValue<>(StandardBasicTypes.STRING, m.html())).setParameter(6, kind)
                .setParameter(7, dedupeKey).setParameter(8, now).executeUpdate() == 1;
    }

    /** An in-app notification (reminder, urging, escalation) sent by email too, when the user wants email. */
    public boolean queueNotification(AppUser to, long notificationId, String kind, String title, String body) {
        if (!wantsEmail(to)) return false;
        return queue(Recipient.of(to), kind, "notification:" + notificationId, EmailTemplates.notification(to.fullName, title, body));
    }

    /**
     * For the webhook feature: an organisation's webhook endpoint was disabled after repeated failures; its coordinators
     * (and administrators) who receive email are told, once per endpoint and disabling. Runs in the caller's transaction;
     * returns how many messages were queued.
     */
    public int queueWebhookDisabled(long organizationId, long endpointId, String url, String lastError, int failures) {
        OffsetDateTime at = clock.now();
        int queued = 0;
        for (Recipient r : recipients(List.of(organizationId), Set.of(Role.COORDINATOR, Role.ADMIN))) {
            if (queue(r, "WEBHOOK_DISABLED", "webhook-disabled:" + endpointId + ":" + at.toEpochSecond() + ":u" + r.userId(),
                    EmailTemplates.webhookDisabled(r.fullName(), url, lastError, failures))) queued++;
        }
        return queued;
    }

    /** For entities, which CDI cannot inject: the same bean. */
    public static EmailOutbox current() {
        return Arc.container().instance(EmailOutbox.class).get();
    }
}
