package vn.safeonline.contest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads a contest's criteria, eligible entries and scores, and ranks them. */
@ApplicationScoped
class ContestResults {
    @Inject
    ContestRepository repository;

    record Result(Ranking.Ranked ranked, ContestEntry entry) {
    }

    List<Result> rank(Contest contest) {
        List<ContestCriterion> criteria = ContestCriterion.ofContest(contest.id);
        Map<Long, ContestEntry> entries = new LinkedHashMap<>();
        ContestEntry.eligibleOf(contest.id).forEach(e -> entries.put(e.id, e));
        Map<Long, Integer> assigned = new HashMap<>();
        repository.assignments(contest.id).forEach(a -> assigned.merge(a.entryId(), 1, Integer::sum));
        Map<Long, Map<Long, Map<Long, BigDecimal>>> scores = new HashMap<>();
        for (ContestRepository.Score s : repository.scores(contest.id)) {
            scores.computeIfAbsent(s.entryId(), k -> new HashMap<>()).computeIfAbsent(s.judgeId(), k -> new HashMap<>()).put(s.criterionId(), s.score());
        }
        List<Ranking.Scored> scored = entries.values().stream()
                .map(e -> new Ranking.Scored(e.id, e.category, assigned.getOrDefault(e.id, 0), scores.getOrDefault(e.id, Map.of()))).toList();
        List<Ranking.Criterion> cs = criteria.stream().map(c -> new Ranking.Criterion(c.id, c.name, c.weight, c.maxScore, c.position)).toList();
        return Ranking.rank(cs, scored).stream().map(r -> new Result(r, entries.get(r.entryId()))).toList();
    }
}
