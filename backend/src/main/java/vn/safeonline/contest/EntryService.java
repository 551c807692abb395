package vn.safeonline.contest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.campaign.CampaignUnit;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.Idempotency;
import vn.safeonline.common.OpaqueCodes;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Role;
import vn.safeonline.common.Text;
import vn.safeonline.contest.ContestDtos.BlindEntry;
import vn.safeonline.contest.ContestDtos.ConsentInput;
import vn.safeonline.contest.ContestDtos.EntryView;
import vn.safeonline.contest.ContestDtos.PublicContest;
import vn.safeonline.contest.ContestDtos.PublicEntryInput;
import vn.safeonline.contest.ContestDtos.PublicReceipt;
import vn.safeonline.contest.ContestDtos.PublicResult;
import vn.safeonline.contest.ContestDtos.PublicResults;
import vn.safeonline.contest.ContestDtos.SchoolEntryInput;
import vn.safeonline.contest.ContestDtos.ScoreInput;
import vn.safeonline.contest.ContestDtos.ScoresInput;
import vn.safeonline.minors.MinorsData;
import vn.safeonline.org.Organization;
import vn.safeonline.org.OrganizationType;

/**
 * A contest's entries: submitted by a school (with the guardian's consent it holds) or by a pupil on the public page
 * (waiting for the school to confirm consent), withdrawn, scored blind by their judges, and read with names only by
 * their school and the contest's managers (every such read is audited).
 */
@ApplicationScoped
public class EntryService {

    @Inject
    ContestAccess access;
    @Inject
    ContestResults results;
    @Inject
    ContestRepository repository;
    @Inject
    CurrentUser me;
    @Inject
    Idempotency idempotency;
    @Inject
    AuditLog audit;
    @Inject
    BusinessClock clock;
    @Inject
    MinorsData minors;

    /** The one way to build an entry, whoever submits it (school, public page, demo): a fresh receipt code and the cleaned texts. Not persisted. */
    public ContestEntry newEntry(Contest c, ContestCategory category, Organization school, Integer grade, String title,
                                 String workUrl, String workText, String pupilName, String source) {
        ContestEntry e = new ContestEntry();
        e.contestId = c.id;
        e.reference = newReference();
        e.category = category;
        e.school = school;
        e.grade = grade;
        e.title = Text.clean(title);
        e.workUrl = Text.clean(workUrl);
        e.workText = Text.clean(workText);
        e.pupilName = Text.clean(pupilName);
        e.source = source;
        return e;
    }

    private static String newReference() {
        return OpaqueCodes.random("CT-", 8);
    }

    /** An entry may be taken: results not published, within the window (by the business clock), a category of the contest, and the work given. */
    private void requireAcceptable(Contest c, ContestCategory category, String workUrl, String workText) {
        ContestAccess.requireNotPublished(c);
        OffsetDateTime now = clock.now();
        if (!c.isOpen(now)) {
            throw new ApiException(ProblemType.WINDOW_CLOSED, now.isBefore(c.opensAt)
                    ? "Cuộc thi chưa mở nhận bài (mở lúc " + c.opensAt + ")" : "Đã hết hạn nộp bài dự thi (" + c.closesAt + ")");
        }
        if (!c.categories().contains(category)) throw ApiException.unprocessable("category", "NotInContest", "Cuộc thi không có thể loại này");
        if (workUrl == null && (workText == null || workText.isBlank())) {
            throw ApiException.unprocessable("workUrl", "Required", "Cần đường dẫn tới bài dự thi hoặc nội dung bài viết");
        }
    }

    private void recordConsent(ContestEntry e, ConsentInput consent) {
        e.guardianName = Text.clean(consent.guardianName());
        if (consent.guardianPhone() != null) e.guardianPhone = Text.clean(consent.guardianPhone());
        e.consentMethod = consent.method();
        e.consentRecordedAt = clock.now();
        e.consentRecordedBy = me.user().id;
    }

    /** Entries with names: all for the managers, a school's own for the school (a judge: only their own school's); the read is audited. */
    public PageResponse<EntryView> list(long contestId, ContestCategory category, String status, PageParams page) {
        ContestAccess.Found f = access.find(contestId);
        ContestEntry.Filter filter = visible(f, category, status);
        long total = ContestEntry.countMatching(filter);
        String order = page.orderBy(Map.of("createdAt", "e.createdAt", "title", "e.title"), "-createdAt", "e.id desc");
        List<ContestEntry> items = ContestEntry.listMatching(filter, order, page.page - 1, page.size);
        return new PageResponse<>(views(f.contest(), items), page.page, page.size, total);
    }

    /** How many of a contest's entries the caller's list shows (the managers: all; a school: its own), without reading any. */
    public long count(long contestId, String status) {
        return ContestEntry.countMatching(visible(access.find(contestId), null, status));
    }

    /** The entries a caller's list covers: all for the managers, a school's own (and those below it), a judge's own school's. */
    private ContestEntry.Filter visible(ContestAccess.Found f, ContestCategory category, String status) {
        ContestEntry.Filter filter = new ContestEntry.Filter(f.contest().id, category, status);
        if (access.manages(f)) return filter;
        if (!me.has(Role.OFFICER) && !me.has(Role.COORDINATOR)) throw ApiException.forbidden("Chỉ nhà trường và ban tổ chức xem danh sách bài dự thi");
        // a judge sees names only of their own school's entries, which they never judge
        return access.isJudge(f.contest()) ? filter.ofSchool(me.org()) : filter.ofSchoolOrBelow(me.org());
    }

    /**
     * Entries as the caller may see them: blinded for a judge of the contest (even one who manages it or works at the school);
     * the guardian's fields as MinorsData decides (the pupil's school only); the pupil's name to the school and the managers.
     * What was read with names, and with the guardian's fields, is audited.
     */
    private List<EntryView> views(Contest c, List<ContestEntry> entries) {
        if (access.isJudge(c)) return entries.stream().map(EntryView::blinded).toList();
        List<Long> named = new ArrayList<>();
        List<Long> unmasked = new ArrayList<>();
        List<EntryView> views = entries.stream().map(e -> {
            boolean sees = minors.sees(MinorsData.Relationship.heldBy(e.school));
            (sees ? unmasked : named).add(e.id);
            return sees ? EntryView.full(e) : EntryView.masked(e);
        }).toList();
        minors.readUnmasked("contest_entry", c.id, named, "pupilName");
        minors.readUnmasked("contest_entry", c.id, unmasked, "pupilName,guardianName,guardianPhone");
        return views;
    }

    private EntryView view(ContestAccess.Found f, ContestEntry e) {
        return views(f.contest(), List.of(e)).get(0);
    }

    /**
     * A school submits an entry for one of its pupils with the consent it holds; with an Idempotency-Key a replay gets the
     * first response. {@code created} makes the response from the new entry.
     */
    @Transactional
    public Response submit(long contestId, String key, SchoolEntryInput in, Function<EntryView, Response> created) {
        ContestAccess.Found f = access.find(contestId);
        return idempotency.once(key, Map.of("contest", contestId, "entry", in), () -> created.apply(submitted(f, in)));
    }

    private EntryView submitted(ContestAccess.Found f, SchoolEntryInput in) {
        Contest c = f.contest();
        requireAcceptable(c, in.category(), in.workUrl(), in.workText());
        long schoolId = in.schoolId() != null ? in.schoolId() : me.org().id;
        CampaignUnit unit = CampaignUnit.<CampaignUnit>find("from CampaignUnit cu join fetch cu.organization where cu.campaignId = ?1 and cu.organizationId = ?2",
                c.campaignId, schoolId).firstResult();
        if (unit == null) throw ApiException.unprocessable("schoolId", "NotAUnit", "Trường này không thuộc phạm vi chiến dịch");
        if (!access.actsFor(f, unit.organization)) throw ApiException.forbidden("Chỉ gửi bài cho học sinh của trường mình");
        ContestEntry e = newEntry(c, in.category(), unit.organization, in.grade(), in.title(), in.workUrl(), in.workText(), in.pupilName(), "SCHOOL");
        e.submittedBy = me.user().id;
        recordConsent(e, in.consent());
        e.persist();
        ContestEntry.flush();
        audit.record("CREATE", "contest_entry", e.id, null, Map.of("contest", c.id, "school", unit.organization.id, "category", e.category));
        return view(f, e);
    }

    /** A contest a public page names by its public id, of an issued plan's campaign: 404 otherwise (also for a database id). */
    private static Found publicContestOf(String publicId) {
        Contest c = Contest.<Contest>find("publicId", publicId).firstResult();
        if (c == null) throw ApiException.notFound("Cuộc thi", publicId);
        return new Found(c, vn.safeonline.publicpage.PublicCampaigns.ofPublic(c.campaignId, publicId));
    }

    private record Found(Contest contest, Campaign campaign) {
    }

    /** A contest's public page: categories and window. */
    public PublicContest publicContest(String publicId) {
        Found f = publicContestOf(publicId);
        Contest c = f.contest();
        Campaign campaign = f.campaign();
        return new PublicContest(c.publicId, c.title, c.description, campaign.name, c.categories(), c.opensAt, c.closesAt, c.isOpen(clock.now()), c.published());
    }

    /** What a public submission gives back, and whether it is new (false: the same submissionId was received before). */
    public record PublicSubmission(PublicReceipt receipt, boolean created) {
    }

    /** A pupil submits an entry with the school's code; it waits for the school to confirm the guardian's consent. */
    @Transactional
    public PublicSubmission submitPublic(String publicId, PublicEntryInput in) {
        Contest c = publicContestOf(publicId).contest();
        ContestEntry earlier = ContestEntry.findBySubmission(c.id, in.submissionId());
        if (earlier != null) return new PublicSubmission(receipt(earlier), false);
        requireAcceptable(c, in.category(), in.workUrl(), in.workText());
        CampaignUnit unit = CampaignUnit.<CampaignUnit>find("from CampaignUnit cu join fetch cu.organization o where cu.campaignId = ?1 and o.code = ?2",
                c.campaignId, in.schoolCode().trim().toUpperCase(Locale.ROOT)).firstResult();
        if (unit == null || !unit.organization.type.education()) {
            throw ApiException.unprocessable("schoolCode", "UnknownSchool", "Mã trường không thuộc chiến dịch này; hỏi thầy cô mã của trường");
        }
        ContestEntry e = newEntry(c, in.category(), unit.organization, in.grade(), in.title(), in.workUrl(), in.workText(), in.pupilName(), "PUBLIC");
        e.submissionKey = in.submissionId();
        e.persist();
        ContestEntry.flush();
        return new PublicSubmission(receipt(e), true);
    }

    private static PublicReceipt receipt(ContestEntry e) {
        return new PublicReceipt(e.reference, "Đã nhận bài dự thi (mã " + e.reference + "). Hãy đưa mã này cho thầy cô: nhà trường sẽ hỏi ý kiến cha mẹ "
                + "hoặc người giám hộ của em trước khi bài được chấm.");
    }

    /** The published results (rank, first-name initial, school, grade); none before publication. */
    public PublicResults publicResults(String publicId) {
        Contest c = publicContestOf(publicId).contest();
        if (!c.published()) return new PublicResults(false, null, List.of());
        List<PublicResult> items = results.rank(c).stream().filter(r -> r.ranked().rank() != null)
                .map(r -> new PublicResult(r.entry().category, r.ranked().rank(), r.entry().publicInitial(), r.entry().school.name,
                        r.entry().grade, r.ranked().total(), r.ranked().tieNote())).toList();
        return new PublicResults(true, c.publishedAt, items);
    }

    private record Loaded(ContestEntry entry, ContestAccess.Found found) {
    }

    /** The entry for its school's people and the managers; 404 for everyone else. */
    private Loaded forSchool(long id) {
        ContestEntry e = ContestEntry.findWithSchool(id);
        if (e == null) throw ApiException.notFound("Bài dự thi", id);
        ContestAccess.Found f = access.find(e.contestId);
        if (!access.actsFor(f, e.school)) throw ApiException.notFound("Bài dự thi", id);
        return new Loaded(e, f);
    }

    /** An entry with names (its school and the contest's managers), as {@link #views} shows it; the read is audited. */
    public EntryView get(long id) {
        Loaded l = forSchool(id);
        return view(l.found(), l.entry());
    }

    @Transactional
    public EntryView consent(long id, ConsentInput in) {
        Loaded l = forSchool(id);
        ContestEntry e = l.entry();
        ContestAccess.requireNotPublished(l.found().contest());
        if (e.withdrawnAt != null) throw new ApiException(ProblemType.CONFLICT, "Bài dự thi đã rút");
        recordConsent(e, in);
        ContestEntry.flush();
        audit.record("RECORD_CONSENT", "contest_entry", e.id, null, Map.of("method", in.method()));
        return view(l.found(), e);
    }

    @Transactional
    public EntryView withdraw(long id) {
        Loaded l = forSchool(id);
        ContestEntry e = l.entry();
        ContestAccess.requireNotPublished(l.found().contest());
        if (e.withdrawnAt == null) {
            e.withdrawnAt = clock.now();
            ContestEntry.flush();
            ContestEntry.anonymise(List.of(e.id), e.withdrawnAt); // a withdrawn entry keeps nothing of the pupil or guardian
            ContestEntry.getEntityManager().refresh(e);
            audit.record("WITHDRAW", "contest_entry", e.id, null, null);
        }
        return view(l.found(), e);
    }

    /** A judge scores an assigned entry on every criterion, replacing their earlier scores. */
    @Transactional
    public BlindEntry score(long id, ScoresInput in) {
        ContestEntry e = ContestEntry.findWithSchool(id);
        if (e == null) throw ApiException.notFound("Bài dự thi", id);
        Contest c = Contest.findById(e.contestId);
        if (!access.isJudge(c)) throw ApiException.notFound("Bài dự thi", id);
        ContestAccess.requireNotPublished(c);
        if (ContestAccess.ownSchool(me.org(), e.school)) {
            throw new ApiException(ProblemType.CONFLICT_OF_INTEREST, "Bài dự thi thuộc trường của giám khảo; giám khảo không chấm bài này");
        }
        if (!repository.lockAssignment(e.id, me.user().id)) throw ApiException.forbidden("Bài dự thi này không được phân công cho giám khảo");
        if (!e.eligible()) throw new ApiException(ProblemType.CONFLICT, "Bài dự thi đã rút hoặc chưa có sự đồng ý của phụ huynh");
        List<ContestCriterion> criteria = ContestCriterion.ofContest(c.id);
        Map<Long, ScoreInput> given = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < in.scores().size(); i++) {
            ScoreInput s = in.scores().get(i);
            if (given.put(s.criterionId(), s) != null) errors.add(new FieldError("scores[" + i + "].criterionId", "Repeated", "Tiêu chí bị chấm hai lần"));
        }
        for (ContestCriterion k : criteria) {
            ScoreInput s = given.remove(k.id);
            String at = "scores[" + in.scores().indexOf(s) + "].score";
            if (s == null) {
                errors.add(new FieldError("scores", "Missing", "Chưa chấm tiêu chí “" + k.name + "”"));
            } else if (s.score().compareTo(BigDecimal.valueOf(k.maxScore)) > 0) {
                errors.add(new FieldError(at, "AboveMaximum", "Điểm tiêu chí “" + k.name + "” tối đa là " + k.maxScore));
            } else if (s.score().scale() > 2) {
                errors.add(new FieldError(at, "Precision", "Điểm lấy tối đa hai chữ số thập phân"));
            }
        }
        if (!given.isEmpty()) errors.add(new FieldError("scores", "UnknownCriterion", "Có tiêu chí không thuộc cuộc thi này"));
        if (!errors.isEmpty()) throw new ApiException(ProblemType.UNPROCESSABLE, "Phiếu chấm chưa hợp lệ", errors);
        List<ScoreInput> ordered = criteria.stream().map(k -> in.scores().stream().filter(s -> s.criterionId().equals(k.id)).findFirst().orElseThrow()).toList();
        repository.replaceScores(e.id, me.user().id, ordered);
        audit.record("SCORE", "contest_entry", e.id, null, in);
        return new BlindEntry(e.id, e.category, e.grade, e.title, e.workUrl, e.workText, ordered, true);
    }

    /** A judge's work on one contest: entries assigned and entries scored (every criterion). */
    public record JudgeWork(long contestId, String title, java.time.OffsetDateTime closesAt, int assigned, int scored) {
    }

    /** The contests the caller judges, with the entries still to score (the same entries as {@link #judging}). */
    public List<JudgeWork> myJudging() {
        List<JudgeWork> work = new ArrayList<>();
        for (long id : repository.contestsJudgedBy(me.user().id)) {
            Contest c = Contest.findById(id);
            if (c.publishedAt != null) continue; // results published: nothing left to score
            List<BlindEntry> entries = judging(id);
            work.add(new JudgeWork(id, c.title, c.closesAt, entries.size(), (int) entries.stream().filter(BlindEntry::complete).count()));
        }
        return work;
    }

    /** The entries assigned to the calling judge: the work only, with their own scores; withdrawn ones left out. */
    public List<BlindEntry> judging(long contestId) {
        Contest c = Contest.findById(contestId);
        if (c == null || !access.isJudge(c)) throw ApiException.notFound("Cuộc thi", contestId);
        int criteria = (int) ContestCriterion.count("contestId", c.id);
        List<Long> assigned = repository.assignedEntryIds(c.id, me.user().id);
        List<ContestEntry> entries = assigned.isEmpty() ? List.of() : ContestEntry.eligibleAmong(c.id, assigned);
        Map<Long, List<ScoreInput>> mine = new HashMap<>();
        for (ContestRepository.Score s : repository.scoresOf(c.id, me.user().id)) {
            mine.computeIfAbsent(s.entryId(), k -> new ArrayList<>()).add(new ScoreInput(s.criterionId(), s.score()));
        }
        return entries.stream().map(e -> {
            List<ScoreInput> s = mine.getOrDefault(e.id, List.of());
            return new BlindEntry(e.id, e.category, e.grade, e.title, e.workUrl, e.workText, s, s.size() == criteria && criteria > 0);
        }).toList();
    }
}
