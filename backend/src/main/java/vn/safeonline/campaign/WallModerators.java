package vn.safeonline.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import vn.safeonline.campaign.CampaignDtos.WallModeratorsView;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.org.OrgRef;
import vn.safeonline.org.Organization;

/** Who moderates a campaign's wall besides its managers: organisations of the deployment the managers name. */
@ApplicationScoped
public class WallModerators {
    @Inject
    CampaignAccess access;
    @Inject
    AuditLog audit;

    /** The moderating organisations of a campaign the caller sees (404 otherwise). */
    public WallModeratorsView list(long campaignId) {
        Campaign c = access.find(campaignId);
        return view(c);
    }

    /** Gives the wall to one more organisation of the campaign's deployment (the campaign's managers; again changes nothing). */
    @Transactional
    public WallModeratorsView add(long campaignId, long organizationId) {
        Campaign c = access.find(campaignId);
        access.requireManager(c);
        Organization o = Organization.findInTenant(c.tenantId, organizationId)
                .orElseThrow(() -> ApiException.unprocessable("organizationId", "UnknownOrganization", "Không có tổ chức này trong hệ thống"));
        if (CampaignModerator.findById(new CampaignModerator.Key(c.id, o.id)) == null) {
            CampaignModerator m = new CampaignModerator();
            m.campaignId = c.id;
            m.organizationId = o.id;
            m.organization = o;
            m.persistAndFlush();
            audit.record("ADD_WALL_MODERATOR", "campaign", c.id, null, Map.of("organizationId", o.id));
        }
        return view(c);
    }

    /** Takes the wall from an organisation (the campaign's managers; one that does not moderate it changes nothing). */
    @Transactional
    public void remove(long campaignId, long organizationId) {
        Campaign c = access.find(campaignId);
        access.requireManager(c);
        if (CampaignModerator.deleteById(new CampaignModerator.Key(c.id, organizationId))) {
            audit.record("REMOVE_WALL_MODERATOR", "campaign", c.id, Map.of("organizationId", organizationId), null);
        }
    }

    private static WallModeratorsView view(Campaign c) {
        List<OrgRef> orgs = CampaignModerator.ofCampaign(c.id).stream().map(m -> OrgRef.of(m.organization)).toList();
        return new WallModeratorsView(orgs);
    }
}
