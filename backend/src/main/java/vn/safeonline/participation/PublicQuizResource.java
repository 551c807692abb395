package vn.safeonline.participation;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.common.ApiException;
import vn.safeonline.participation.PublicDtos.Answer;
import vn.safeonline.participation.PublicDtos.AnswerResult;
import vn.safeonline.participation.PublicDtos.AttemptRequest;
import vn.safeonline.participation.PublicDtos.AttemptResult;
import vn.safeonline.participation.PublicDtos.PublicQuestion;
import vn.safeonline.participation.PublicDtos.PublicQuiz;

@Path("/api/public/quizzes/{quizId}")
@Tag(name = "Public participation")
@Produces(MediaType.APPLICATION_JSON)
public class PublicQuizResource {
    @Inject
    EntityManager em;
    @Inject
    DeviceIds devices;

    private Quiz quiz(long id) {
        Quiz q = Quiz.findById(id);
        if (q == null) throw ApiException.notFound("Trắc nghiệm", id);
        return q;
    }

    private List<QuizQuestion> questions(Quiz quiz) {
        Map<Long, QuizQuestion> byId = new HashMap<>();
        QuizQuestion.<QuizQuestion>list("id in ?1", quiz.questionIds()).forEach(q -> byId.put(q.id, q));
        return quiz.questionIds().stream().map(byId::get).filter(q -> q != null).toList();
    }

    @GET
    @Operation(operationId = "getPublicQuiz", summary = "A quiz to play: the questions and their options, without the answers")
    public PublicQuiz get(@PathParam("quizId") long quizId) {
        Quiz quiz = quiz(quizId);
        Campaign c = Campaign.findById(quiz.campaignId);
        return new PublicQuiz(quiz.id, quiz.title, c.name, questions(quiz).stream().map(q -> new PublicQuestion(q.id, q.text, q.options())).toList());
    }

    @POST
    @Path("attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "submitQuizAttempt", summary = "Answer a quiz: the score and explanations; the first attempt of a device is the one counted for its unit")
    @APIResponse(responseCode = "201", description = "Scored and counted", content = @Content(schema = @Schema(implementation = AttemptResult.class)))
    @APIResponse(responseCode = "200", description = "Scored; this device already played, so not counted again", content = @Content(schema = @Schema(implementation = AttemptResult.class)))
    public Response attempt(@PathParam("quizId") long quizId, @Valid @NotNull AttemptRequest request) {
        Quiz quiz = quiz(quizId);
        List<QuizQuestion> questions = questions(quiz);
        Map<Long, Integer> choices = new HashMap<>();
        for (Answer a : request.answers()) {
            if (choices.put(a.questionId(), a.choice()) != null) throw ApiException.unprocessable("answers", "Repeated", "Mỗi câu chỉ trả lời một lần");
        }
        for (Long id : choices.keySet()) {
            if (questions.stream().noneMatch(q -> q.id.equals(id))) throw ApiException.unprocessable("answers", "UnknownQuestion", "Câu hỏi không thuộc bài trắc nghiệm này");
        }
        Long unit = em.unwrap(org.hibernate.Session.class).doReturningWork(conn -> UnitCodes.idOrRefuse(conn, quiz.campaignId, request.unitCode()));
        int score = 0;
        List<AnswerResult> results = new ArrayList<>();
        for (QuizQuestion q : questions) {
            Integer choice = choices.get(q.id);
            boolean correct = choice != null && choice == q.correctIndex;
            if (correct) score++;
            results.add(new AnswerResult(q.id, correct, q.correctIndex, q.explanation));
        }
        boolean counted = em.createNativeQuery("insert into quiz_attempt (quiz_id, device_hash, organization_id, score, total) values (?1, ?2, cast(?3 as bigint), ?4, ?5)"
                        + " on conflict do nothing")
                .setParameter(1, quiz.id).setParameter(2, devices.hash(request.deviceId())).setParameter(3, unit)
                .setParameter(4, score).setParameter(5, questions.size()).executeUpdate() == 1;
        return Response.status(counted ? 201 : 200).entity(new AttemptResult(score, questions.size(), counted, results)).build();
    }
}
