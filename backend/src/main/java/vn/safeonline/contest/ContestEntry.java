package vn.safeonline.contest;

import vn.safeonline.common.BusinessClock;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.safeonline.common.ApiException;
import vn.safeonline.org.Organization;

/**
 * An entry of a pupil (a minor). The pupil's name reaches the entry's school and the contest's managers; the guardian's
 * name and phone only the school (MinorsData); judges see the work without any of them.
 */
@Entity
@Table(name = "contest_entry")
public class ContestEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contest_entry_seq")
    @SequenceGenerator(name = "contest_entry_seq", sequenceName = "contest_entry_seq", allocationSize = 50)
    public Long id;
    @Column(name = "contest_id")
    public long contestId;
    /** The receipt code given to the submitter (no personal data in it). */
    public String reference;
    @Column(name = "submission_key")
    public String submissionKey;
    @Enumerated(EnumType.STRING)
    public ContestCategory category;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    public Organization school;
    public Integer grade;
    public String title;
    @Column(name = "work_url")
    public String workUrl;
    @Column(name = "work_text")
    public String workText;
    @Column(name = "pupil_name")
    public String pupilName;
    @Column(name = "guardian_name")
    public String guardianName;
    @Column(name = "guardian_phone")
    public String guardianPhone;
    public String source;
    @Column(name = "submitted_by")
    public Long submittedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_method")
    public ConsentMethod consentMethod;
    @Column(name = "consent_recorded_at")
    public OffsetDateTime consentRecordedAt;
    @Column(name = "consent_recorded_by")
    public Long consentRecordedBy;
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    /** When the pupil's and guardian's data were anonymised (withdrawal, retention or erasure); null while kept. */
    @Column(name = "anonymised_at")
    public OffsetDateTime anonymisedAt;
    @Version
    public int version;

    @PrePersist
    void stamp() {
        createdAt = BusinessClock.current().now();
    }

    /** Consent recorded and not withdrawn: the entry may go to judges. */
    public boolean eligible() {
        return consentRecordedAt != null && withdrawnAt == null;
    }

    /** "Nguyễn Văn An" → "A." (Vietnamese given name is the last word). */
    public static String initial(String fullName) {
        if (fullName == null || fullName.isBlank()) return "";
        String[] words = fullName.trim().split("\\s+");
        String given = words[words.length - 1];
        return given.substring(0, given.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.forLanguageTag("vi")) + ".";
    }

    /** The initial the public results show: none once the pupil's name is anonymised. */
    public String publicInitial() {
        return anonymisedAt != null ? "" : initial(pupilName);
    }

    /**
     * Anonymises these entries now (SQL anonymise_contest_entries, the one rule: the pupil's name, the guardian and the
     * work go; category, school, grade, title, consent and scores stay, so the ranking adds up). Those anonymised already
     * are left alone; returns how many changed. Managed instances are stale afterwards: refresh them.
     */
    public static int anonymise(java.util.Collection<Long> ids, OffsetDateTime at) {
        if (ids.isEmpty()) return 0;
        return ((Number) getEntityManager().createNativeQuery("select anonymise_contest_entries(cast(?1 as bigint[]), ?2)")
                .setParameter(1, ids.toArray(Long[]::new)).setParameter(2, at).getSingleResult()).intValue();
    }

    /** AWAITING_CONSENT, ELIGIBLE or WITHDRAWN. */
    public String status() {
        return withdrawnAt != null ? "WITHDRAWN" : consentRecordedAt != null ? "ELIGIBLE" : "AWAITING_CONSENT";
    }

    public static ContestEntry findWithSchool(long id) {
        return ContestEntry.<ContestEntry>find("from ContestEntry e join fetch e.school where e.id = ?1", id).firstResult();
    }

    /** The entry a public form sent with this submission id, or null. */
    public static ContestEntry findBySubmission(long contestId, String submissionId) {
        return ContestEntry.<ContestEntry>find("contestId = ?1 and submissionKey = ?2", contestId, submissionId).firstResult();
    }

    /** The contest's entries that may go to judges (consent recorded, not withdrawn), with their schools, by id. */
    public static List<ContestEntry> eligibleOf(long contestId) {
        return list("select e from ContestEntry e join fetch e.school where e.contestId = ?1 and e.consentRecordedAt is not null"
                + " and e.withdrawnAt is null order by e.id", contestId);
    }

    /** Those of the given entries that may go to judges, by id. */
    public static List<ContestEntry> eligibleAmong(long contestId, List<Long> ids) {
        return list("select e from ContestEntry e where e.contestId = ?1 and e.withdrawnAt is null and e.consentRecordedAt is not null"
                + " and e.id in ?2 order by e.id", contestId, ids);
    }

    /** Which entries of a contest a list shows: a category, a status, and a school (exactly, or with the bodies under it). */
    public record Filter(long contestId, ContestCategory category, String status, Long schoolId, String schoolSubtree) {
        public Filter(long contestId, ContestCategory category, String status) {
            this(contestId, category, status, null, null);
        }

        public Filter ofSchool(vn.safeonline.org.Organization school) {
            return new Filter(contestId, category, status, school.id, null);
        }

        public Filter ofSchoolOrBelow(vn.safeonline.org.Organization school) {
            return new Filter(contestId, category, status, school.id, school.subtreePrefix() + "%");
        }

        /** The where clause over {@code e} (the entry) and {@code s} (its school); 422 for an unknown status. */
        String where(Map<String, Object> params) {
            params.put("c", contestId);
            String where = "e.contestId = :c";
            if (schoolId != null) {
                params.put("me", schoolId);
                if (schoolSubtree == null) {
                    where += " and s.id = :me";
                } else {
                    where += " and (s.id = :me or s.path like :mePfx)";
                    params.put("mePfx", schoolSubtree);
                }
            }
            if (category != null) {
                where += " and e.category = :cat";
                params.put("cat", category);
            }
            if (status != null) {
                where += switch (status) {
                    case "WITHDRAWN" -> " and e.withdrawnAt is not null";
                    case "ELIGIBLE" -> " and e.withdrawnAt is null and e.consentRecordedAt is not null";
                    case "AWAITING_CONSENT" -> " and e.withdrawnAt is null and e.consentRecordedAt is null";
                    default -> throw ApiException.field("status", "Unknown", "Trạng thái không hợp lệ");
                };
            }
            return where;
        }
    }

    public static long countMatching(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        return count("select count(e) from ContestEntry e join e.school s where " + filter.where(params), params);
    }

    /** A page of the matching entries with their schools, in the given HQL order over {@code e}. */
    public static List<ContestEntry> listMatching(Filter filter, String order, int pageIndex, int size) {
        Map<String, Object> params = new HashMap<>();
        return ContestEntry.<ContestEntry>find("select e from ContestEntry e join fetch e.school s where " + filter.where(params) + " order by " + order, params)
                .page(pageIndex, size).list();
    }
}
