package vn.safeonline.contest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.campaign.CampaignAccess;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.Etags;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.contest.ContestDtos.AssignmentResult;
import vn.safeonline.contest.ContestDtos.ContestInput;
import vn.safeonline.contest.ContestDtos.ContestView;
import vn.safeonline.contest.ContestDtos.CriterionInput;
import vn.safeonline.contest.ContestDtos.CriterionScore;
import vn.safeonline.contest.ContestDtos.JudgeView;
import vn.safeonline.contest.ContestDtos.JudgesInput;
import vn.safeonline.contest.ContestDtos.RankedEntry;
import vn.safeonline.org.OrgRef;
import vn.safeonline.org.Organization;
import vn.safeonline.user.AppUser;

/** A contest's life: opening it, its criteria and judges, assigning entries to judges, the ranking and publishing it. */
@ApplicationScoped
public class ContestService {
    @Inject
    CampaignAccess campaigns;
    @Inject
    ContestAccess access;
    @Inject
    ContestResults results;
    @Inject
    ContestRepository repository;
    @Inject
    CurrentUser me;
    @Inject
    AuditLog audit;
    @Inject
    BusinessClock clock;

    /** The campaign's contests (whoever sees the campaign). */
    public List<ContestView> list(long campaignId) {
        Campaign c = campaigns.find(campaignId);
        return Contest.ofCampaign(c.id).stream().map(x -> access.view(new ContestAccess.Found(x, c))).toList();
    }

    /** A pupil's place in a published ranking, as a report may show it: the first-name initial, school and grade, never the name. */
    public record Placed(int rank, String initial, String school, Integer grade, java.math.BigDecimal total) {
    }

    /** A category of a contest: its eligible entries and, once published, the ranked ones (rank 1 first). */
    public record CategoryResults(ContestCategory category, int entries, List<Placed> ranked) {
    }

    /** A contest of the campaign as its summary report tells it; the ranking only once the results are published. */
    public record ContestSummary(long id, String title, java.time.OffsetDateTime closesAt, boolean published, List<CategoryResults> categories) {
    }

    /**
     * The contests of a campaign the caller sees (the caller's access is checked by the caller) with their results by category:
     * pupils by their initial only (the public results' rule, ContestEntry.publicInitial), no contact or guardian field.
     */
    public List<ContestSummary> summaries(Campaign c) {
        List<ContestSummary> out = new ArrayList<>();
        for (Contest contest : Contest.ofCampaign(c.id)) {
            List<ContestResults.Result> ranked = results.rank(contest);
            List<CategoryResults> categories = new ArrayList<>();
            for (ContestCategory category : contest.categories()) {
                List<ContestResults.Result> of = ranked.stream().filter(r -> r.entry().category == category).toList();
                List<Placed> placed = !contest.published() ? List.of() : of.stream().filter(r -> r.ranked().rank() != null)
                        .sorted(Comparator.comparing((ContestResults.Result r) -> r.ranked().rank()))
                        .map(r -> new Placed(r.ranked().rank(), r.entry().publicInitial(), r.entry().school.name, r.entry().grade, r.ranked().total()))
                        .toList();
                categories.add(new CategoryResults(category, of.size(), placed));
            }
            out.add(new ContestSummary(contest.id, contest.title, contest.closesAt, contest.published(), categories));
        }
        return out;
    }

    public ContestView get(long id) {
        return access.view(access.find(id));
    }

    @Transactional
    public ContestView create(long campaignId, ContestInput in) {
        Campaign campaign = campaigns.find(campaignId);
        campaigns.requireManager(campaign);
        Contest c = new Contest();
        c.campaignId = campaign.id;
        apply(c, in);
        c.persist();
        replaceCriteria(c, in.criteria());
        audit.record("CREATE", "contest", c.id, null, in);
        return access.view(new ContestAccess.Found(c, campaign));
    }

    @Transactional
    public ContestView update(long id, String ifMatch, ContestInput in) {
        ContestAccess.Found f = access.find(id);
        access.requireManager(f);
        Contest c = f.contest();
        Etags.require(ifMatch, c.version);
        ContestAccess.requireNotPublished(c);
        ContestView before = access.view(f);
        apply(c, in);
        replaceCriteria(c, in.criteria());
        c.updatedAt = clock.now();
        Contest.flush();
        audit.record("UPDATE", "contest", c.id, before, in);
        return access.view(f);
    }

    private static void apply(Contest c, ContestInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (!in.closesAt().isAfter(in.opensAt())) errors.add(new FieldError("closesAt", "BeforeOpening", "Hạn nộp bài phải sau thời điểm mở"));
        if (in.categories().stream().distinct().count() != in.categories().size()) errors.add(new FieldError("categories", "Repeated", "Thể loại bị lặp"));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < in.criteria().size(); i++) {
            if (!names.add(Text.fold(in.criteria().get(i).name()))) errors.add(new FieldError("criteria[" + i + "].name", "Repeated", "Tiêu chí bị lặp"));
        }
        if (!errors.isEmpty()) throw new ApiException(ProblemType.UNPROCESSABLE, "Cuộc thi chưa hợp lệ", errors);
        c.title = Text.clean(in.title());
        c.description = Text.clean(in.description());
        c.categories(in.categories());
        c.opensAt = in.opensAt();
        c.closesAt = in.closesAt();
        c.judgesPerEntry = in.judgesPerEntry() == null ? 3 : in.judgesPerEntry();
    }

    /** Replaces the criteria (in the order given); refused once a judge has scored, since scores hang on them. Joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceCriteria(Contest c, List<CriterionInput> criteria) {
        List<ContestCriterion> existing = ContestCriterion.ofContest(c.id);
        boolean same = existing.size() == criteria.size();
        for (int i = 0; same && i < criteria.size(); i++) {
            ContestCriterion e = existing.get(i);
            CriterionInput n = criteria.get(i);
            same = e.name.equals(Text.clean(n.name())) && e.weight == n.weight() && e.maxScore == n.maxScore();
        }
        if (same) return;
        if (repository.scoreCount(c.id) > 0) throw new ApiException(ProblemType.CONFLICT, "Giám khảo đã chấm theo các tiêu chí hiện tại; không đổi tiêu chí được nữa");
        ContestCriterion.delete("contestId", c.id);
        ContestCriterion.flush();
        for (int i = 0; i < criteria.size(); i++) {
            ContestCriterion k = new ContestCriterion();
            k.contestId = c.id;
            k.position = i;
            k.name = Text.clean(criteria.get(i).name());
            k.weight = criteria.get(i).weight();
            k.maxScore = criteria.get(i).maxScore();
            k.persist();
        }
        ContestCriterion.flush();
    }

    /** Fills every eligible entry up to the contest's judges per entry, the least loaded judges first, never a judge of the entry's own school. */
    @Transactional
    public AssignmentResult assign(long id) {
        ContestAccess.Found f = access.find(id);
        access.requireManager(f);
        Contest c = f.contest();
        ContestAccess.requireNotPublished(c);
        Contest.getEntityManager().lock(c, LockModeType.PESSIMISTIC_WRITE);
        record Judge(long id, Organization org) {
        }
        List<Judge> judges = repository.judges(c.id).stream().map(j -> new Judge(j.userId(), Organization.findById(j.organizationId()))).toList();
        Map<Long, Integer> load = new HashMap<>();
        Map<Long, Set<Long>> assigned = new HashMap<>();
        for (ContestRepository.Assignment a : repository.assignments(c.id)) {
            load.merge(a.judgeId(), 1, Integer::sum);
            assigned.computeIfAbsent(a.entryId(), k -> new HashSet<>()).add(a.judgeId());
        }
        List<ContestRepository.Assignment> added = new ArrayList<>();
        int short_ = 0;
        for (ContestEntry e : ContestEntry.eligibleOf(c.id)) {
            Set<Long> has = assigned.getOrDefault(e.id, Set.of());
            int needed = c.judgesPerEntry - has.size();
            if (needed <= 0) continue;
            List<Judge> candidates = judges.stream().filter(j -> !has.contains(j.id()) && !ContestAccess.ownSchool(j.org(), e.school))
                    .sorted(Comparator.comparingInt((Judge j) -> load.getOrDefault(j.id(), 0)).thenComparingLong(Judge::id)).limit(needed).toList();
            for (Judge j : candidates) {
                added.add(new ContestRepository.Assignment(e.id, j.id()));
                load.merge(j.id(), 1, Integer::sum);
            }
            if (candidates.size() < needed) short_++;
        }
        repository.assign(added);
        audit.record("ASSIGN_JUDGES", "contest", c.id, null, Map.of("assigned", added.size()));
        return new AssignmentResult(added.size(), short_);
    }

    /** The ranking by weighted score, per category, with ties explained (the contest's managers). */
    public List<RankedEntry> ranking(long id) {
        ContestAccess.Found f = access.find(id);
        access.requireManager(f);
        return results.rank(f.contest()).stream().map(r -> new RankedEntry(r.entry().id, r.entry().reference, r.entry().category,
                r.ranked().rank(), r.ranked().total(),
                r.ranked().criterionMeans().entrySet().stream().map(m -> new CriterionScore(m.getKey(), m.getValue()))
                        .sorted(Comparator.comparingLong(CriterionScore::criterionId)).toList(),
                r.ranked().judgesScored(), r.ranked().judgesAssigned(), OrgRef.of(r.entry().school), r.entry().grade,
                r.entry().publicInitial(), r.ranked().tieNote())).toList();
    }

    /** Publishes the results: after the window, once every assigned judge has scored; then nothing changes. */
    @Transactional
    public ContestView publish(long id, String ifMatch) {
        ContestAccess.Found f = access.find(id);
        access.requireManager(f);
        Contest c = f.contest();
        Etags.require(ifMatch, c.version);
        ContestAccess.requireNotPublished(c);
        if (clock.now().isBefore(c.closesAt)) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "Chưa hết hạn nộp bài (" + c.closesAt + "); chưa công bố được");
        }
        long incomplete = repository.incompleteAssignments(c.id);
        if (incomplete > 0) throw new ApiException(ProblemType.INVALID_TRANSITION, "Còn " + incomplete + " lượt chấm chưa đủ điểm các tiêu chí");
        if (results.rank(c).stream().noneMatch(r -> r.ranked().rank() != null)) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "Chưa có bài nào được chấm xong");
        }
        c.publishedAt = clock.now();
        c.publishedBy = me.user().id;
        c.updatedAt = c.publishedAt;
        Contest.flush();
        audit.record("PUBLISH", "contest", c.id, null, Map.of("publishedAt", c.publishedAt.toString()));
        return access.view(f);
    }

    /** The contest's judges with their assigned and scored entries (the contest's managers). */
    public List<JudgeView> judges(long contestId) {
        ContestAccess.Found f = access.find(contestId);
        access.requireManager(f);
        return judgeViews(f.contest().id);
    }

    private List<JudgeView> judgeViews(long contestId) {
        Map<Long, ContestRepository.JudgeLoad> loads = new HashMap<>();
        repository.judgeLoads(contestId).forEach(l -> loads.put(l.judgeId(), l));
        List<Long> ids = repository.judgeIds(contestId);
        if (ids.isEmpty()) return List.of();
        return AppUser.withOrganization(ids).stream().map(u -> {
            ContestRepository.JudgeLoad l = loads.getOrDefault(u.id, new ContestRepository.JudgeLoad(u.id, 0, 0));
            return new JudgeView(u.id, u.fullName, OrgRef.of(u.organization), l.assigned(), l.scored());
        }).toList();
    }

    /** Sets the contest's judges (active accounts of the deployment); a judge who has scored stays. */
    @Transactional
    public List<JudgeView> setJudges(long contestId, JudgesInput in) {
        ContestAccess.Found f = access.find(contestId);
        access.requireManager(f);
        Contest c = f.contest();
        ContestAccess.requireNotPublished(c);
        Set<Long> wanted = new LinkedHashSet<>(in.userIds());
        long known = wanted.isEmpty() ? 0 : AppUser.countActiveInTenant(wanted, me.tenant());
        if (known != wanted.size()) throw ApiException.unprocessable("userIds", "UnknownUser", "Có tài khoản không tồn tại, đã khóa hoặc không thuộc địa phương");
        long leaving = repository.judgesWhoScored(c.id).stream().filter(j -> !wanted.contains(j)).count();
        if (leaving > 0) {
            throw new ApiException(ProblemType.CONFLICT, "Giám khảo đã chấm bài không thể rút khỏi cuộc thi (" + leaving + " người)");
        }
        repository.setJudges(c.id, List.copyOf(wanted));
        audit.record("SET_JUDGES", "contest", c.id, null, in);
        return judgeViews(c.id);
    }

    /** Active accounts of the deployment to choose judges from, matching the query (the contest's managers). */
    public List<JudgeView> candidates(long contestId, String q) {
        ContestAccess.Found f = access.find(contestId);
        access.requireManager(f);
        return AppUser.searchActiveInTenant(me.tenant(), q, 20).stream().map(u -> new JudgeView(u.id, u.fullName, OrgRef.of(u.organization), 0, 0)).toList();
    }
}
