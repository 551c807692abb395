package vn.safeonline.plan;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;
import vn.safeonline.common.Json;
import vn.safeonline.common.Text;
import vn.safeonline.org.Organization;
import vn.safeonline.user.AppUser;

/** A Kế hoạch: the official document and its life from draft to close. */
@Entity
@Table(name = "plan")
public class Plan extends vn.safeonline.common.Timestamped {
    private static final TypeReference<List<LegalBasis>> BASES = new TypeReference<>() {
    };
    private static final TypeReference<List<ContentSection>> SECTIONS = new TypeReference<>() {
    };

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    public Long id;

    @Column(name = "tenant_id")
    public long tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuing_org_id")
    public Organization issuingOrg;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "standing_org_id")
    public Organization standingOrg;

    @Column(name = "doc_number")
    public String number;
    public String symbol;
    public String place;
    @Column(name = "issue_date")
    public LocalDate issueDate;
    public String title;
    @Column(name = "title_search")
    String titleSearch;
    public String purpose;
    public String requirements;

    @Column(name = "legal_bases", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String legalBasesJson = "[]";

    @Column(name = "content_sections", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String contentSectionsJson = "[]";

    @ElementCollection
    @CollectionTable(name = "plan_recipient", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<Recipient> recipients = new ArrayList<>();

    @Column(name = "signer_authority")
    public String signerAuthority;
    @Column(name = "signer_title")
    public String signerTitle;
    @Column(name = "signer_name")
    public String signerName;
    @Column(name = "contact_name")
    public String contactName;
    @Column(name = "contact_title")
    public String contactTitle;
    @Column(name = "contact_phone")
    public String contactPhone;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;
    @Column(name = "cancel_reason")
    public String cancelReason;

    /** Days its children's personal data are kept after the plan closes (SQL plan_closes_on; retention/RetentionService). */
    @Column(name = "retention_days")
    public int retentionDays = 90;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    public AppUser createdBy;


    @Version
    public int version;

    public List<LegalBasis> legalBases() {
        return Json.read(legalBasesJson, BASES);
    }

    public void legalBases(List<LegalBasis> bases) {
        legalBasesJson = Json.write(bases == null ? List.of() : bases);
    }

    public List<ContentSection> contentSections() {
        return Json.read(contentSectionsJson, SECTIONS);
    }

    public void contentSections(List<ContentSection> sections) {
        contentSectionsJson = Json.write(sections == null ? List.of() : sections);
    }

    /** "120/KH-UBND"; a draft without a number reads "/KH-UBND", as the unissued document does. */
    public String reference() {
        return (number == null ? "" : number) + "/" + symbol;
    }

    @PrePersist
    @PreUpdate
    void foldTitle() {
        fold();
    }

    private void fold() {
        titleSearch = Text.fold(reference() + " " + title);
    }
}
