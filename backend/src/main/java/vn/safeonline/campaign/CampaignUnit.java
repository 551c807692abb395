package vn.safeonline.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Tuple;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.safeonline.org.Organization;

/** A unit in a campaign's scope, with its headcounts by audience. */
@Entity
@Table(name = "campaign_unit")
@IdClass(CampaignUnit.Key.class)
public class CampaignUnit extends PanacheEntityBase {
    public record Key(Long campaignId, Long organizationId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "campaign_id")
    public Long campaignId;

    @Id
    @Column(name = "organization_id")
    public Long organizationId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", insertable = false, updatable = false)
    public Organization organization;

    public int officers;
    public int pupils;
    public int students;
    public int teachers;
    public int parents;

    /** The campaign's unit for an organisation, with the organisation. */
    public static Optional<CampaignUnit> withOrganization(long campaignId, long organizationId) {
        return CampaignUnit.<CampaignUnit>find("from CampaignUnit cu join fetch cu.organization where cu.campaignId = ?1 and cu.organizationId = ?2",
                campaignId, organizationId).firstResultOptional();
    }

    /**
     * A campaign's units, optionally those whose name has the words searched (common/Search), within a scope on organisation
     * alias {@code o} (a condition with its parameters, as CampaignAccess.figuresScope gives it).
     */
    public record Filter(long campaignId, vn.safeonline.common.Search.Words name, String scope, Map<String, Object> scopeParams) {
        private String where(Map<String, Object> params) {
            params.putAll(scopeParams);
            params.put("c", campaignId);
            String where = "cu.campaignId = :c" + scope;
            if (!name.isEmpty()) where += " and " + name.where("o.nameSearch", "q", params);
            return where;
        }

        public long count() {
            Map<String, Object> params = new HashMap<>();
            return CampaignUnit.count("select count(cu) from CampaignUnit cu join cu.organization o where " + where(params), params);
        }

        /** A page of them, the organisation fetched, in this order (a JPQL order on alias {@code o}). */
        public List<CampaignUnit> list(String order, int pageIndex, int size) {
            Map<String, Object> params = new HashMap<>();
            return CampaignUnit.<CampaignUnit>find("select cu from CampaignUnit cu join fetch cu.organization o where " + where(params)
                    + " order by " + order, params).page(pageIndex, size).list();
        }
    }

    /** How many of these organisation ids are organisations of the deployment. */
    public static long countOrganizationsInTenant(List<Long> ids, long tenantId) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from organization where id = any(cast(?1 as bigint[]))"
                        + " and coalesce(tenant_id, id) = ?2")
                .setParameter(1, ids.toArray(Long[]::new)).setParameter(2, tenantId).getSingleResult()).longValue();
    }

    /** Takes the deployment's organisations of these types or ids into the campaign; returns how many were new. */
    public static int addAll(long campaignId, long tenantId, List<String> types, List<Long> ids) {
        return getEntityManager().createNativeQuery("insert into campaign_unit (campaign_id, organization_id)"
                        + " select ?1, o.id from organization o where coalesce(o.tenant_id, o.id) = ?2"
                        + " and (o.type = any(cast(?3 as varchar[])) or o.id = any(cast(?4 as bigint[])))"
                        + " on conflict do nothing")
                .setParameter(1, campaignId).setParameter(2, tenantId).setParameter(3, types.toArray(String[]::new))
                .setParameter(4, ids.toArray(Long[]::new)).executeUpdate();
    }

    /** The campaign's units by their organisation code, upper-cased. */
    public static Map<String, Long> idsByCode(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = getEntityManager().createNativeQuery("select upper(o.code) as code, o.id as id from campaign_unit cu"
                + " join organization o on o.id = cu.organization_id where cu.campaign_id = ?1", Tuple.class).setParameter(1, campaignId).getResultList();
        Map<String, Long> out = new HashMap<>();
        rows.forEach(t -> out.put(t.get("code", String.class), t.get("id", Number.class).longValue()));
        return out;
    }

    /** One unit's headcounts as read from a file. */
    public record Headcount(long organizationId, int officers, int pupils, int students, int teachers) {
    }

    /** Sets these units' headcounts in one statement. */
    public static void setHeadcounts(long campaignId, List<Headcount> rows) {
        getEntityManager().createNativeQuery("update campaign_unit cu set officers = v.officers, pupils = v.pupils, students = v.students, teachers = v.teachers"
                        + " from unnest(cast(?1 as bigint[]), cast(?2 as int[]), cast(?3 as int[]), cast(?4 as int[]), cast(?5 as int[]))"
                        + " as v(organization_id, officers, pupils, students, teachers)"
                        + " where cu.campaign_id = ?6 and cu.organization_id = v.organization_id")
                .setParameter(1, rows.stream().map(Headcount::organizationId).toArray(Long[]::new))
                .setParameter(2, rows.stream().map(Headcount::officers).toArray(Integer[]::new))
                .setParameter(3, rows.stream().map(Headcount::pupils).toArray(Integer[]::new))
                .setParameter(4, rows.stream().map(Headcount::students).toArray(Integer[]::new))
                .setParameter(5, rows.stream().map(Headcount::teachers).toArray(Integer[]::new))
                .setParameter(6, campaignId).executeUpdate();
    }
}
