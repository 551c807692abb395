package vn.safeonline.contest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.List;

/**
 * The contest's native SQL: judges, assignments and scores (tables without entities), read into typed records by
 * column alias. Everything else about contests goes through the entities' finders.
 */
@ApplicationScoped
public class ContestRepository {
    @Inject
    EntityManager em;

    /** A judge of the contest and the organisation they work for. */
    public record Judge(long userId, long organizationId) {
    }

    /** An entry given to a judge. */
    public record Assignment(long entryId, long judgeId) {
    }

    /** A judge's work on the contest: entries assigned and entries scored. */
    public record JudgeLoad(long judgeId, long assigned, long scored) {
    }

    /** One judge's score of one entry on one criterion. */
    public record Score(long entryId, long judgeId, long criterionId, BigDecimal score) {
    }

    /** Entries submitted (not withdrawn), and of those the ones whose guardian consent is recorded. */
    public record EntryCounts(long entries, long eligible) {
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> tuples(String sql, Object... params) {
        var q = em.createNativeQuery(sql, Tuple.class);
        for (int i = 0; i < params.length; i++) q.setParameter(i + 1, params[i]);
        return q.getResultList();
    }

    private static long number(Tuple t, String alias) {
        return t.get(alias, Number.class).longValue();
    }

    /** The contests a user judges, by id. */
    public List<Long> contestsJudgedBy(long userId) {
        return tuples("select contest_id from contest_judge where user_id = ?1 order by contest_id", userId).stream().map(t -> number(t, "contest_id")).toList();
    }

    public boolean isJudge(long contestId, long userId) {
        return !tuples("select 1 as judge from contest_judge where contest_id = ?1 and user_id = ?2", contestId, userId).isEmpty();
    }

    public EntryCounts entryCounts(long contestId) {
        Tuple t = tuples("select count(*) filter (where withdrawn_at is null) as entries,"
                + " count(*) filter (where withdrawn_at is null and consent_recorded_at is not null) as eligible from contest_entry where contest_id = ?1",
                contestId).get(0);
        return new EntryCounts(number(t, "entries"), number(t, "eligible"));
    }

    /** Scores given on the contest's criteria (any judge, any entry). */
    public long scoreCount(long contestId) {
        return number(tuples("select count(*) as scores from contest_score s join contest_criterion c on c.id = s.criterion_id where c.contest_id = ?1",
                contestId).get(0), "scores");
    }

    /** The contest's judges, by user id. */
    public List<Judge> judges(long contestId) {
        return tuples("select u.id as user_id, u.organization_id from contest_judge j join app_user u on u.id = j.user_id"
                + " where j.contest_id = ?1 order by u.id", contestId).stream()
                .map(t -> new Judge(number(t, "user_id"), number(t, "organization_id"))).toList();
    }

    public List<Long> judgeIds(long contestId) {
        return tuples("select user_id from contest_judge where contest_id = ?1", contestId).stream().map(t -> number(t, "user_id")).toList();
    }

    /** Judges who have scored some entry of the contest. */
    public List<Long> judgesWhoScored(long contestId) {
        return tuples("select distinct s.judge_id from contest_score s join contest_entry e on e.id = s.entry_id where e.contest_id = ?1", contestId)
                .stream().map(t -> number(t, "judge_id")).toList();
    }

    /** Makes these users the contest's judges: the others leave, with their assignments. */
    public void setJudges(long contestId, List<Long> userIds) {
        Long[] ids = userIds.toArray(Long[]::new);
        em.createNativeQuery("delete from contest_assignment a using contest_entry e where e.id = a.entry_id and e.contest_id = ?1"
                + " and a.judge_id <> all(cast(?2 as bigint[]))").setParameter(1, contestId).setParameter(2, ids).executeUpdate();
        em.createNativeQuery("delete from contest_judge where contest_id = ?1 and user_id <> all(cast(?2 as bigint[]))")
                .setParameter(1, contestId).setParameter(2, ids).executeUpdate();
        em.createNativeQuery("insert into contest_judge (contest_id, user_id) select ?1, unnest(cast(?2 as bigint[])) on conflict do nothing")
                .setParameter(1, contestId).setParameter(2, ids).executeUpdate();
    }

    public List<JudgeLoad> judgeLoads(long contestId) {
        return tuples("select a.judge_id, count(*) as assigned,"
                + " count(*) filter (where exists (select 1 from contest_score s where s.entry_id = a.entry_id and s.judge_id = a.judge_id)) as scored"
                + " from contest_assignment a join contest_entry e on e.id = a.entry_id where e.contest_id = ?1 group by a.judge_id", contestId).stream()
                .map(t -> new JudgeLoad(number(t, "judge_id"), number(t, "assigned"), number(t, "scored"))).toList();
    }

    public List<Assignment> assignments(long contestId) {
        return tuples("select a.entry_id, a.judge_id from contest_assignment a join contest_entry e on e.id = a.entry_id where e.contest_id = ?1", contestId)
                .stream().map(t -> new Assignment(number(t, "entry_id"), number(t, "judge_id"))).toList();
    }

    /** The entries of the contest assigned to this judge. */
    public List<Long> assignedEntryIds(long contestId, long judgeId) {
        return tuples("select a.entry_id from contest_assignment a join contest_entry e on e.id = a.entry_id where e.contest_id = ?1 and a.judge_id = ?2",
                contestId, judgeId).stream().map(t -> number(t, "entry_id")).toList();
    }

    public void assign(List<Assignment> assignments) {
        if (assignments.isEmpty()) return;
        em.createNativeQuery("insert into contest_assignment (entry_id, judge_id) select * from unnest(cast(?1 as bigint[]), cast(?2 as bigint[]))")
                .setParameter(1, assignments.stream().map(Assignment::entryId).toArray(Long[]::new))
                .setParameter(2, assignments.stream().map(Assignment::judgeId).toArray(Long[]::new)).executeUpdate();
    }

    /** True when the entry is assigned to the judge; the assignment is locked until the transaction ends. */
    public boolean lockAssignment(long entryId, long judgeId) {
        return !tuples("select 1 as assigned from contest_assignment where entry_id = ?1 and judge_id = ?2 for update", entryId, judgeId).isEmpty();
    }

    /** Replaces the judge's scores of the entry. */
    public void replaceScores(long entryId, long judgeId, List<ContestDtos.ScoreInput> scores) {
        em.createNativeQuery("delete from contest_score where entry_id = ?1 and judge_id = ?2").setParameter(1, entryId).setParameter(2, judgeId).executeUpdate();
        em.createNativeQuery("insert into contest_score (entry_id, judge_id, criterion_id, score)"
                        + " select ?1, ?2, k, s from unnest(cast(?3 as bigint[]), cast(?4 as numeric[])) as t(k, s)")
                .setParameter(1, entryId).setParameter(2, judgeId)
                .setParameter(3, scores.stream().map(ContestDtos.ScoreInput::criterionId).toArray(Long[]::new))
                .setParameter(4, scores.stream().map(ContestDtos.ScoreInput::score).toArray(BigDecimal[]::new)).executeUpdate();
    }

    /** Every score of the contest. */
    public List<Score> scores(long contestId) {
        return tuples("select s.entry_id, s.judge_id, s.criterion_id, s.score from contest_score s join contest_entry e on e.id = s.entry_id"
                + " where e.contest_id = ?1", contestId).stream().map(ContestRepository::score).toList();
    }

    /** One judge's scores of the contest, in the order of the criteria. */
    public List<Score> scoresOf(long contestId, long judgeId) {
        return tuples("select s.entry_id, s.judge_id, s.criterion_id, s.score from contest_score s join contest_criterion k on k.id = s.criterion_id"
                + " where s.judge_id = ?1 and k.contest_id = ?2 order by k.position", judgeId, contestId).stream().map(ContestRepository::score).toList();
    }

    private static Score score(Tuple t) {
        return new Score(number(t, "entry_id"), number(t, "judge_id"), number(t, "criterion_id"), t.get("score", BigDecimal.class));
    }

    /** Assignments of eligible entries that lack a score for some criterion. */
    public long incompleteAssignments(long contestId) {
        return number(tuples("select count(*) as incomplete from contest_assignment a join contest_entry e on e.id = a.entry_id"
                + " where e.contest_id = ?1 and e.consent_recorded_at is not null and e.withdrawn_at is null"
                + " and (select count(*) from contest_score s where s.entry_id = a.entry_id and s.judge_id = a.judge_id)"
                + " < (select count(*) from contest_criterion c where c.contest_id = e.contest_id)", contestId).get(0), "incomplete");
    }
}
