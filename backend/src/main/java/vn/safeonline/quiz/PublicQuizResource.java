package vn.safeonline.quiz;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.quiz.QuizDtos.AttemptRequest;
import vn.safeonline.quiz.QuizDtos.AttemptResult;
import vn.safeonline.quiz.QuizDtos.PublicQuiz;

@Path("/api/public/quizzes/{publicId}")
@Tag(name = "Public participation")
@Produces(MediaType.APPLICATION_JSON)
public class PublicQuizResource {
    @Inject
    QuizService quizzes;

    @GET
    @Operation(operationId = "getPublicQuiz", summary = "A quiz to play: the questions and their options, without the answers",
            description = "Anyone, by the quiz's public id: the questions with their options and never the answers. 404 for an unknown id; limited per "
                    + "address (429 with Retry-After).")
    public PublicQuiz get(@Parameter(example = "c7Hq2LxP9mZ4") @PathParam("publicId") String publicId) {
        return quizzes.publicQuiz(publicId);
    }

    @POST
    @Path("attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitQuizAttempt", summary = "Answer a quiz: the score and explanations; the first attempt of a device is the one counted for its unit",
            description = "Anyone, without signing in: the answers are scored and the correct ones explained. The first attempt of a device (deviceId) is "
                    + "counted for the unit named by unitCode (201); later attempts are scored but not counted (200). 422 with errors[] for a repeated or"
                    + " unknown question or an option out of range; 404 for an unknown unit code; limited per address (429 with Retry-After).")
    @APIResponse(responseCode = "201", description = "Scored and counted", content = @Content(schema = @Schema(implementation = AttemptResult.class)))
    @APIResponse(responseCode = "200", description = "Scored; this device already played, so not counted again", content = @Content(schema = @Schema(implementation = AttemptResult.class)))
    public Response attempt(@Parameter(example = "c7Hq2LxP9mZ4") @PathParam("publicId") String publicId, @Valid @NotNull AttemptRequest request) {
        AttemptResult result = quizzes.attempt(publicId, request);
        return Response.status(result.counted() ? 201 : 200).entity(result).build();
    }
}
