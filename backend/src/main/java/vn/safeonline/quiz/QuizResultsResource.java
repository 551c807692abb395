package vn.safeonline.quiz;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.quiz.QuizDtos.Results;

@Path("/api/quizzes")
@Tag(name = "Quiz")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class QuizResultsResource {
    @Inject
    QuizService quizzes;

    @GET
    @Path("{id}/results")
    @Operation(operationId = "getQuizResults", summary = "Counted attempts per unit: participants and average score (attempts without a unit are listed without one)",
            description = "Whoever may see the campaign: per unit, the counted participants and the average score and percentage; attempts without a unit are"
                    + " listed without one. Answers an ETag.")
    public Results results(@Parameter(example = "42") @PathParam("id") long id) {
        return quizzes.results(id);
    }
}
