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

    /** The list is complete: the numbered quota reached, or (without a number) some list sent. */
    public boolean full(long submitted) {
        return count != null ? submitted >= count : submitted > 0;
    }

    /**
     * The one definition of a quota's state, used by the matrix's cells, its urge button and the homes: FULL; OPEN or PARTIAL
     * while submissions are open; OVERDUE (nothing sent) or LOCKED (a partial list) once the (extended) deadline has passed.
     */
    public FillState state(long submitted, OffsetDateTime now) {
        if (full(submitted)) return FillState.FULL;
        if (locked(now)) return submitted == 0 ? FillState.OVERDUE : FillState.LOCKED;
        return submitted > 0 ? FillState.PARTIAL : FillState.OPEN;
    }

    /** Worth urging: a numbered quota not filled while its owner may still submit (a locked one needs an extension first). */
    public boolean toUrge(long submitted, OffsetDateTime now) {
        return count != null && !full(submitted) && !locked(now);
    }

    /** Past its deadline and not complete: only an extension lets its owner send the rest. */
    public boolean pastDeadline(long submitted, OffsetDateTime now) {
        return locked(now) && !full(submitted);
    }

    /** A quota's fill state (see {@link #state}). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "QuotaFillState")
    public enum FillState { FULL, PARTIAL, OPEN, OVERDUE, LOCKED }
}
