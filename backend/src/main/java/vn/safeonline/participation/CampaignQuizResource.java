package vn.safeonline.participation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Role;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.campaign.CampaignAccess;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Text;

/** The campaign's question bank and the quizzes built from it (for the campaign's managers). */
@Path("/api/campaigns/{campaignId}/quiz")
@Tag(name = "Quiz", description = "Trắc nghiệm / minigame")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CampaignQuizResource {
    @Inject
    CampaignAccess access;
    @Inject
    AuditLog audit;

    @Schema(name = "QuizQuestionInput")
    public record QuestionInput(@NotBlank @Size(max = 1000) @Schema(required = true) String text,
                                @NotNull @Size(min = 2, max = 6) @Schema(required = true) List<@NotBlank @Size(max = 300) String> options,
                                @NotNull @Min(0) @Max(5) @Schema(required = true) Integer correctIndex,
                                @Size(max = 2000) String explanation) {
    }

    @Schema(name = "QuizQuestion")
    public record QuestionView(@Schema(required = true) long id, @Schema(required = true) String text, @Schema(required = true) List<String> options,
                               @Schema(required = true) int correctIndex, String explanation) {
        static QuestionView of(QuizQuestion q) {
            return new QuestionView(q.id, q.text, q.options(), q.correctIndex, q.explanation);
        }
    }

    @Schema(name = "QuizInput")
    public record QuizInput(@NotBlank @Size(max = 300) @Schema(required = true) String title,
                            @NotNull @Size(min = 1, max = 50) @Schema(required = true) List<@NotNull Long> questionIds) {
    }

    @Schema(name = "Quiz")
    public record QuizView(@Schema(required = true) long id, @Schema(required = true) long campaignId, @Schema(required = true) String title,
                           @Schema(required = true) List<Long> questionIds, @Schema(required = true) OffsetDateTime createdAt) {
        static QuizView of(Quiz q) {
            return new QuizView(q.id, q.campaignId, q.title, q.questionIds(), q.createdAt);
        }
    }

    @GET
    @Path("questions")
    @Operation(operationId = "listQuizQuestions", summary = "The question bank, with answers (the campaign's managers)")
    public PageResponse<QuestionView> questions(@PathParam("campaignId") long campaignId) {
        Campaign c = access.find(campaignId);
        access.requireManager(c);
        List<QuestionView> items = QuizQuestion.<QuizQuestion>list("campaignId = ?1 order by id", c.id).stream().map(QuestionView::of).toList();
        return new PageResponse<>(items, 1, Math.max(1, items.size()), items.size());
    }

    @POST
    @Path("questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "createQuizQuestion", summary = "Add a multiple-choice question to the bank")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = QuestionView.class)))
    public Response addQuestion(@PathParam("campaignId") long campaignId, @Valid @NotNull QuestionInput in) {
        Campaign c = access.find(campaignId);
        access.requireManager(c);
        if (in.correctIndex() >= in.options().size()) throw ApiException.unprocessable("correctIndex", "OutOfRange", "Đáp án đúng phải là một trong các lựa chọn");
        QuizQuestion q = new QuizQuestion();
        q.campaignId = c.id;
        q.text = Text.clean(in.text());
        q.options(in.options().stream().map(Text::clean).toList());
        q.correctIndex = in.correctIndex();
        q.explanation = Text.clean(in.explanation());
        q.persist();
        QuizQuestion.flush();
        audit.record("CREATE", "quiz_question", q.id, null, in);
        return Response.created(URI.create("/api/campaigns/" + c.id + "/quiz/questions")).entity(QuestionView.of(q)).build();
    }

    @GET
    @Path("quizzes")
    @Operation(operationId = "listQuizzes", summary = "The campaign's quizzes")
    public PageResponse<QuizView> quizzes(@PathParam("campaignId") long campaignId) {
        Campaign c = access.find(campaignId);
        List<QuizView> items = Quiz.<Quiz>list("campaignId = ?1 order by id", c.id).stream().map(QuizView::of).toList();
        return new PageResponse<>(items, 1, Math.max(1, items.size()), items.size());
    }

    @POST
    @Path("quizzes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "createQuiz", summary = "Build a quiz from questions of the bank")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = QuizView.class)))
    public Response addQuiz(@PathParam("campaignId") long campaignId, @Valid @NotNull QuizInput in) {
        Campaign c = access.find(campaignId);
        access.requireManager(c);
        List<Long> ids = in.questionIds().stream().distinct().toList();
        long known = QuizQuestion.count("campaignId = ?1 and id in ?2", c.id, ids);
        if (known != ids.size()) throw ApiException.unprocessable("questionIds", "UnknownQuestion", "Có câu hỏi không thuộc ngân hàng câu hỏi của chiến dịch");
        Quiz q = new Quiz();
        q.campaignId = c.id;
        q.title = Text.clean(in.title());
        q.questionIds(ids);
        q.persist();
        Quiz.flush();
        audit.record("CREATE", "quiz", q.id, null, in);
        return Response.created(URI.create("/api/quizzes/" + q.id + "/results")).entity(QuizView.of(q)).build();
    }
}
