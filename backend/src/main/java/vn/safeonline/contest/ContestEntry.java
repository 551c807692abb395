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
import vn.safeonline.org.Organization;

/**
 * An entry of a pupil (a minor). The pupil's and guardian's names and the guardian's phone reach only the
 * entry's school and the contest's managers; judges see the work without any of them.
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
}
