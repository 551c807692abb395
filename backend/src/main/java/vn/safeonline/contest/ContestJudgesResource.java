package vn.safeonline.contest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Role;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.contest.ContestDtos.JudgeView;
import vn.safeonline.contest.ContestDtos.JudgesInput;
import vn.safeonline.org.OrgRef;
import vn.safeonline.user.AppUser;

@Path("/api/contests/{contestId}/judges")
@Tag(name = "Contests")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ContestJudgesResource {
    @Inject
    ContestAccess access;
    @Inject
    CurrentUser me;
    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;

    @GET
    @Operation(operationId = "listContestJudges", summary = "The contest's judges with their assigned and scored entries (the contest's managers)")
    public PageResponse<JudgeView> list(@PathParam("contestId") long contestId) {
        ContestAccess.Found f = access.find(contestId);
        access.requireManager(f);
        List<JudgeView> judges = judges(f.contest().id);
        return new PageResponse<>(judges, 1, 100, judges.size());
    }

    private List<JudgeView> judges(long contestId) {
        Map<Long, long[]> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.judge_id, count(*),"
                + " count(*) filter (where exists (select 1 from contest_score s where s.entry_id = a.entry_id and s.judge_id = a.judge_id))"
                + " from contest_assignment a join contest_entry e on e.id = a.entry_id where e.contest_id = ?1 group by a.judge_id")
                .setParameter(1, contestId).getResultList();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        @SuppressWarnings("unchecked")
        List<Long> ids = ((List<Number>) em.createNativeQuery("select user_id from contest_judge where contest_id = ?1").setParameter(1, contestId)
                .getResultList()).stream().map(Number::longValue).toList();
        if (ids.isEmpty()) return List.of();
        List<AppUser> users = AppUser.list("select u from AppUser u join fetch u.organization where u.id in ?1 order by u.fullName", ids);
        return users.stream().map(u -> {
            long[] c = counts.getOrDefault(u.id, new long[2]);
            return new JudgeView(u.id, u.fullName, OrgRef.of(u.organization), c[0], c[1]);
        }).toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "setContestJudges", summary = "Set the contest's judges (accounts of the deployment); a judge who has scored stays")
    public PageResponse<JudgeView> set(@PathParam("contestId") long contestId, @Valid @NotNull JudgesInput in) {
        ContestAccess.Found f = access.find(contestId);
        access.requireManager(f);
        Contest c = f.contest();
        ContestAccess.requireNotPublished(c);
        Set<Long> wanted = new LinkedHashSet<>(in.userIds());
        long known = wanted.isEmpty() ? 0 : AppUser.count("select count(u) from AppUser u join u.organization o where u.id in ?1 and u.active = true"
                + " and (o.tenantId = ?2 or o.id = ?2)", wanted, me.tenant());
        if (known != wanted.size()) throw ApiException.unprocessable("userIds", "UnknownUser", "Có tài khoản không tồn tại, đã khóa hoặc không thuộc địa phương");
        @SuppressWarnings("unchecked")
        List<Number> scoredJudges = em.createNativeQuery("select distinct s.judge_id from contest_score s join contest_entry e on e.id = s.entry_id"
                + " where e.contest_id = ?1").setParameter(1, c.id).getResultList();
        List<Long> keep = new ArrayList<>();
        for (Number n : scoredJudges) if (!wanted.contains(n.longValue())) keep.add(n.longValue());
        if (!keep.isEmpty()) {
            throw new ApiException(ProblemType.CONFLICT, "Giám khảo đã chấm bài không thể rút khỏi cuộc thi (" + keep.size() + " người)");
        }
        Long[] ids = wanted.toArray(Long[]::new);
        em.createNativeQuery("delete from contest_assignment a using contest_entry e where e.id = a.entry_id and e.contest_id = ?1"
                + " and a.judge_id <> all(cast(?2 as bigint[]))").setParameter(1, c.id).setParameter(2, ids).executeUpdate();
        em.createNativeQuery("delete from contest_judge where contest_id = ?1 and user_id <> all(cast(?2 as bigint[]))")
                .setParameter(1, c.id).setParameter(2, ids).executeUpdate();
        em.createNativeQuery("insert into contest_judge (contest_id, user_id) select ?1, unnest(cast(?2 as bigint[])) on conflict do nothing")
                .setParameter(1, c.id).setParameter(2, ids).executeUpdate();
        audit.record("SET_JUDGES", "contest", c.id, null, in);
        List<JudgeView> judges = judges(c.id);
        return new PageResponse<>(judges, 1, 100, judges.size());
    }

    @GET
    @Path("candidates")
    @Operation(operationId = "searchJudgeCandidates", summary = "Active accounts of the deployment to choose judges from (the contest's managers)")
    public PageResponse<JudgeView> candidates(@PathParam("contestId") long contestId, @QueryParam("q") @Size(max = 100) String q) {
        ContestAccess.Found f = access.find(contestId);
        access.requireManager(f);
        String pattern = Text.likePattern(q == null ? "" : q);
        List<AppUser> users = AppUser.<AppUser>find("select u from AppUser u join fetch u.organization o where u.active = true and (o.tenantId = ?1 or o.id = ?1)"
                + " and (lower(u.fullName) like lower(?2) or lower(u.username) like lower(?2) or o.nameSearch like ?3) order by u.fullName", me.tenant(),
                "%" + (q == null ? "" : q.trim()) + "%", pattern).page(0, 20).list();
        List<JudgeView> items = users.stream().map(u -> new JudgeView(u.id, u.fullName, OrgRef.of(u.organization), 0, 0)).toList();
        return new PageResponse<>(items, 1, 20, items.size());
    }
}
