package vn.safeonline.task;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.safeonline.org.OrgRef;

/** The shapes of tasks and progress reports on the wire. */
public final class TaskDtos {
    private TaskDtos() {
    }

    @Schema(name = "Target", description = "A measurable target: a count, or a percentage of a scope")
    public record Target(
            @NotNull @Schema(required = true) TargetKind kind,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("999999999") @Digits(integer = 12, fraction = 2)
            @Schema(required = true, examples = "100") BigDecimal value,
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "trường học") String unit,
            @Size(max = 300) @Schema(examples = "các trường học trên địa bàn thành phố") String scope) {
    }

    @Schema(name = "TaskInput")
    public record TaskInput(
            @Size(max = 20) @Schema(examples = "III.2") String label,
            @NotNull @Schema(examples = "12", required = true) Long leadOrganizationId,
            @Schema(examples = "[12, 15]") @Size(max = 50) List<@NotNull Long> cooperatingOrganizationIds,
            @NotBlank @Size(max = 10000) @Schema(examples = "Em hứa không chia sẻ thông tin cá nhân trên mạng", required = true) String text,
            LocalDate dueDate,
            @Valid Target target) {
    }

    @Schema(name = "TaskPermissions")
    public record TaskPermissions(@Schema(required = true) boolean canEdit,
                                  @Schema(required = true, description = "the caller's organisation leads the task and may report its progress (sets the task's figure and status)") boolean canReport,
                                  @Schema(required = true, description = "the caller's organisation cooperates on the task and may report its contribution "
                                          + "(shown in the task's history and the official report; it does not change the task's figure or status)") boolean canContribute) {
    }

    @Schema(name = "Task")
    public record TaskView(
            @Schema(examples = "42", required = true) long id,
            @Schema(examples = "120", required = true) long planId,
            @Schema(required = true, examples = "120/KH-UBND") String planReference,
            @Schema(examples = "Kế hoạch tổ chức Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng", required = true) String planTitle,
            @Schema(examples = "Tổ chức tuyên truyền trong trường học") String label,
            @Schema(required = true) OrgRef leadOrganization,
            @Schema(required = true) List<OrgRef> cooperatingOrganizations,
            @Schema(examples = "Em hứa không chia sẻ thông tin cá nhân trên mạng", required = true) String text,
            LocalDate dueDate,
            Target target,
            @Schema(required = true) TaskStatus status,
            @Schema(examples = "112.0") BigDecimal reachedValue,
            @Schema(examples = "75.0", required = true, description = "0–100") BigDecimal percentReached,
            LocalDate lastReportDate,
            @Schema(examples = "3", required = true, description = "the lead agency's reports (cooperating agencies' contributions are not counted)") long reportCount,
            @Schema(examples = "3", required = true) int version,
            @Schema(required = true) TaskPermissions permissions,
            @Schema(required = true, description = "the figure and status come from the campaign targets that measure the task "
                    + "(percent: the lowest target's value; done when every target is reached), not from typed reports") boolean measuredByTargets,
            @Schema(description = "the day the task was done (its last target reached, or the report that completed it)") LocalDate doneDate,
            @Schema(description = "when the task or its progress last changed (the cursor for updatedSince)") OffsetDateTime updatedAt) {
    }

    @Schema(name = "ProgressReportInput")
    public record ProgressReportInput(
            @NotNull @Schema(required = true, examples = "2025-11-20") LocalDate reportDate,
            @DecimalMin("0") @DecimalMax("999999999") @Digits(integer = 12, fraction = 2)
            @Schema(description = "the figure reached to date, in the target's unit (a contribution: the cooperating agency's own figure)", examples = "143") BigDecimal value,
            @Schema(description = "the task is complete (the lead agency only; a contribution cannot complete the task)") boolean done,
            @NotBlank @Size(max = 5000) @Schema(required = true, examples = "143/150 trường đã đăng bài hưởng ứng") String text,
            @Schema(examples = "[\"https://sogddt.cantho.gov.vn/tin-tuc/ngay-hoi-an-toan-so\"]") @Size(max = 20) List<@NotBlank @Size(max = 2000) @Pattern(regexp = "^https?://[^\\s<>\"]+$", message = "{vn.safeonline.url}") String> evidenceLinks) {
    }

    @Schema(name = "UserRef")
    public record UserRef(@Schema(examples = "42", required = true) long id, @Schema(examples = "Trần Thị Thu", required = true) String fullName) {
    }

    @Schema(name = "ProgressReport", description = "A lead agency's report, or a cooperating agency's contribution (contribution: true)")
    public record ProgressReportView(
            @Schema(examples = "42", required = true) long id,
            @Schema(examples = "310", required = true) long taskId,
            @Schema(required = true) LocalDate reportDate,
            @Schema(examples = "112.0") BigDecimal value,
            @Schema(required = true) boolean done,
            @Schema(examples = "Em hứa không chia sẻ thông tin cá nhân trên mạng", required = true) String text,
            @Schema(examples = "[\"https://sogddt.cantho.gov.vn/tin-tuc/ngay-hoi-an-toan-so\"]", required = true) List<String> evidenceLinks,
            @Schema(required = true) UserRef reportedBy,
            @Schema(required = true, description = "the organisation that reported") OrgRef organization,
            @Schema(required = true, description = "a cooperating agency's contribution: its own figure and text, not the task's") boolean contribution,
            @Schema(required = true) OffsetDateTime createdAt) {

        static ProgressReportView of(ProgressReport r) {
            return new ProgressReportView(r.id, r.task.id, r.reportDate, vn.safeonline.common.Num.plain(r.value), r.done, r.text, r.evidenceLinks(),
                    new UserRef(r.reportedBy.id, r.reportedBy.fullName), OrgRef.of(r.organization), r.contribution, r.createdAt);
        }
    }
}
