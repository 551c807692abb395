package vn.safeonline.contest;

import vn.safeonline.common.BusinessClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Role;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.campaign.CampaignAccess;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.ProblemType;
import vn.safeonline.org.Organization;

/**
 * Who does what in a contest: the campaign's managers run it; a school submits and sees its own entries
 * (the guardian's fields as {@link vn.safeonline.minors.MinorsData} decides); a judge sees entries only blinded.
 */
@RequestScoped
public class ContestAccess {
    @Inject
    CampaignAccess campaigns;
    @Inject
    CurrentUser me;
    @Inject
    ContestRepository repository;
    @Inject
    BusinessClock clock;

    record Found(Contest contest, Campaign campaign) {
    }

    /** The contest as seen through its campaign (404 when the campaign is not visible), or for one of its judges. */
    Found find(long id) {
        Contest c = Contest.findById(id);
        if (c == null) throw ApiException.notFound("Cuộc thi", id);
        if (isJudge(c)) return new Found(c, Campaign.findById(c.campaignId));
        return new Found(c, campaigns.find(c.campaignId));
    }

    boolean manages(Found f) {
        return campaigns.manages(f.campaign());
    }

    void requireManager(Found f) {
        campaigns.requireManager(f.campaign());
    }

    boolean isJudge(Contest c) {
        return repository.isJudge(c.id, me.user().id);
    }

    /** A school's people (not a judge of the contest, beyond their own school's entries) (officers and coordinators of the school or above it) and the managers act for its entries. */
    boolean actsFor(Found f, Organization school) {
        if (manages(f)) return true;
        if (isJudge(f.contest()) && !ownSchool(me.org(), school)) return false; // a judge never sees the names of entries they may judge
        return (me.has(Role.OFFICER) || me.has(Role.COORDINATOR)) && me.within(school);
    }

    ContestDtos.ContestView view(Found f) {
        Contest c = f.contest();
        ContestRepository.EntryCounts counts = repository.entryCounts(c.id);
        List<ContestDtos.CriterionView> criteria = ContestCriterion.ofContest(c.id).stream().map(ContestDtos.CriterionView::of).toList();
        return new ContestDtos.ContestView(c.id, c.publicId, c.campaignId, c.title, c.description, c.categories(), c.opensAt, c.closesAt,
                c.isOpen(clock.now()), c.judgesPerEntry, criteria, c.publishedAt, counts.entries(), counts.eligible(), manages(f), isJudge(c), c.version);
    }

    static void requireNotPublished(Contest c) {
        if (c.published()) throw new ApiException(ProblemType.RESULTS_PUBLISHED, "Kết quả cuộc thi đã công bố lúc " + c.publishedAt + "; không thay đổi được nữa");
    }

    /** True when the judge works for the school or a body under it. */
    static boolean ownSchool(Organization judgeOrg, Organization school) {
        return judgeOrg.id.equals(school.id) || judgeOrg.path.startsWith(school.subtreePrefix());
    }
}
