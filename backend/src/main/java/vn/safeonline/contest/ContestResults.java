package vn.safeonline.contest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads a contest's criteria, eligible entries and scores, and ranks them. */
@ApplicationScoped
class ContestResults {
    @Inject
    EntityManager em;

    record Result(Ranking.Ranked ranked, ContestEntry entry) {
    }

    List<ContestCriterion> criteria(long contestId) {
        return ContestCriterion.list("contestId = ?1 order by position", contestId);
    }

    List<Result> rank(Contest contest) {
        List<ContestCriterion> criteria = criteria(contest.id);
        Map<Long, ContestEntry> entries = new LinkedHashMap<>();
        ContestEntry.<ContestEntry>list("select e from ContestEntry e join fetch e.school where e.contestId = ?1 and e.consentRecordedAt is not null"
                + " and e.withdrawnAt is null order by e.id", contest.id).forEach(e -> entries.put(e.id, e));
        Map<Long, Integer> assigned = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("select a.entry_id, count(*) from contest_assignment a join contest_entry e on e.id = a.entry_id"
                + " where e.contest_id = ?1 group by a.entry_id").setParameter(1, contest.id).getResultList();
        counts.forEach(r -> assigned.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        Map<Long, Map<Long, Map<Long, BigDecimal>>> scores = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.entry_id, s.judge_id, s.criterion_id, s.score from contest_score s"
                + " join contest_entry e on e.id = s.entry_id where e.contest_id = ?1").setParameter(1, contest.id).getResultList();
        for (Object[] r : rows) {
            scores.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                    .computeIfAbsent(((Number) r[1]).longValue(), k -> new HashMap<>())
                    .put(((Number) r[2]).longValue(), (BigDecimal) r[3]);
        }
        List<Ranking.Scored> scored = entries.values().stream()
                .map(e -> new Ranking.Scored(e.id, e.category, assigned.getOrDefault(e.id, 0), scores.getOrDefault(e.id, Map.of()))).toList();
        List<Ranking.Criterion> cs = criteria.stream().map(c -> new Ranking.Criterion(c.id, c.name, c.weight, c.maxScore, c.position)).toList();
        return Ranking.rank(cs, scored).stream().map(r -> new Result(r, entries.get(r.entryId()))).toList();
    }

    /** Assignments of eligible entries that lack a score for some criterion. */
    long incompleteAssignments(Contest contest) {
        return ((Number) em.createNativeQuery("select count(*) from contest_assignment a join contest_entry e on e.id = a.entry_id"
                + " where e.contest_id = ?1 and e.consent_recorded_at is not null and e.withdrawn_at is null"
                + " and (select count(*) from contest_score s where s.entry_id = a.entry_id and s.judge_id = a.judge_id)"
                + " < (select count(*) from contest_criterion c where c.contest_id = e.contest_id)")
                .setParameter(1, contest.id).getSingleResult()).longValue();
    }
}
