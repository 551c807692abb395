package vn.safeonline.referral;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.safeonline.org.Organization;

/**
 * A support referral for a child at risk (changeset 015). Seen only by the people of the opening and the receiving
 * organisation ({@link ReferralAccess}); the child is named by a pseudonym or initials, an age or grade and a school.
 */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    public Long id;
    @Column(name = "tenant_id")
    public long tenantId;
    public String code;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "opener_org_id")
    public Organization opener;
    @Column(name = "opened_by")
    public long openedBy;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "receiver_org_id")
    public Organization receiver;
    @Column(name = "child_alias")
    public String childAlias;
    @Column(name = "child_age")
    public Integer childAge;
    @Column(name = "child_grade")
    public Integer childGrade;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    public Organization school;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_kind")
    public RiskKind riskKind;
    public String note;
    @Enumerated(EnumType.STRING)
    public ReferralStatus status = ReferralStatus.OPEN;
    @Column(name = "opened_at")
    public OffsetDateTime openedAt;
    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;
    @Column(name = "acknowledged_by")
    public Long acknowledgedBy;
    @Column(name = "contacted_at")
    public OffsetDateTime contactedAt;
    @Column(name = "contacted_by")
    public Long contactedBy;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "closed_by")
    public Long closedBy;
    @Enumerated(EnumType.STRING)
    public ReferralOutcome outcome;
    @Column(name = "outcome_note")
    public String outcomeNote;
    @Version
    public int version;

    public ReferralSla sla(OffsetDateTime now) {
        return ReferralSla.of(status, openedAt, now);
    }

    /** What a list asks: the caller's organisation, which side (null: both), an optional status. */
    public record Filter(long tenant, long org, ReferralSide side, ReferralStatus status) {
        String where(Map<String, Object> params) {
            params.put("tenant", tenant);
            params.put("org", org);
            StringBuilder w = new StringBuilder("r.tenantId = :tenant and ");
            w.append(side == ReferralSide.OPENED ? "r.opener.id = :org" : side == ReferralSide.RECEIVED ? "r.receiver.id = :org" : "(r.opener.id = :org or r.receiver.id = :org)");
            if (status != null) {
                w.append(" and r.status = :status");
                params.put("status", status);
            }
            return w.toString();
        }
    }

    public static long countMatching(Filter f) {
        Map<String, Object> params = new java.util.HashMap<>();
        return count("from Referral r where " + f.where(params), params);
    }

    public static List<Referral> listMatching(Filter f, String orderBy, int pageIndex, int size) {
        Map<String, Object> params = new java.util.HashMap<>();
        return Referral.<Referral>find("from Referral r join fetch r.opener join fetch r.receiver left join fetch r.school where "
                + f.where(params) + " order by " + orderBy, params).page(pageIndex, size).list();
    }

    /** A case of the caller's deployment that its organisation opened or received; the rest does not exist for it. */
    public static java.util.Optional<Referral> findFor(long id, long tenant, long org) {
        return Referral.<Referral>find("from Referral r join fetch r.opener join fetch r.receiver left join fetch r.school "
                + "where r.id = ?1 and r.tenantId = ?2 and (r.opener.id = ?3 or r.receiver.id = ?3)", id, tenant, org).firstResultOptional();
    }

    /** The cases of a deployment not closed yet, as the escalation counts need them: no child data. */
    public record Pending(long receiverId, ReferralStatus status, OffsetDateTime openedAt) {
    }

    public static List<Pending> pending(long tenant) {
        return getEntityManager().createQuery("select r.receiver.id as receiver, r.status as status, r.openedAt as openedAt from Referral r"
                        + " where r.tenantId = :tenant and r.status <> :closed", jakarta.persistence.Tuple.class)
                .setParameter("tenant", tenant).setParameter("closed", ReferralStatus.CLOSED).getResultStream()
                .map(t -> new Pending(t.get("receiver", Long.class), t.get("status", ReferralStatus.class), t.get("openedAt", OffsetDateTime.class)))
                .toList();
    }
}
