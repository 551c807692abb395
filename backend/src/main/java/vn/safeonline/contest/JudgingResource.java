package vn.safeonline.contest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.PageResponse;
import vn.safeonline.contest.ContestDtos.BlindEntry;
import vn.safeonline.contest.ContestDtos.ScoreInput;

@Path("/api/contests/{contestId}/judging")
@Tag(name = "Contests")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class JudgingResource {
    @Inject
    CurrentUser me;
    @Inject
    ContestAccess access;
    @Inject
    EntityManager em;

    @GET
    @Operation(operationId = "listMyContestEntries", summary = "The entries assigned to the calling judge: the work only, no pupil, guardian or school",
            description = "Entries withdrawn after assignment are left out.")
    public PageResponse<BlindEntry> mine(@PathParam("contestId") long contestId) {
        Contest c = Contest.findById(contestId);
        if (c == null || !access.isJudge(c)) throw ApiException.notFound("Cuộc thi", contestId);
        int criteria = (int) ContestCriterion.count("contestId", c.id);
        List<Long> assigned = assignedIds(c.id);
        List<ContestEntry> entries = assigned.isEmpty() ? List.of() : ContestEntry.list("select e from ContestEntry e where e.contestId = ?1 and e.withdrawnAt is null and e.consentRecordedAt is not null"
                + " and e.id in ?2 order by e.id", c.id, assigned);
        Map<Long, List<ScoreInput>> mine = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.entry_id, s.criterion_id, s.score from contest_score s join contest_criterion k on k.id = s.criterion_id"
                + " where s.judge_id = ?1 and k.contest_id = ?2 order by k.position").setParameter(1, me.user().id).setParameter(2, c.id).getResultList();
        for (Object[] r : rows) {
            mine.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new ScoreInput(((Number) r[1]).longValue(), (BigDecimal) r[2]));
        }
        List<BlindEntry> items = entries.stream().map(e -> {
            List<ScoreInput> s = mine.getOrDefault(e.id, List.of());
            return new BlindEntry(e.id, e.category, e.grade, e.title, e.workUrl, e.workText, s, s.size() == criteria && criteria > 0);
        }).toList();
        return new PageResponse<>(items, 1, Math.max(1, items.size()), items.size());
    }

    private List<Long> assignedIds(long contestId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select a.entry_id from contest_assignment a join contest_entry e on e.id = a.entry_id"
                + " where e.contest_id = ?1 and a.judge_id = ?2").setParameter(1, contestId).setParameter(2, me.user().id).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
