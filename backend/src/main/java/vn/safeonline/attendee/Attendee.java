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
import java.util.List;
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

    /** The duplicate key (see {@link #personKey}): with the phone, what makes two active attendees of an event a pair. */
    @Column(name = "person_key")
    public String personKey;

    /** Opaque and unguessable (192 random bits): what the QR code carries, never the database id. */
    @Column(name = "invitation_token")
    public String invitationToken = newToken();

    /** The code printed under the QR for people to type ({@link ShortCode}); given by the database on insert, never changed. */
    @Column(name = "short_code", insertable = false, updatable = false)
    @org.hibernate.annotations.Generated
    public String shortCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "submitted_by")
    public AppUser submittedBy;

    /** When its personal fields were anonymised (retention or erasure, SQL anonymise_attendees); null while they are kept. */
    @Column(name = "anonymised_at")
    public OffsetDateTime anonymisedAt;

    @Version
    public int version;

    @PrePersist
    @PreUpdate
    void foldName() {
        fold();
    }

    void fold() {
        nameSearch = Text.fold(fullName);
        // an anonymised delegate has no key: its neutral name pairs it with nobody
        personKey = anonymisedAt != null ? null : personKey(fullName, unit, quota == null ? null : quota.owner.name);
        phoneNorm = normalisePhone(phone);
    }

    public String nameKey() {
        return Text.fold(fullName);
    }

    /**
     * The one duplicate key of a person on a list: the folded name and the folded unit (the submitting organisation's name when
     * no unit is given). The form, the API and the spreadsheet import all compute it here; the database stores it.
     */
    public static String personKey(String fullName, String unit, String ownerName) {
        return Text.fold(fullName) + "|" + Text.fold(unit != null && !unit.isBlank() ? unit : ownerName);
    }

    /** 0939.949.749, +84 939 949 749 and 0939949749 are one number. */
    public static String normalisePhone(String phone) {
        if (phone == null) return null;
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("84") && digits.length() >= 11) digits = "0" + digits.substring(2);
        return digits.isEmpty() ? null : digits;
    }

    /** JPQL on alias a: the attendee is active and in a duplicate pair (the same rule as {@link #pairs}). */
    public static final String IN_A_PAIR = "a.status in (vn.safeonline.attendee.AttendeeStatus.SUBMITTED, vn.safeonline.attendee.AttendeeStatus.CONFIRMED)"
            + " and exists (select 1 from Attendee b where b.event = a.event and b.id <> a.id"
            + " and b.status in (vn.safeonline.attendee.AttendeeStatus.SUBMITTED, vn.safeonline.attendee.AttendeeStatus.CONFIRMED)"
            + " and (b.phoneNorm = a.phoneNorm or b.personKey = a.personKey))";

    /** One side of a duplicate pair: the attendee asked about, the other active attendee with its key, whether both are kept. */
    public record DuplicatePair(long attendeeId, long otherId, boolean keptBoth) {
    }

    /**
     * The pairs of these attendees: another active attendee of the same event with the same phone or the same person key.
     * The list, the exports and the pair view all read them here.
     */
    public static List<DuplicatePair> pairs(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        @SuppressWarnings("unchecked")
        List<jakarta.persistence.Tuple> rows = getEntityManager().createNativeQuery("select a.id as id, b.id as other,"
                        + " exists (select 1 from duplicate_resolution r where r.first_id = least(a.id, b.id) and r.second_id = greatest(a.id, b.id)) as kept"
                        + " from attendee a join attendee b on b.event_id = a.event_id and b.id <> a.id and b.status in ('SUBMITTED', 'CONFIRMED')"
                        + "  and (b.phone_norm = a.phone_norm or b.person_key = a.person_key)"
                        + " where a.id in (:ids) and a.status in ('SUBMITTED', 'CONFIRMED') order by a.id, b.id", jakarta.persistence.Tuple.class)
                .setParameter("ids", ids).getResultList();
        return rows.stream().map(r -> new DuplicatePair(r.get("id", Number.class).longValue(), r.get("other", Number.class).longValue(),
                Boolean.TRUE.equals(r.get("kept")))).toList();
    }

    /** When each of these attendees was checked in (absent: not yet). */
    public static java.util.Map<Long, java.time.OffsetDateTime> checkedInAt(java.util.Collection<Long> ids) {
        java.util.Map<Long, java.time.OffsetDateTime> out = new java.util.HashMap<>();
        if (ids.isEmpty()) return out;
        @SuppressWarnings("unchecked")
        List<jakarta.persistence.Tuple> rows = getEntityManager().createNativeQuery("select attendee_id as id, checked_in_at as at from check_in"
                + " where attendee_id in (:ids)", jakarta.persistence.Tuple.class).setParameter("ids", ids).getResultList();
        rows.forEach(r -> out.put(r.get("id", Number.class).longValue(), vn.safeonline.common.SqlValues.offsetDateTime(r.get("at"))));
        return out;
    }

    public boolean checkedIn() {
        return !checkedInAt(List.of(id)).isEmpty();
    }

    /**
     * Anonymises these delegates now (SQL anonymise_attendees, the one rule: a neutral name, no contacts, guardian or
     * circumstances; the row and its figures stay). Those anonymised already are left alone; returns how many changed.
     * Managed instances are stale afterwards: refresh them.
     */
    public static int anonymise(java.util.Collection<Long> ids, OffsetDateTime at) {
        if (ids.isEmpty()) return 0;
        return ((Number) getEntityManager().createNativeQuery("select anonymise_attendees(cast(?1 as bigint[]), ?2)")
                .setParameter(1, ids.toArray(Long[]::new)).setParameter(2, at).getSingleResult()).intValue();
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
