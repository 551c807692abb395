package vn.safeonline.participation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the public pages (no account) send and receive: display names and unit codes, nothing personal. */
public final class PublicDtos {
    private PublicDtos() {
    }

    public static final String UNIT_CODE = "^[A-Za-z0-9._-]{1,64}$";
    public static final String DEVICE_ID = "^[A-Za-z0-9-]{16,64}$";

    @Schema(name = "PublicCampaign")
    public record PublicCampaign(@Schema(required = true) long id, @Schema(required = true) String name,
                                 @Schema(required = true) List<String> slogans, @Schema(required = true) List<String> hashtags,
                                 @Schema(required = true) LocalDate startsOn, @Schema(required = true) LocalDate endsOn,
                                 @Schema(required = true) List<String> keyMessages, @Schema(required = true) boolean hasFrame,
                                 @Schema(required = true) List<String> pledgeTemplates) {
    }

    @Schema(name = "PublicUnit")
    public record PublicUnit(@Schema(required = true) String code, @Schema(required = true) String name) {
    }

    @Schema(name = "AdoptionRequest")
    public record AdoptionRequest(
            @Size(max = 64) @Pattern(regexp = UNIT_CODE, message = "mã đơn vị không hợp lệ") @Schema(examples = "THPT-CVL") String unitCode,
            @NotBlank @Pattern(regexp = DEVICE_ID, message = "mã thiết bị không hợp lệ")
            @Schema(required = true, description = "a random id the page keeps in the browser; stored only as a keyed hash") String deviceId) {
    }

    @Schema(name = "AdoptionResult")
    public record AdoptionResult(@Schema(required = true, description = "false when this device was already counted") boolean counted) {
    }

    @Schema(name = "PledgeRequest")
    public record PledgeRequest(
            @NotBlank @Size(max = 60) @Schema(required = true, examples = "Minh An") String displayName,
            @Size(max = 64) @Pattern(regexp = UNIT_CODE, message = "mã đơn vị không hợp lệ") String unitCode,
            @Min(0) @Max(19) @Schema(description = "one of the campaign's pledge templates") Integer templateIndex,
            @Size(max = 280) @Schema(description = "a pledge of one's own, when no template is chosen") String text) {
    }

    public enum PledgeStatus { PENDING, HELD, APPROVED, REJECTED }

    @Schema(name = "PledgeReceipt")
    public record PledgeReceipt(@Schema(required = true) PledgeStatus status, @Schema(required = true) String message) {
    }

    @Schema(name = "WallPledge")
    public record WallPledge(@Schema(required = true) long id, @Schema(required = true) String displayName, String unitName,
                             @Schema(required = true) String text, @Schema(required = true) OffsetDateTime approvedAt) {
    }

    @Schema(name = "Wall")
    public record Wall(@Schema(required = true, description = "approved pledges in all") long total, @Schema(required = true) int page,
                       @Schema(required = true) int size, @Schema(required = true) List<WallPledge> items) {
    }

    @Schema(name = "PublicQuiz")
    public record PublicQuiz(@Schema(required = true) long id, @Schema(required = true) String title,
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
            @Size(max = 64) @Pattern(regexp = UNIT_CODE, message = "mã đơn vị không hợp lệ") String unitCode,
            @NotBlank @Pattern(regexp = DEVICE_ID, message = "mã thiết bị không hợp lệ") @Schema(required = true) String deviceId,
            @NotNull @Size(min = 1, max = 100) @Schema(required = true) List<@Valid @NotNull Answer> answers) {
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
}
