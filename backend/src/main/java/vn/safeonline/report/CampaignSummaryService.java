package vn.safeonline.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.campaign.ActivityPhotos;
import vn.safeonline.campaign.ActivityReport;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.campaign.CampaignIndicators;
import vn.safeonline.campaign.CampaignTarget;
import vn.safeonline.campaign.Rollup;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.contest.ContestService;
import vn.safeonline.org.OrganizationType;
import vn.safeonline.report.CampaignSummaryFacts.CampaignFacts;
import vn.safeonline.report.CampaignSummaryFacts.KindIndicator;
import vn.safeonline.report.CampaignSummaryFacts.TargetFigures;
import vn.safeonline.report.CampaignSummaryFacts.UnitKindCount;
import vn.safeonline.report.OfficialDocument.Photo;

/**
 * The campaign's summary report (báo cáo tổng kết): its facts, read with the campaign's own services (the indicators are the
 * indicators endpoint's, for the same caller and over the same units), and the official document they make. Whoever may see
 * the campaign's indicators may have it; 404 for anyone else.
 */
@RequestScoped
public class CampaignSummaryService {
    /** At most this many photos, one per unit, each at most this many pixels a side. */
    static final int PHOTOS = 6;
    static final int PHOTO_PIXELS = 480;

    @Inject
    CampaignIndicators indicators;
    @Inject
    ActivityPhotos photos;
    @Inject
    ContestService contests;
    @Inject
    CurrentUser me;
    @Inject
    BusinessClock clock;

    /** The facts and the campaign's plan (for the template): the plan is read here, in the session. */
    record Loaded(CampaignSummaryFacts facts, ReportDefaults defaults, String reporter) {
    }

    Loaded load(long campaignId) {
        CampaignIndicators.Computed computed = indicators.of(campaignId);
        Campaign c = computed.campaign();
        List<Rollup.Unit> units = computed.scope().units();
        List<Long> unitIds = units.stream().map(Rollup.Unit::id).toList();

        Map<OrganizationType, Integer> kinds = new LinkedHashMap<>();
        units.stream().map(Rollup.Unit::type).sorted().forEach(t -> kinds.merge(t, 1, Integer::sum));
        List<UnitKindCount> unitKinds = kinds.entrySet().stream().map(e -> new UnitKindCount(e.getKey(), e.getValue())).toList();

        List<TargetFigures> targets = new ArrayList<>();
        for (int i = 0; i < computed.targets().size(); i++) {
            CampaignTarget t = computed.targets().get(i);
            List<Rollup.Figure> figures = computed.figures().get(t.id);
            Map<OrganizationType, List<Rollup.Figure>> byKind = new LinkedHashMap<>();
            figures.stream().sorted(java.util.Comparator.comparing(f -> f.unit().type()))
                    .forEach(f -> byKind.computeIfAbsent(f.unit().type(), k -> new ArrayList<>()).add(f));
            // the same roll-up the endpoint uses, over each kind's units
            List<KindIndicator> perKind = byKind.entrySet().stream().map(e -> new KindIndicator(e.getKey(), Rollup.indicator(t, e.getValue()))).toList();
            targets.add(new TargetFigures(computed.indicators().items().get(i), t.kind, t.audience, List.copyOf(figures), perKind));
        }

        List<Photo> pictures = new ArrayList<>();
        for (ActivityPhotos.UnitPhoto p : photos.sample(c.id, unitIds, PHOTOS)) {
            Thumbnails.Thumbnail thumb = Thumbnails.of(p.data(), PHOTO_PIXELS);
            if (thumb == null) continue;
            pictures.add(new Photo(thumb.jpeg(), thumb.width(), thumb.height(),
                    p.unitName() + " — " + CampaignLabels.activity(p.type()) + (p.date() == null ? "" : ", " + VnFormat.date(p.date()))));
        }

        CampaignFacts campaign = new CampaignFacts(c.id, c.name, c.startsOn, c.endsOn, c.organisers, c.directAudience, c.indirectAudience,
                c.hashtags(), c.plan.reference(), c.plan.issueDate, c.plan.title, c.plan.issuingOrg.name);
        CampaignSummaryFacts facts = new CampaignSummaryFacts(campaign, clock.today(), computed.scope().campaignWide(),
                computed.scope().campaignWide() ? null : me.org().name, units.size(), unitKinds, targets,
                ActivityReport.countsByType(c.id, unitIds), contests.summaries(c), pictures);
        return new Loaded(facts, ReportTemplate.defaults(c.plan, facts.asOf()), ReportTemplate.reporter(c.plan).name);
    }

    /** The report as an official document (Decree 30 layout), under the plan's standing agency by default. */
    OfficialDocument document(Loaded loaded) {
        CampaignSummaryFacts f = loaded.facts();
        ReportOptions options = new ReportOptions(null, null, null, null, null, null,
                "Tổng kết Chiến dịch “" + f.campaign().name() + "”", null, null, null, null, null);
        ReportTemplate template = ReportTemplate.resolve(loaded.defaults(), options);
        return CampaignSummaryComposer.compose(f, template, loaded.reporter());
    }
}
