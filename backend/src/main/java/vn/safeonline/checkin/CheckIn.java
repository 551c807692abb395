package vn.safeonline.checkin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.safeonline.attendee.Attendee;

/** A delegate at the door: at most one per attendee (the database says so). Written by SQL, read here. */
@Entity
@Table(name = "check_in")
public class CheckIn extends PanacheEntityBase {
    @Id
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attendee_id")
    public Attendee attendee;

    @Column(name = "event_id")
    public long eventId;

    @Column(name = "venue_id")
    public Long venueId;

    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checked_in_by")
    public vn.safeonline.user.AppUser checkedInBy;

    public String method;
}
