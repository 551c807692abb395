package vn.safeonline.quiz;

import java.util.Map;
import vn.safeonline.common.Idempotency;
import jakarta.ws.rs.HeaderParam;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Role;
import vn.safeonline.quiz.QuizDtos.QuestionInput;
import vn.safeonline.quiz.QuizDtos.QuestionView;
import vn.safeonline.quiz.QuizDtos.QuizInput;
import vn.safeonline.quiz.QuizDtos.QuizView;

/** The campaign's question bank and the quizzes built from it (for the campaign's managers). */
@Path("/api/campaigns/{campaignId}/quiz")
@Tag(name = "Quiz", description = "Trắc nghiệm / minigame")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CampaignQuizResource {
    @Inject
    Idempotency idempotency;
    @Inject
    QuizService quizzes;

    @GET
    @Path("questions")
    @Operation(operationId = "listQuizQuestions", summary = "The question bank, with answers (the campaign's managers)",
            description = "The campaign's managers: the question bank with the correct answers and explanations (403 for others, so answers never leak). "
                    + "Answers an ETag.")
    public PageResponse<QuestionView> questions(@Parameter(example = "3") @PathParam("campaignId") long campaignId) {
        List<QuestionView> items = quizzes.questions(campaignId);
        return PageResponse.whole(items);
    }

    @POST
    @Path("questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "createQuizQuestion", summary = "Add a multiple-choice question to the bank",
            description = "The campaign's managers add a question: its text, 2 to 6 options, the correct option and an explanation. 400 for fewer than 2 or "
                    + "more than 6 options; 422 (correctIndex) when the correct index is not one of them. With Idempotency-Key, a replay answers the first response.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = QuestionView.class)))
    public Response addQuestion(@Parameter(example = "3") @PathParam("campaignId") long campaignId,
                                @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.DOC, example = "thanhdoan-cau-hoi-001") String key,
                                @Valid @NotNull QuestionInput in) {
        return idempotency.once(key, Map.of("campaign", campaignId, "question", in), () -> {
            QuestionView q = quizzes.addQuestion(campaignId, in);
            return Response.created(URI.create("/api/campaigns/" + campaignId + "/quiz/questions")).entity(q).build();
        });
    }

    @GET
    @Path("quizzes")
    @Operation(operationId = "listQuizzes", summary = "The campaign's quizzes",
            description = "Whoever may see the campaign: its quizzes with their public ids and questions. Answers an ETag.")
    public PageResponse<QuizView> quizzes(@Parameter(example = "3") @PathParam("campaignId") long campaignId) {
        List<QuizView> items = quizzes.quizzes(campaignId);
        return PageResponse.whole(items);
    }

    @POST
    @Path("quizzes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "createQuiz", summary = "Build a quiz from questions of the bank",
            description = "The campaign's managers build a quiz from questions of this campaign's bank; it gets a public id for its public page. 422 with "
                    + "errors[] for a question of another bank. With Idempotency-Key, a replay answers the first response.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = QuizView.class)))
    public Response addQuiz(@Parameter(example = "3") @PathParam("campaignId") long campaignId,
                            @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.DOC, example = "thanhdoan-bo-cau-hoi-001") String key,
                            @Valid @NotNull QuizInput in) {
        return idempotency.once(key, Map.of("campaign", campaignId, "quiz", in), () -> {
            QuizView q = quizzes.addQuiz(campaignId, in);
            return Response.created(URI.create("/api/quizzes/" + q.id() + "/results")).entity(q).build();
        });
    }
}
