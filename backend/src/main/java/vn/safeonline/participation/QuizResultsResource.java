package vn.safeonline.participation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.campaign.CampaignAccess;
import vn.safeonline.common.ApiException;
import vn.safeonline.org.OrgRef;
import vn.safeonline.org.OrganizationType;

@Path("/api/quizzes")
@Tag(name = "Quiz")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class QuizResultsResource {
    @Inject
    CampaignAccess access;
    @Inject
    CurrentUser me;
    @Inject
    EntityManager em;

    @Schema(name = "QuizUnitResult")
    public record UnitResult(OrgRef unit, @Schema(required = true) long participants, @Schema(required = true) BigDecimal averageScore,
                             @Schema(required = true) BigDecimal averagePercent) {
    }

    @Schema(name = "QuizResults")
    public record Results(@Schema(required = true) long quizId, @Schema(required = true) String title, @Schema(required = true) long participants,
                          @Schema(required = true) List<UnitResult> items) {
    }

    @GET
    @Path("{id}/results")
    @Operation(operationId = "getQuizResults", summary = "Counted attempts per unit: participants and average score (attempts without a unit are listed without one)")
    public Results results(@PathParam("id") long id) {
        Quiz quiz = Quiz.findById(id);
        if (quiz == null) throw ApiException.notFound("Trắc nghiệm", id);
        Campaign c;
        try {
            c = access.find(quiz.campaignId);
        } catch (ApiException e) {
            throw ApiException.notFound("Trắc nghiệm", id);
        }
        boolean all = access.seesAll(c);
        Query q = em.createNativeQuery("select o.id, o.code, o.name, o.type, count(*), round(avg(a.score), 2), round(100.0 * avg(a.score::numeric / a.total), 1)"
                + " from quiz_attempt a left join organization o on o.id = a.organization_id where a.quiz_id = ?1"
                + (all ? "" : " and (o.id = ?2 or o.path like ?3)")
                + " group by o.id, o.code, o.name, o.type order by count(*) desc, o.name").setParameter(1, id);
        if (!all) q.setParameter(2, me.org().id).setParameter(3, me.org().subtreePrefix() + "%");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<UnitResult> items = new ArrayList<>();
        long total = 0;
        for (Object[] r : rows) {
            OrgRef unit = r[0] == null ? null : new OrgRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2], OrganizationType.valueOf((String) r[3]));
            long n = ((Number) r[4]).longValue();
            total += n;
            items.add(new UnitResult(unit, n, (BigDecimal) r[5], (BigDecimal) r[6]));
        }
        return new Results(id, quiz.title, total, items);
    }
}
