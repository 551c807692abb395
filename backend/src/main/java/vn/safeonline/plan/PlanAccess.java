package vn.safeonline.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Role;
import vn.safeonline.common.ApiException;
import vn.safeonline.org.Organization;

/**
 * Who sees and does what on a plan. What a user sees is bounded by its deployment, its own subtree
 * and the plans its organisation is party to (issuer, standing agency, lead or cooperating agency,
 * recipient, owner of an invitation quota); drafts only by the issuer's and the standing agency's side. Never by a client filter.
 */
@RequestScoped
public class PlanAccess {
    @Inject
    CurrentUser me;
    @Inject
    EntityManager em;

    private final Map<Long, Boolean> managedBy = new HashMap<>();
    private final Map<Long, Boolean> seen = new HashMap<>();

    /** A JPQL condition on plan alias {@code p}, with its parameters added to {@code params}: SQL plan_visible_to (changeset 011). */
    public String visible(Map<String, Object> params) {
        params.put("tenant", me.tenant());
        params.put("me", callerOrg());
        params.put("pfx", callerPrefix());
        params.put("planAdmin", me.isAdmin());
        return "p.tenantId = :tenant and function('plan_visible_to', p.id, :tenant, :me, :pfx, :planAdmin) = true";
    }

    private long callerOrg() {
        return me.org().id;
    }

    private String callerPrefix() {
        return me.org().subtreePrefix() + "%";
    }

    /** The plan, or 404 when it does not exist or the caller may not see it. */
    public Plan find(long id) {
        return findVisible(Plan.class, "select p.* from plan p where p.id = :id", id).orElseThrow(() -> ApiException.notFound("Kế hoạch", id));
    }

    /**
     * One row of {@code type} by id when the caller may see its plan: {@code select} names the row's table and joins its plan
     * as {@code p} with the condition {@code … .id = :id}; the rule is the one of {@link #visible} (plan_visible_to). A native
     * query, for the reads by id that every screen makes: Hibernate translated the same query written in HQL anew at each
     * execution (its function's arguments are typed from the values bound), 14 % of a task read's CPU (bench/jfr-profile.sh).
     */
    public <T> java.util.Optional<T> findVisible(Class<T> type, String select, long id) {
        @SuppressWarnings("unchecked")
        java.util.List<T> rows = caller(em.createNativeQuery(select + " and " + VISIBLE_SQL, type)).setParameter("id", id).getResultList();
        return rows.stream().findFirst();
    }

    /** True when the caller may see the plan (the rule {@link #find} applies), asked once per plan and request. */
    public boolean sees(long planId) {
        return seen.computeIfAbsent(planId, id -> (Boolean) caller(em.createNativeQuery("select " + VISIBLE_SQL + " from plan p where p.id = :id"))
                .setParameter("id", id).getResultList().stream().findFirst().orElse(false));
    }

    /** {@link #visible}'s condition in SQL, on plan alias {@code p}, its parameters bound by {@link #caller}. */
    private static final String VISIBLE_SQL = "p.tenant_id = :tenant and plan_visible_to(p.id, :tenant, :me, :pfx, :planAdmin)";

    private jakarta.persistence.Query caller(jakarta.persistence.Query q) {
        return q.setParameter("tenant", me.tenant()).setParameter("me", callerOrg()).setParameter("pfx", callerPrefix())
                .setParameter("planAdmin", me.isAdmin());
    }

    /** Every plan the caller may see, cancelled ones included, most recently changed first: the homes group them. */
    public java.util.List<Plan> all() {
        Map<String, Object> params = new HashMap<>();
        String where = visible(params);
        return Plan.<Plan>find("from Plan p join fetch p.issuingOrg left join fetch p.standingOrg where " + where + " order by p.updatedAt desc, p.id desc", params).list();
    }

    private boolean coordinatorWithin(Organization o) {
        return o != null && me.has(Role.COORDINATOR) && me.within(o);
    }

    /** Owner side: the issuing organisation's coordinators (and administrators). */
    public boolean owns(Plan p) {
        return me.isAdmin() || coordinatorWithin(p.issuingOrg);
    }

    /** Owner or standing agency coordinators: monitor, urge, close. */
    public boolean manages(Plan p) {
        return owns(p) || coordinatorWithin(p.standingOrg);
    }

    /**
     * The issuer's and the standing agency's people (and the deployment's administrators) see everyone's progress: SQL
     * plan_managed_by (changeset 011), the rule the door's statement applies too; asked once per plan and request.
     */
    public boolean seesAllProgress(Plan p) {
        return managedBy.computeIfAbsent(p.id, id -> (Boolean) em.createNativeQuery("select plan_managed_by(?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id).setParameter(2, me.tenant()).setParameter(3, callerOrg()).setParameter(4, callerPrefix())
                .setParameter(5, me.isAdmin()).getSingleResult());
    }

    public boolean canEdit(Plan p) {
        return p.status == PlanStatus.DRAFT && owns(p);
    }

    public Permissions permissions(Plan p) {
        boolean live = p.status == PlanStatus.ISSUED;
        return new Permissions(canEdit(p), canEdit(p), live && manages(p),
                (p.status == PlanStatus.DRAFT || live) && owns(p), canEdit(p), live && manages(p), seesAllProgress(p));
    }

    public void requireOwner(Plan p) {
        if (!owns(p)) throw ApiException.forbidden("Chỉ điều phối viên của cơ quan ban hành kế hoạch được thực hiện");
    }

    public void requireManager(Plan p) {
        if (!manages(p)) throw ApiException.forbidden("Chỉ điều phối viên của cơ quan ban hành hoặc cơ quan thường trực được thực hiện");
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PlanPermissions")
    public record Permissions(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true) boolean canEdit,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true) boolean canIssue,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true) boolean canClose,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true) boolean canCancel,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true) boolean canAddTasks,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true) boolean canRemind,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true) boolean canSeeProgress) {
    }
}
