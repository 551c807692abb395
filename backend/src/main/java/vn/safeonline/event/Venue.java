package vn.safeonline.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

/** Where delegates sit: the main hall or a relay point, with an address and a capacity. */
@Entity
@Table(name = "venue")
public class Venue extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "venue_seq")
    @SequenceGenerator(name = "venue_seq", sequenceName = "venue_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    public String name;
    public String address;
    public Integer capacity;
    public boolean main;
    public int position;
    @Version
    public int version;

    /**
     * The seating rule, for every path that seats delegates (form, API, spreadsheet): with the venue's row locked until commit,
     * the delegates seated here (active ones) plus those about to be must fit its capacity; 409 venue-full otherwise.
     */
    public static void requireSeats(Long venueId, long more) {
        if (venueId == null || more <= 0) return;
        Venue v = findById(venueId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (v == null || v.capacity == null) return;
        long seated = ((Number) getEntityManager().createNativeQuery(
                        "select count(*) from attendee where venue_id = ?1 and status in ('SUBMITTED', 'CONFIRMED')")
                .setParameter(1, venueId).getSingleResult()).longValue();
        if (seated + more > v.capacity) {
            throw new vn.safeonline.common.ApiException(vn.safeonline.common.ProblemType.VENUE_FULL, v.name + " có " + v.capacity + " chỗ, đã xếp "
                    + seated + (more > 1 ? ", không đủ cho " + more + " đại biểu" : "") + "; chọn điểm cầu khác hoặc tăng sức chứa",
                    java.util.List.of(new vn.safeonline.common.Problem.FieldError("venueId", "VenueFull", v.name + " đã đủ chỗ")));
        }
    }
}
