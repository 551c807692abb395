package vn.safeonline.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.Session;
import vn.safeonline.org.OrgRef;
import vn.safeonline.org.Organization;
import vn.safeonline.org.OrganizationType;
import vn.safeonline.publicpage.UnitCodes;
import vn.safeonline.quiz.QuizDtos.UnitResult;

/** The attempts table (quiz_attempt): the first attempt of a device is the one counted for its unit. */
@ApplicationScoped
public class QuizAttempts {
    @Inject
    EntityManager em;

    /** The unit's id for an optional code, on the transaction's connection: null without a code, 422 for a code that is not a unit of the campaign. */
    Long unitIdOrRefuse(long campaignId, String unitCode) {
        return em.unwrap(Session.class).doReturningWork(conn -> UnitCodes.idOrRefuse(conn, campaignId, unitCode));
    }

    /** Records the attempt unless this device already played this quiz; true when recorded (counted). */
    boolean record(long quizId, String deviceHash, Long unitId, int score, int total, vn.safeonline.publicpage.PublicAudience audience,
                   java.time.OffsetDateTime at) {
        return em.createNativeQuery("insert into quiz_attempt (quiz_id, device_hash, organization_id, score, total, audience, created_at)"
                        + " values (?1, ?2, cast(?3 as bigint), ?4, ?5, cast(?6 as varchar), ?7) on conflict do nothing")
                .setParameter(1, quizId).setParameter(2, deviceHash).setParameter(3, unitId)
                .setParameter(4, score).setParameter(5, total).setParameter(6, audience == null ? null : audience.name())
                .setParameter(7, at).executeUpdate() == 1;
    }

    /**
     * Counted attempts per unit, most participants first: the whole quiz, or only the units in {@code within}'s subtree
     * (attempts without a unit are one line without one).
     */
    List<UnitResult> perUnit(long quizId, Organization within) {
        Query q = em.createNativeQuery("select o.id as unit_id, o.code as unit_code, o.name as unit_name, o.type as unit_type, count(*) as participants,"
                + " round(avg(a.score), 2) as average_score, round(100.0 * avg(a.score::numeric / a.total), 1) as average_percent"
                + " from quiz_attempt a left join organization o on o.id = a.organization_id where a.quiz_id = ?1"
                + (within == null ? "" : " and (o.id = ?2 or o.path like ?3)")
                + " group by o.id, o.code, o.name, o.type order by count(*) desc, o.name", Tuple.class).setParameter(1, quizId);
        if (within != null) q.setParameter(2, within.id).setParameter(3, within.subtreePrefix() + "%");
        @SuppressWarnings("unchecked")
        List<Tuple> rows = q.getResultList();
        return rows.stream().map(r -> {
            Number unitId = r.get("unit_id", Number.class);
            OrgRef unit = unitId == null ? null : new OrgRef(unitId.longValue(), r.get("unit_code", String.class), r.get("unit_name", String.class),
                    OrganizationType.valueOf(r.get("unit_type", String.class)));
            return new UnitResult(unit, r.get("participants", Number.class).longValue(), r.get("average_score", BigDecimal.class),
                    r.get("average_percent", BigDecimal.class));
        }).toList();
    }
}
