package vn.safeonline.notification;

import vn.safeonline.common.BusinessClock;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An in-app message to one user: a reminder (đôn đốc) or news about a plan. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    public Long id;

    @Column(name = "recipient_id")
    public long recipientId;

    public String kind;
    public String title;
    public String body;

    @Column(name = "plan_id")
    public Long planId;

    @Column(name = "task_id")
    public Long taskId;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    /**
     * One notification to each active user of each organisation, with that organisation's body;
     * the users are read in one query. Each user who receives email gets it by email too (the outbox).
     * Returns how many were written. Runs in the caller's transaction.
     */
    public static int toOrganizations(java.util.Map<Long, String> bodyByOrganization, String kind, String title, long planId, long createdBy) {
        if (bodyByOrganization.isEmpty()) return 0;
        java.util.List<vn.safeonline.user.AppUser> users = vn.safeonline.user.AppUser.list("organization.id in ?1 and active = true",
                bodyByOrganization.keySet());
        for (vn.safeonline.user.AppUser u : users) {
            toUser(u, kind, title, bodyByOrganization.get(u.organization.id), planId, null, createdBy);
        }
        return users.size();
    }

    /** One notification to one user (by email too when the user receives email); {@code createdBy} null for a scheduled job's. */
    public static Notification toUser(vn.safeonline.user.AppUser u, String kind, String title, String body, Long planId, Long taskId, Long createdBy) {
        Notification n = toUserQuietly(u, kind, title, body, planId, taskId);
        n.createdBy = createdBy;
        vn.safeonline.email.EmailOutbox.current().queueNotification(u, n.id, kind, title, body);
        return n;
    }

    /** One notification to one user from a scheduled job, in-app only (the job sends its own email). */
    static Notification toUserQuietly(vn.safeonline.user.AppUser u, String kind, String title, String body, Long planId, Long taskId) {
        Notification n = new Notification();
        n.recipientId = u.id;
        n.kind = kind;
        n.title = title;
        n.body = body;
        n.planId = planId;
        n.taskId = taskId;
        n.createdAt = BusinessClock.current().now();
        n.persist();
        return n;
    }

    /** The same body to every active user of the organisations. */
    public static int toOrganizations(java.util.Collection<Long> organizationIds, String kind, String title, String body, long planId, long createdBy) {
        java.util.Map<Long, String> bodies = new java.util.LinkedHashMap<>();
        organizationIds.forEach(id -> bodies.put(id, body));
        return toOrganizations(bodies, kind, title, planId, createdBy);
    }

    /** A person's unread notifications, newest first, at most {@code max}. */
    public static java.util.List<Notification> unread(long recipientId, int max) {
        return Notification.<Notification>find("recipientId = ?1 and readAt is null order by createdAt desc, id desc", recipientId).range(0, max - 1).list();
    }

    /** How many notifications a person has not read. */
    public static long unreadCount(long recipientId) {
        return count("recipientId = ?1 and readAt is null", recipientId);
    }
}
