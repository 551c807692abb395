package vn.safeonline.campaign;

import vn.safeonline.common.BusinessClock;
import com.fasterxml.jackson.core.type.TypeReference;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;
import vn.safeonline.common.Json;
import vn.safeonline.org.Organization;

/** A unit's report of one activity: what, when, where, who took part, the reach, and the evidence. */
@Entity
@Table(name = "activity_report")
public class ActivityReport extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_report_seq")
    @SequenceGenerator(name = "activity_report_seq", sequenceName = "activity_report_seq", allocationSize = 50)
    public Long id;

    @Column(name = "campaign_id")
    public long campaignId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Enumerated(EnumType.STRING)
    public ActivityType type;
    @Column(name = "activity_date")
    public LocalDate date;
    public String place;
    public int officers;
    public int pupils;
    public int students;
    public int teachers;
    public int parents;
    public int others;
    public long views;
    public long shares;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String links = "[]";

    public String note;
    /** Why the report is held for review and not counted (its figures exceed the unit's headcount); null: counted. */
    @Column(name = "held_reason")
    public String heldReason;
    @Column(name = "reported_by")
    public Long reportedBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @PrePersist
    void stamp() {
        createdAt = updatedAt = BusinessClock.current().now();
    }

    @jakarta.persistence.PreUpdate
    void stampUpdated() {
        updatedAt = BusinessClock.current().now();
    }

    /**
     * The rule for a report the unit cannot have: a figure of participants above the unit's headcount of that audience (where the
     * headcount is entered, i.e. above 0). Such a report is kept but held for review (not counted) until a campaign manager
     * accepts it; null when it counts.
     */
    public static String beyondHeadcount(ActivityReport r, CampaignUnit unit) {
        StringBuilder why = new StringBuilder();
        check(why, "cán bộ", r.officers, unit.officers);
        check(why, "học sinh", r.pupils, unit.pupils);
        check(why, "sinh viên", r.students, unit.students);
        check(why, "giáo viên", r.teachers, unit.teachers);
        check(why, "phụ huynh", r.parents, unit.parents);
        return why.isEmpty() ? null : "Số người tham gia vượt sĩ số của đơn vị: " + why;
    }

    private static void check(StringBuilder why, String audience, int reported, int headcount) {
        if (headcount <= 0 || reported <= headcount) return;
        if (!why.isEmpty()) why.append("; ");
        why.append(audience).append(' ').append(reported).append(" > ").append(headcount);
    }

    public List<String> links() {
        return Json.read(links, new TypeReference<List<String>>() {
        });
    }

    public void links(List<String> v) {
        links = Json.write(v);
    }

    /** How many counted reports of one type, and the people they reached (every audience, and others). */
    public record TypeCount(ActivityType type, long reports, long participants) {
    }

    /**
     * The counted reports (not held for review) of a campaign by type, over these units, most reported first: what the
     * campaign's summary counts. Types nobody reported are absent.
     */
    public static List<TypeCount> countsByType(long campaignId, java.util.Collection<Long> unitIds) {
        if (unitIds.isEmpty()) return List.of();
        @SuppressWarnings("unchecked")
        List<jakarta.persistence.Tuple> rows = getEntityManager().createNativeQuery("select r.type as type, count(*) as reports,"
                        + " coalesce(sum(r.officers + r.pupils + r.students + r.teachers + r.parents + r.others), 0) as participants"
                        + " from activity_report r where r.campaign_id = ?1 and r.held_reason is null and r.organization_id = any(cast(?2 as bigint[]))"
                        + " group by r.type order by count(*) desc, r.type", jakarta.persistence.Tuple.class)
                .setParameter(1, campaignId).setParameter(2, unitIds.toArray(Long[]::new)).getResultList();
        return rows.stream().map(t -> new TypeCount(ActivityType.valueOf(t.get("type", String.class)), t.get("reports", Number.class).longValue(),
                t.get("participants", Number.class).longValue())).toList();
    }

    /** The report with its unit. */
    public static java.util.Optional<ActivityReport> withOrganization(long id) {
        return ActivityReport.<ActivityReport>find("from ActivityReport r join fetch r.organization where r.id = ?1", id).firstResultOptional();
    }

    /**
     * A campaign's reports, optionally of one unit and of one type, within a scope on organisation alias {@code o} (a condition
     * with its parameters, as {@link CampaignAccess#figuresScope} gives it).
     */
    public record Filter(long campaignId, Long organizationId, ActivityType type, OffsetDateTime updatedSince, String scope,
                         java.util.Map<String, Object> scopeParams) {
        private String where(java.util.Map<String, Object> params) {
            params.putAll(scopeParams);
            params.put("c", campaignId);
            String where = "r.campaignId = :c" + scope;
            if (organizationId != null) {
                where += " and o.id = :org";
                params.put("org", organizationId);
            }
            if (type != null) {
                where += " and r.type = :type";
                params.put("type", type);
            }
            if (updatedSince != null) {
                where += " and r.updatedAt >= :since";
                params.put("since", updatedSince);
            }
            return where;
        }

        public long count() {
            java.util.Map<String, Object> params = new java.util.HashMap<>();
            return ActivityReport.count("select count(r) from ActivityReport r join r.organization o where " + where(params), params);
        }

        /** A page of them, the unit fetched, in this order (a JPQL order on alias {@code r}). */
        public List<ActivityReport> list(String order, int pageIndex, int size) {
            java.util.Map<String, Object> params = new java.util.HashMap<>();
            return ActivityReport.<ActivityReport>find("select r from ActivityReport r join fetch r.organization o where " + where(params)
                    + " order by " + order, params).page(pageIndex, size).list();
        }
    }
}
