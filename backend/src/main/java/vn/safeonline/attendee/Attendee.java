package vn.safeonline.attendee;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import vn.safeonline.common.Text;
import vn.safeonline.event.Event;
import vn.safeonline.event.Venue;
import vn.safeonline.quota.Quota;
import vn.safeonline.user.AppUser;

/** A delegate on an agency's list for a quota; students are minors and their personal fields are protected. */
@Entity
@Table(name = "attendee")
public class Attendee extends vn.safeonline.common.Timestamped {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendee_seq")
    @SequenceGenerator(name = "attendee_seq", sequenceName = "attendee_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quota_id")
    public Quota quota;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id")
    public Venue venue;

    @Column(name = "full_name")
    public String fullName;
    @Column(name = "name_search")
    String nameSearch;
    public String position;
    public String unit;
    public String phone;
    @Column(name = "phone_norm")
    public String phoneNorm;
    public String email;
    public String school;
    public String grade;
    @Column(name = "guardian_name")
    public String guardianName;
    @Column(name = "guardian_phone")
    public String guardianPhone;
    @Column(name = "difficult_circumstances")
    public Boolean difficultCircumstances;

    @Enumerated(EnumType.STRING)
    public AttendeeStatus status = AttendeeStatus.SUBMITTED;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_id")
    public Attendee replaces;

    /** Another active attendee of the event with the same phone, or the same name and unit (flag, not refusal). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duplicate_of_id")
    public Attendee duplicateOf;

    /** Opaque and unguessable (192 random bits): what the QR code carries, never the database id. */
    @Column(name = "invitation_token")
    public String invitationToken = newToken();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "submitted_by")
    public AppUser submittedBy;

    @Version
    public int version;

    @PrePersist
    @PreUpdate
    void foldName() {
        fold();
    }

    void fold() {
        nameSearch = Text.fold(fullName);
        phoneNorm = normalisePhone(phone);
    }

    public String nameKey() {
        return Text.fold(fullName);
    }

    /** 0939.949.749, +84 939 949 749 and 0939949749 are one number. */
    public static String normalisePhone(String phone) {
        if (phone == null) return null;
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("84") && digits.length() >= 11) digits = "0" + digits.substring(2);
        return digits.isEmpty() ? null : digits;
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
