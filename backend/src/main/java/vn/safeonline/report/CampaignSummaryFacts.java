package vn.safeonline.report;

import java.time.LocalDate;
import java.util.List;
import vn.safeonline.campaign.ActivityReport.TypeCount;
import vn.safeonline.campaign.Audience;
import vn.safeonline.campaign.IndicatorKind;
import vn.safeonline.campaign.Rollup;
import vn.safeonline.campaign.TargetDtos.Indicator;
import vn.safeonline.contest.ContestService.ContestSummary;
import vn.safeonline.org.OrganizationType;
import vn.safeonline.report.OfficialDocument.Photo;

/**
 * What a campaign's summary report says, read once while the request's session is open, as plain values (the files are
 * written after it is gone): the campaign's header, each target's indicator as the indicators endpoint computes it for the
 * caller, with its figure per unit and per kind of unit, the counted activities by type, the contests' results (pupils by
 * their initial only) and a few small photos of the units' activities.
 *
 * @param scopeOrganization the caller's organisation when the figures are over its own units only (campaignWide false), else null
 */
record CampaignSummaryFacts(CampaignFacts campaign, LocalDate asOf, boolean campaignWide, String scopeOrganization, int unitCount,
                            List<UnitKindCount> unitKinds, List<TargetFigures> targets, List<TypeCount> activities,
                            List<ContestSummary> contests, List<Photo> photos) {

    record CampaignFacts(long id, String name, LocalDate startsOn, LocalDate endsOn, String organisers, String directAudience,
                         String indirectAudience, List<String> hashtags, String planReference, LocalDate planIssueDate, String planTitle,
                         String issuingOrganization) {
    }

    record UnitKindCount(OrganizationType kind, int units) {
    }

    /** A target: its indicator (the endpoint's), what it counts, every unit's figure, and the indicator over each kind of unit. */
    record TargetFigures(Indicator indicator, IndicatorKind kind, Audience audience, List<Rollup.Figure> figures, List<KindIndicator> byKind) {
    }

    record KindIndicator(OrganizationType kind, Indicator indicator) {
    }
}
