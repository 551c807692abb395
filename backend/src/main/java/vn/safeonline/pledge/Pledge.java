package vn.safeonline.pledge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.safeonline.org.Organization;

/** A pledge on the Digital Safety Wall: public once a moderator approves it. */
@Entity
@Table(name = "pledge")
public class Pledge extends PanacheEntityBase {
    @Id
    public Long id;
    @Column(name = "campaign_id")
    public long campaignId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public Organization organization;
    @Column(name = "display_name")
    public String displayName;
    public String text;
    @Enumerated(EnumType.STRING)
    public PledgeStatus status;
    @Column(name = "held_reason")
    public String heldReason;
    /** Why it is held: a reason code of the wall's lexicon (PledgeScreen). */
    @Column(name = "held_code")
    public String heldCode;
    /** Approved although held, by a moderator who chose "approve anyway". */
    @Column(name = "approved_anyway")
    public boolean approvedAnyway;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "moderated_at")
    public OffsetDateTime moderatedAt;
    @Column(name = "moderated_by")
    public Long moderatedBy;
    /** When its display name and text were anonymised (retention or erasure); null while kept. */
    @Column(name = "anonymised_at")
    public OffsetDateTime anonymisedAt;
    @Version
    public int version;

    /**
     * Anonymises these pledges now (SQL anonymise_pledges: the display name and the text go; campaign, unit, audience and
     * status stay). Those anonymised already are left alone; returns how many changed.
     */
    public static int anonymise(java.util.Collection<Long> ids, OffsetDateTime at) {
        if (ids.isEmpty()) return 0;
        return ((Number) getEntityManager().createNativeQuery("select anonymise_pledges(cast(?1 as bigint[]), ?2)")
                .setParameter(1, ids.toArray(Long[]::new)).setParameter(2, at).getSingleResult()).intValue();
    }

    /** A pledge with its unit, for moderation. */
    public static Optional<Pledge> findWithUnit(long id) {
        return find("from Pledge p left join fetch p.organization where p.id = ?1", id).firstResultOptional();
    }

    public static long countInQueue(long campaignId, List<PledgeStatus> statuses) {
        return count("campaignId = ?1 and status in ?2", campaignId, statuses);
    }

    /**
     * A page of the campaign's pledges in these statuses with their units: decided ones (approved, rejected) newest
     * decision first, the waiting ones oldest first.
     */
    public static List<Pledge> queue(long campaignId, List<PledgeStatus> statuses, int pageIndex, int size) {
        boolean decided = statuses.stream().allMatch(s -> s == PledgeStatus.APPROVED || s == PledgeStatus.REJECTED);
        String order = decided ? "p.moderatedAt desc, p.id desc" : "p.id asc";
        return Pledge.<Pledge>find("select p from Pledge p left join fetch p.organization where p.campaignId = ?1 and p.status in ?2 order by " + order,
                campaignId, statuses).page(pageIndex, size).list();
    }
}
