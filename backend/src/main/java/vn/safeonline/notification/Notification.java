package vn.safeonline.notification;

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
}
