package vn.safeonline.quota;

import vn.safeonline.common.BusinessClock;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import vn.safeonline.event.Event;
import vn.safeonline.org.Organization;

/** An invitation quota: event × owning organisation × category, a count (or none), a deadline, a receiver. */
@Entity
@Table(name = "quota")
public class Quota extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quota_seq")
    @SequenceGenerator(name = "quota_seq", sequenceName = "quota_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_org_id")
    public Organization owner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    public InviteeCategory category;

    /** Null: "as many as needed" (e.g. leaders of the police divisions). */
    @Column(name = "quota_count")
    public Integer count;

    public OffsetDateTime deadline;

    /** A coordinator's extension for this organisation. */
    @Column(name = "extended_until")
    public OffsetDateTime extendedUntil;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "receiving_org_id")
    public Organization receiver;

    public String note;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = BusinessClock.current().now();

    @Version
    public int version;

    public OffsetDateTime effectiveDeadline() {
        return extendedUntil != null && extendedUntil.isAfter(deadline) ? extendedUntil : deadline;
    }

    public boolean locked(OffsetDateTime now) {
        return now.isAfter(effectiveDeadline());
    }
}
