package vn.safeonline.campaign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import vn.safeonline.campaign.TargetDtos.Indicators;

/**
 * A campaign's indicators as the caller may see them, computed once: the indicators endpoint answers with them and the
 * campaign's summary report writes them, so both say the same figures. 404 when the caller may not see the campaign.
 */
@RequestScoped
public class CampaignIndicators {
    @Inject
    CampaignAccess access;
    @Inject
    Rollup rollup;

    /**
     * The targets, the units the figures are over, each target's figure per unit, and the indicators over them.
     *
     * @param figures by target id, in the targets' order
     */
    public record Computed(Campaign campaign, List<CampaignTarget> targets, Rollup.UnitScope scope, Map<Long, List<Rollup.Figure>> figures,
                           Indicators indicators) {
    }

    public Computed of(long campaignId) {
        Campaign c = access.find(campaignId);
        List<CampaignTarget> targets = CampaignTarget.list("campaignId = ?1 order by id", c.id);
        Rollup.UnitScope scope = rollup.indicatorUnits(c);
        Map<Long, List<Rollup.Figure>> figures = rollup.figures(c, targets, scope.units(), null);
        Indicators indicators = new Indicators(c.id, targets.stream().map(t -> Rollup.indicator(t, figures.get(t.id))).toList(), scope.campaignWide());
        return new Computed(c, targets, scope, figures, indicators);
    }
}
