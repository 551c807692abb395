package vn.safeonline.contest;

import vn.safeonline.common.BusinessClock;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Role;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.Etags;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.contest.ContestDtos.AssignmentResult;
import vn.safeonline.contest.ContestDtos.ContestInput;
import vn.safeonline.contest.ContestDtos.ContestView;
import vn.safeonline.contest.ContestDtos.CriterionInput;
import vn.safeonline.contest.ContestDtos.CriterionScore;
import vn.safeonline.contest.ContestDtos.RankedEntry;
import vn.safeonline.org.OrgRef;
import vn.safeonline.org.Organization;

@Path("/api/contests/{id}")
@Tag(name = "Contests")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ContestResource {
    @Inject
    ContestAccess access;
    @Inject
    ContestResults results;
    @Inject
    CurrentUser me;
    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;

    static void apply(Contest c, ContestInput in) {
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

    /** Replaces the criteria (in the order given); refused once a judge has scored, since scores hang on them. */
    public static void replaceCriteria(Contest c, List<CriterionInput> criteria) {
        List<ContestCriterion> existing = ContestCriterion.list("contestId = ?1 order by position", c.id);
        boolean same = existing.size() == criteria.size();
        for (int i = 0; same && i < criteria.size(); i++) {
            ContestCriterion e = existing.get(i);
            CriterionInput n = criteria.get(i);
            same = e.name.equals(Text.clean(n.name())) && e.weight == n.weight() && e.maxScore == n.maxScore();
        }
        if (same) return;
        long scored = ((Number) Contest.getEntityManager().createNativeQuery("select count(*) from contest_score s join contest_criterion c on c.id = s.criterion_id"
                + " where c.contest_id = ?1").setParameter(1, c.id).getSingleResult()).longValue();
        if (scored > 0) throw new ApiException(ProblemType.CONFLICT, "Giám khảo đã chấm theo các tiêu chí hiện tại; không đổi tiêu chí được nữa");
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

    @GET
    @Operation(operationId = "getContest", summary = "A contest, with its criteria and counts of entries")
    @APIResponse(responseCode = "200", description = "The contest", content = @Content(schema = @Schema(implementation = ContestView.class)))
    public Response get(@PathParam("id") long id) {
        ContestView v = access.view(access.find(id));
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "updateContest", summary = "Change a contest (not after publication; criteria not after the first score)")
    @APIResponse(responseCode = "200", description = "The contest", content = @Content(schema = @Schema(implementation = ContestView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ContestInput in) {
        ContestAccess.Found f = access.find(id);
        access.requireManager(f);
        Contest c = f.contest();
        Etags.require(ifMatch, c.version);
        ContestAccess.requireNotPublished(c);
        ContestView before = access.view(f);
        apply(c, in);
        replaceCriteria(c, in.criteria());
        c.updatedAt = BusinessClock.current().now();
        Contest.flush();
        audit.record("UPDATE", "contest", c.id, before, in);
        ContestView v = access.view(f);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @POST
    @Path("assignments")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "assignJudges", summary = "Give each eligible entry its judges, never a judge of the entry's own school",
            description = "Fills every eligible entry up to the contest's judges per entry, the least loaded judges first; run it again after new entries. "
                    + "Existing assignments and scores stay.")
    public AssignmentResult assign(@PathParam("id") long id) {
        ContestAccess.Found f = access.find(id);
        access.requireManager(f);
        Contest c = f.contest();
        ContestAccess.requireNotPublished(c);
        Contest.getEntityManager().lock(c, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        record Judge(long id, Organization org) {
        }
        List<Judge> judges = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select u.id, u.organization_id from contest_judge j join app_user u on u.id = j.user_id"
                + " where j.contest_id = ?1 order by u.id").setParameter(1, c.id).getResultList();
        for (Object[] r : rows) judges.add(new Judge(((Number) r[0]).longValue(), Organization.findById(((Number) r[1]).longValue())));
        Map<Long, Integer> load = new HashMap<>();
        Map<Long, Set<Long>> assigned = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> pairs = em.createNativeQuery("select a.entry_id, a.judge_id from contest_assignment a join contest_entry e on e.id = a.entry_id"
                + " where e.contest_id = ?1").setParameter(1, c.id).getResultList();
        for (Object[] p : pairs) {
            long judge = ((Number) p[1]).longValue();
            load.merge(judge, 1, Integer::sum);
            assigned.computeIfAbsent(((Number) p[0]).longValue(), k -> new HashSet<>()).add(judge);
        }
        List<ContestEntry> entries = ContestEntry.list("select e from ContestEntry e join fetch e.school where e.contestId = ?1"
                + " and e.consentRecordedAt is not null and e.withdrawnAt is null order by e.id", c.id);
        List<Long> entryIds = new ArrayList<>();
        List<Long> judgeIds = new ArrayList<>();
        int short_ = 0;
        for (ContestEntry e : entries) {
            Set<Long> has = assigned.getOrDefault(e.id, Set.of());
            int needed = c.judgesPerEntry - has.size();
            if (needed <= 0) continue;
            List<Judge> candidates = judges.stream().filter(j -> !has.contains(j.id()) && !ContestAccess.ownSchool(j.org(), e.school))
                    .sorted(Comparator.comparingInt((Judge j) -> load.getOrDefault(j.id(), 0)).thenComparingLong(Judge::id)).limit(needed).toList();
            for (Judge j : candidates) {
                entryIds.add(e.id);
                judgeIds.add(j.id());
                load.merge(j.id(), 1, Integer::sum);
            }
            if (candidates.size() < needed) short_++;
        }
        if (!entryIds.isEmpty()) {
            em.createNativeQuery("insert into contest_assignment (entry_id, judge_id) select * from unnest(cast(?1 as bigint[]), cast(?2 as bigint[]))")
                    .setParameter(1, entryIds.toArray(Long[]::new)).setParameter(2, judgeIds.toArray(Long[]::new)).executeUpdate();
        }
        audit.record("ASSIGN_JUDGES", "contest", c.id, null, Map.of("assigned", entryIds.size()));
        return new AssignmentResult(entryIds.size(), short_);
    }

    @GET
    @Path("ranking")
    @Operation(operationId = "getContestRanking", summary = "The ranking by weighted score, per category, with ties explained (the contest's managers)")
    public PageResponse<RankedEntry> ranking(@PathParam("id") long id) {
        ContestAccess.Found f = access.find(id);
        access.requireManager(f);
        List<RankedEntry> items = results.rank(f.contest()).stream().map(r -> new RankedEntry(r.entry().id, r.entry().reference, r.entry().category,
                r.ranked().rank(), r.ranked().total(),
                r.ranked().criterionMeans().entrySet().stream().map(m -> new CriterionScore(m.getKey(), m.getValue()))
                        .sorted(Comparator.comparingLong(CriterionScore::criterionId)).toList(),
                r.ranked().judgesScored(), r.ranked().judgesAssigned(), OrgRef.of(r.entry().school), r.entry().grade,
                ContestEntry.initial(r.entry().pupilName), r.ranked().tieNote())).toList();
        return new PageResponse<>(items, 1, Math.max(1, items.size()), items.size());
    }

    @POST
    @Path("publish")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "publishContestResults", summary = "Publish the results: after the window, once every assigned judge has scored; then nothing changes")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(schema = @Schema(implementation = ContestView.class)))
    public Response publish(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        ContestAccess.Found f = access.find(id);
        access.requireManager(f);
        Contest c = f.contest();
        Etags.require(ifMatch, c.version);
        ContestAccess.requireNotPublished(c);
        if (BusinessClock.current().now().isBefore(c.closesAt)) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "Chưa hết hạn nộp bài (" + c.closesAt + "); chưa công bố được");
        }
        long incomplete = results.incompleteAssignments(c);
        if (incomplete > 0) throw new ApiException(ProblemType.INVALID_TRANSITION, "Còn " + incomplete + " lượt chấm chưa đủ điểm các tiêu chí");
        if (results.rank(c).stream().noneMatch(r -> r.ranked().rank() != null)) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "Chưa có bài nào được chấm xong");
        }
        c.publishedAt = BusinessClock.current().now();
        c.publishedBy = me.user().id;
        c.updatedAt = c.publishedAt;
        Contest.flush();
        audit.record("PUBLISH", "contest", c.id, null, Map.of("publishedAt", c.publishedAt.toString()));
        ContestView v = access.view(f);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }
}
