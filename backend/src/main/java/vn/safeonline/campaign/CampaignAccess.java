package vn.safeonline.campaign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Role;
import vn.safeonline.common.ApiException;
import vn.safeonline.org.Organization;
import vn.safeonline.plan.PlanAccess;

/**
 * Who sees and does what in a campaign: the plan's parties and the units in scope see it; the plan's
 * managers (issuer and standing agency coordinators) run it; a unit's officers report for their unit
 * (or the units under their organisation); the issuer's and the standing agency's people see everyone's figures.
 */
@RequestScoped
public class CampaignAccess {
    @Inject
    CurrentUser me;
    @Inject
    PlanAccess planAccess;

    /** A JPQL condition on campaign alias {@code c} (with plan alias {@code p}), parameters added to {@code params}. */
    public String visible(Map<String, Object> params) {
        String plan = planAccess.visible(params);
        if (me.isAdmin()) return plan;
        params.put("meUnit", me.org().id);
        params.put("meUnitPfx", me.org().subtreePrefix() + "%");
        return "c.tenantId = :tenant and (" + plan + " or exists (select 1 from CampaignUnit cu join cu.organization uo"
                + " where cu.campaignId = c.id and (uo.id = :meUnit or uo.path like :meUnitPfx))"
                + " or exists (select 1 from CampaignModerator cm join cm.organization mo"
                + " where cm.campaignId = c.id and (mo.id = :meUnit or mo.path like :meUnitPfx)))";
    }

    /** Every campaign the caller may see, of plans in any state, latest start first: the homes pick from them. */
    public java.util.List<Campaign> all() {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = visible(params);
        return Campaign.<Campaign>find("select c from Campaign c join fetch c.plan p where " + where + " order by c.startsOn desc, c.id desc", params).list();
    }

    /** The campaign, or 404 when it does not exist or the caller may not see it. */
    public Campaign find(long id) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = visible(params);
        params.put("id", id);
        return Campaign.<Campaign>find("select c from Campaign c join fetch c.plan p where c.id = :id and " + where, params)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Chiến dịch", id));
    }

    public boolean manages(Campaign c) {
        return planAccess.manages(c.plan);
    }

    public void requireManager(Campaign c) {
        if (!manages(c)) throw ApiException.forbidden("Chỉ điều phối viên của cơ quan ban hành hoặc cơ quan thường trực được thực hiện");
    }

    /**
     * Who moderates the wall (sees its queue, approves and rejects pledges): the plan's managers, and the officers and
     * coordinators of an organisation the campaign gives its wall to (CampaignModerator), or of one above it.
     */
    public boolean mayModerateWall(Campaign c) {
        if (manages(c)) return true;
        if (!me.has(Role.OFFICER) && !me.has(Role.COORDINATOR)) return false;
        return CampaignModerator.anyWithin(c.id, me.org().id, me.org().subtreePrefix());
    }

    public void requireWallModerator(Campaign c) {
        if (!mayModerateWall(c)) {
            throw ApiException.forbidden("Chỉ cơ quan ban hành, cơ quan thường trực hoặc tổ chức được giao kiểm duyệt Bức tường được thực hiện");
        }
    }

    /** The issuer's and the standing agency's people see every unit's figures; others see their own subtree's. */
    public boolean seesAll(Campaign c) {
        return planAccess.seesAllProgress(c.plan);
    }

    /** True when the caller may report for this organisation (a unit of the campaign). */
    public boolean mayReportFor(Campaign c, Organization unit) {
        if (manages(c)) return true;
        return (me.has(Role.OFFICER) || me.has(Role.COORDINATOR)) && me.within(unit);
    }

    /** True when the caller reports for at least one unit. */
    public boolean canReport(Campaign c) {
        if (manages(c)) return true;
        if (!me.has(Role.OFFICER) && !me.has(Role.COORDINATOR)) return false;
        return CampaignUnit.count("select count(cu) from CampaignUnit cu join cu.organization o where cu.campaignId = ?1 and (o.id = ?2 or o.path like ?3)",
                c.id, me.org().id, me.org().subtreePrefix() + "%") > 0;
    }

    /** The caller's own organisation's unit in the campaign, or null. */
    public CampaignUnit myUnit(Campaign c) {
        return CampaignUnit.findById(new CampaignUnit.Key(c.id, me.org().id));
    }

    /** The subtree condition on organisation alias {@code o} limiting figures to what the caller may see (empty: all). */
    public String figuresScope(Campaign c, Map<String, Object> params) {
        if (seesAll(c)) return "";
        params.put("scopeOrg", me.org().id);
        params.put("scopePfx", me.org().subtreePrefix() + "%");
        return " and (o.id = :scopeOrg or o.path like :scopePfx)";
    }
}
