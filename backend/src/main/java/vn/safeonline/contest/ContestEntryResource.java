package vn.safeonline.contest;

import vn.safeonline.common.BusinessClock;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.contest.ContestDtos.BlindEntry;
import vn.safeonline.contest.ContestDtos.ConsentInput;
import vn.safeonline.contest.ContestDtos.EntryView;
import vn.safeonline.contest.ContestDtos.ScoreInput;
import vn.safeonline.contest.ContestDtos.ScoresInput;

@Path("/api/contest-entries/{id}")
@Tag(name = "Contests")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ContestEntryResource {
    @Inject
    ContestAccess access;
    @Inject
    CurrentUser me;
    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;

    private record Loaded(ContestEntry entry, ContestAccess.Found found) {
    }

    /** The entry for its school's people and the managers; 404 for everyone else. */
    private Loaded forSchool(long id) {
        ContestEntry e = ContestEntry.<ContestEntry>find("from ContestEntry e join fetch e.school where e.id = ?1", id).firstResult();
        if (e == null) throw ApiException.notFound("Bài dự thi", id);
        ContestAccess.Found f = access.find(e.contestId);
        if (!access.actsFor(f, e.school)) throw ApiException.notFound("Bài dự thi", id);
        return new Loaded(e, f);
    }

    @GET
    @Operation(operationId = "getContestEntry", summary = "An entry with names (its school and the contest's managers; the read is audited)")
    public EntryView get(@PathParam("id") long id) {
        Loaded l = forSchool(id);
        audit.recordRead("contest_entry", l.entry().id, Map.of("entry", l.entry().id));
        return ContestEntriesResource.view(l.entry());
    }

    @POST
    @Path("consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "recordGuardianConsent", summary = "The school records the guardian's consent; only then the entry goes to judges")
    public EntryView consent(@PathParam("id") long id, @Valid @NotNull ConsentInput in) {
        Loaded l = forSchool(id);
        ContestEntry e = l.entry();
        ContestAccess.requireNotPublished(l.found().contest());
        if (e.withdrawnAt != null) throw new ApiException(ProblemType.CONFLICT, "Bài dự thi đã rút");
        ContestEntriesResource.recordConsent(e, in, me.user().id);
        ContestEntry.flush();
        audit.record("RECORD_CONSENT", "contest_entry", e.id, null, Map.of("method", in.method()));
        return ContestEntriesResource.view(e);
    }

    @POST
    @Path("withdraw")
    @Transactional
    @Operation(operationId = "withdrawContestEntry", summary = "Withdraw an entry (the guardian withdrew consent, or the pupil withdrew); it leaves judging and the ranking")
    public EntryView withdraw(@PathParam("id") long id) {
        Loaded l = forSchool(id);
        ContestEntry e = l.entry();
        ContestAccess.requireNotPublished(l.found().contest());
        if (e.withdrawnAt == null) {
            e.withdrawnAt = BusinessClock.current().now();
            ContestEntry.flush();
            audit.record("WITHDRAW", "contest_entry", e.id, null, null);
        }
        return ContestEntriesResource.view(e);
    }

    @PUT
    @Path("scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "scoreContestEntry", summary = "A judge scores an assigned entry on every criterion (replacing their earlier scores)",
            description = "409 conflict-of-interest for a judge of the entry's own school; 403 for an entry not assigned to the caller; "
                    + "409 results-published after publication.")
    public BlindEntry score(@PathParam("id") long id, @Valid @NotNull ScoresInput in) {
        ContestEntry e = ContestEntry.<ContestEntry>find("from ContestEntry e join fetch e.school where e.id = ?1", id).firstResult();
        if (e == null) throw ApiException.notFound("Bài dự thi", id);
        Contest c = Contest.findById(e.contestId);
        if (!access.isJudge(c)) throw ApiException.notFound("Bài dự thi", id);
        ContestAccess.requireNotPublished(c);
        if (ContestAccess.ownSchool(me.org(), e.school)) {
            throw new ApiException(ProblemType.CONFLICT_OF_INTEREST, "Bài dự thi thuộc trường của giám khảo; giám khảo không chấm bài này");
        }
        boolean assigned = !em.createNativeQuery("select 1 from contest_assignment where entry_id = ?1 and judge_id = ?2 for update")
                .setParameter(1, e.id).setParameter(2, me.user().id).getResultList().isEmpty();
        if (!assigned) throw ApiException.forbidden("Bài dự thi này không được phân công cho giám khảo");
        if (!e.eligible()) throw new ApiException(ProblemType.CONFLICT, "Bài dự thi đã rút hoặc chưa có sự đồng ý của phụ huynh");
        List<ContestCriterion> criteria = ContestCriterion.list("contestId = ?1 order by position", c.id);
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
            } else if (s.score().compareTo(java.math.BigDecimal.valueOf(k.maxScore)) > 0) {
                errors.add(new FieldError(at, "AboveMaximum", "Điểm tiêu chí “" + k.name + "” tối đa là " + k.maxScore));
            } else if (s.score().scale() > 2) {
                errors.add(new FieldError(at, "Precision", "Điểm lấy tối đa hai chữ số thập phân"));
            }
        }
        if (!given.isEmpty()) errors.add(new FieldError("scores", "UnknownCriterion", "Có tiêu chí không thuộc cuộc thi này"));
        if (!errors.isEmpty()) throw new ApiException(ProblemType.UNPROCESSABLE, "Phiếu chấm chưa hợp lệ", errors);
        em.createNativeQuery("delete from contest_score where entry_id = ?1 and judge_id = ?2").setParameter(1, e.id).setParameter(2, me.user().id).executeUpdate();
        List<ScoreInput> ordered = criteria.stream().map(k -> in.scores().stream().filter(s -> s.criterionId().equals(k.id)).findFirst().orElseThrow()).toList();
        em.createNativeQuery("insert into contest_score (entry_id, judge_id, criterion_id, score)"
                        + " select ?1, ?2, k, s from unnest(cast(?3 as bigint[]), cast(?4 as numeric[])) as t(k, s)")
                .setParameter(1, e.id).setParameter(2, me.user().id)
                .setParameter(3, ordered.stream().map(ScoreInput::criterionId).toArray(Long[]::new))
                .setParameter(4, ordered.stream().map(ScoreInput::score).toArray(java.math.BigDecimal[]::new)).executeUpdate();
        audit.record("SCORE", "contest_entry", e.id, null, in);
        return new BlindEntry(e.id, e.category, e.grade, e.title, e.workUrl, e.workText, ordered, true);
    }
}
