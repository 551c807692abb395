package vn.safeonline.quiz;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.safeonline.org.OrgRef;
import vn.safeonline.publicpage.PublicDtos;

/** The question bank and quizzes (the campaign's managers), playing a quiz (the public), and the results per unit. */
public final class QuizDtos {
    private QuizDtos() {
    }

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
    public record QuizView(@Schema(required = true) long id, @Schema(required = true, description = "the opaque id public pages and links use (not the database id)", examples = "3f9a0c2b7e1d4a5c") String publicId, @Schema(required = true) long campaignId, @Schema(required = true) String title,
                           @Schema(required = true) List<Long> questionIds, @Schema(required = true) OffsetDateTime createdAt) {
        static QuizView of(Quiz q) {
            return new QuizView(q.id, q.publicId, q.campaignId, q.title, q.questionIds(), q.createdAt);
        }
    }

    @Schema(name = "PublicQuiz")
    public record PublicQuiz(@Schema(required = true, description = "the quiz's public id") String id, @Schema(required = true) String title,
                             @Schema(required = true) String campaignName, @Schema(required = true) List<PublicQuestion> questions) {
    }

    @Schema(name = "PublicQuestion")
    public record PublicQuestion(@Schema(required = true) long id, @Schema(required = true) String text,
                                 @Schema(required = true) List<String> options) {
    }

    @Schema(name = "QuizAnswer")
    public record Answer(@NotNull @Schema(required = true) Long questionId, @NotNull @Min(0) @Max(9) @Schema(required = true) Integer choice) {
    }

    @Schema(name = "QuizAttemptRequest")
    public record AttemptRequest(
            @Size(max = 64) @Pattern(regexp = PublicDtos.UNIT_CODE, message = "{vn.safeonline.unitCode}") String unitCode,
            @NotBlank @Size(max = 64) @Pattern(regexp = PublicDtos.DEVICE_ID, message = "{vn.safeonline.deviceId}") @Schema(required = true) String deviceId,
            @NotNull @Size(min = 1, max = 100) @Schema(required = true) List<@Valid @NotNull Answer> answers,
            @Schema(description = "who plays (the page asks)") vn.safeonline.publicpage.PublicAudience audience) {
    }

    @Schema(name = "QuizAnswerResult")
    public record AnswerResult(@Schema(required = true) long questionId, @Schema(required = true) boolean correct,
                               @Schema(required = true) int correctIndex, String explanation) {
    }

    @Schema(name = "QuizAttemptResult")
    public record AttemptResult(@Schema(required = true) int score, @Schema(required = true) int total,
                                @Schema(required = true, description = "false when this device already played this quiz: the result is not counted again") boolean counted,
                                @Schema(required = true) List<AnswerResult> answers) {
    }

    @Schema(name = "QuizUnitResult")
    public record UnitResult(OrgRef unit, @Schema(required = true) long participants, @Schema(required = true) BigDecimal averageScore,
                             @Schema(required = true) BigDecimal averagePercent) {
    }

    @Schema(name = "QuizResults")
    public record Results(@Schema(required = true) long quizId, @Schema(required = true) String title, @Schema(required = true) long participants,
                          @Schema(required = true) List<UnitResult> items) {
    }
}
