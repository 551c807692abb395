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
    public record QuestionInput(@NotBlank @Size(max = 1000) @Schema(examples = "Bạn nên làm gì với mật khẩu tài khoản mạng xã hội?", required = true) String text,
                                @NotNull @Size(min = 2, max = 6) @Schema(examples = "[\"Chia sẻ cho bạn thân\", \"Không chia sẻ với ai\", \"Viết ra giấy dán lên bàn\", \"Đăng lên mạng xã hội\"]", required = true) List<@NotBlank @Size(max = 300) String> options,
                                @NotNull @Min(0) @Max(5) @Schema(examples = "1", required = true) Integer correctIndex,
                                @Schema(examples = "Không chia sẻ mật khẩu với bất kỳ ai, kể cả bạn thân.") @Size(max = 2000) String explanation) {
    }

    @Schema(name = "QuizQuestion")
    public record QuestionView(@Schema(examples = "42", required = true) long id, @Schema(examples = "Bạn nên làm gì với mật khẩu tài khoản mạng xã hội?", required = true) String text, @Schema(examples = "[\"Chia sẻ cho bạn thân\", \"Không chia sẻ với ai\", \"Viết ra giấy dán lên bàn\", \"Đăng lên mạng xã hội\"]", required = true) List<String> options,
                               @Schema(examples = "1", required = true) int correctIndex, @Schema(examples = "Không chia sẻ mật khẩu với bất kỳ ai, kể cả bạn thân.") String explanation) {
        static QuestionView of(QuizQuestion q) {
            return new QuestionView(q.id, q.text, q.options(), q.correctIndex, q.explanation);
        }
    }

    @Schema(name = "QuizInput")
    public record QuizInput(@NotBlank @Size(max = 300) @Schema(examples = "Đố vui an toàn trên mạng", required = true) String title,
                            @NotNull @Size(min = 1, max = 50) @Schema(examples = "[31, 32, 33]", required = true) List<@NotNull Long> questionIds) {
    }

    @Schema(name = "Quiz")
    public record QuizView(@Schema(examples = "42", required = true) long id, @Schema(required = true, description = "the opaque id public pages and links use (not the database id)", examples = "3f9a0c2b7e1d4a5c") String publicId, @Schema(examples = "3", required = true) long campaignId, @Schema(examples = "Đố vui an toàn trên mạng", required = true) String title,
                           @Schema(examples = "[31, 32, 33]", required = true) List<Long> questionIds, @Schema(required = true) OffsetDateTime createdAt) {
        static QuizView of(Quiz q) {
            return new QuizView(q.id, q.publicId, q.campaignId, q.title, q.questionIds(), q.createdAt);
        }
    }

    @Schema(name = "PublicQuiz")
    public record PublicQuiz(@Schema(examples = "q9Bm4TzK7sE2", required = true, description = "the quiz's public id") String id, @Schema(examples = "Đố vui an toàn trên mạng", required = true) String title,
                             @Schema(examples = "Chiến dịch “Không một mình” năm 2025", required = true) String campaignName, @Schema(required = true) List<PublicQuestion> questions) {
    }

    @Schema(name = "PublicQuestion")
    public record PublicQuestion(@Schema(examples = "42", required = true) long id, @Schema(examples = "Bạn nên làm gì với mật khẩu tài khoản mạng xã hội?", required = true) String text,
                                 @Schema(examples = "[\"Chia sẻ cho bạn thân\", \"Không chia sẻ với ai\", \"Viết ra giấy dán lên bàn\", \"Đăng lên mạng xã hội\"]", required = true) List<String> options) {
    }

    @Schema(name = "QuizAnswer")
    public record Answer(@NotNull @Schema(examples = "31", required = true) Long questionId, @NotNull @Min(0) @Max(9) @Schema(examples = "2", required = true) Integer choice) {
    }

    @Schema(name = "QuizAttemptRequest")
    public record AttemptRequest(
            @Schema(examples = "THPT-CVL") @Size(max = 64) @Pattern(regexp = PublicDtos.UNIT_CODE, message = "{vn.safeonline.unitCode}") String unitCode,
            @NotBlank @Size(max = 64) @Pattern(regexp = PublicDtos.DEVICE_ID, message = "{vn.safeonline.deviceId}") @Schema(examples = "8d3c1f0a-5b2e-4e7a-9c61-2f4d8b7a9e10", required = true) String deviceId,
            @NotNull @Size(min = 1, max = 100) @Schema(required = true) List<@Valid @NotNull Answer> answers,
            @Schema(description = "who plays (the page asks)") vn.safeonline.publicpage.PublicAudience audience) {
    }

    @Schema(name = "QuizAnswerResult")
    public record AnswerResult(@Schema(examples = "31", required = true) long questionId, @Schema(required = true) boolean correct,
                               @Schema(examples = "1", required = true) int correctIndex, @Schema(examples = "Không chia sẻ mật khẩu với bất kỳ ai, kể cả bạn thân.") String explanation) {
    }

    @Schema(name = "QuizAttemptResult")
    public record AttemptResult(@Schema(examples = "8", required = true) int score, @Schema(examples = "10", required = true) int total,
                                @Schema(required = true, description = "false when this device already played this quiz: the result is not counted again") boolean counted,
                                @Schema(required = true) List<AnswerResult> answers) {
    }

    @Schema(name = "QuizUnitResult")
    public record UnitResult(OrgRef unit, @Schema(examples = "1240", required = true) long participants, @Schema(examples = "7.85", required = true) BigDecimal averageScore,
                             @Schema(examples = "78.5", required = true) BigDecimal averagePercent) {
    }

    @Schema(name = "QuizResults")
    public record Results(@Schema(examples = "4", required = true) long quizId, @Schema(examples = "Đố vui an toàn trên mạng", required = true) String title, @Schema(examples = "1240", required = true) long participants,
                          @Schema(required = true) List<UnitResult> items) {
    }
}
