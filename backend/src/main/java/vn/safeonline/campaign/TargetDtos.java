package vn.safeonline.campaign;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.safeonline.org.OrgRef;
import vn.safeonline.org.OrganizationType;

/** Targets and their computed figures on the wire. */
public final class TargetDtos {
    private TargetDtos() {
    }

    @Schema(name = "CampaignTargetInput")
    public record TargetInput(
            @Schema(examples = "310", description = "the plan's task this target measures") Long taskId,
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "100% trường học đăng bài hưởng ứng kèm hashtag") String name,
            @NotNull @Schema(required = true) IndicatorKind kind,
            @Schema(description = "the activity counted (UNITS_WITH_ACTIVITY, PARTICIPATION)") ActivityType activityType,
            @Schema(description = "whose headcount is the denominator (FRAME_ADOPTION, PARTICIPATION); default everyone") Audience audience,
            @Size(max = 20) @Schema(description = "the kinds of units in scope, e.g. every school and education institution "
                    + "[SCHOOL_PRIMARY, SCHOOL_LOWER_SECONDARY, SCHOOL_UPPER_SECONDARY, COLLEGE, UNIVERSITY]; empty: every unit of the campaign")
            List<@NotNull OrganizationType> unitTypes,
            @Schema(description = "window start; default the campaign's start") LocalDate from,
            @Schema(description = "window end; default the campaign's end") LocalDate to,
            @Schema(examples = "1") @Min(1) @Max(1000) Integer minReports,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Schema(examples = "100") BigDecimal goalPercent) {
    }

    @Schema(name = "CampaignTarget")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record TargetView(@Schema(examples = "42", required = true) long id, @Schema(examples = "3", required = true) long campaignId, @Schema(examples = "310") Long taskId,
                             @Schema(examples = "Tỷ lệ trường tổ chức chuyên đề", required = true) String name, @Schema(required = true) IndicatorKind kind, ActivityType activityType,
                             Audience audience, @Schema(required = true, description = "empty: every unit of the campaign") List<OrganizationType> unitTypes,
                             @Schema(required = true) LocalDate from,
                             @Schema(required = true) LocalDate to, @Schema(examples = "1", required = true) int minReports,
                             @Schema(examples = "80.0", required = true) BigDecimal goalPercent) {
    }

    @Schema(name = "Indicator", description = "a target's computed value over the units the caller may see")
    public record Indicator(@Schema(examples = "21", required = true) long targetId, @Schema(examples = "Tỷ lệ trường tổ chức chuyên đề", required = true) String name, @Schema(examples = "310") Long taskId,
                            @Schema(required = true) IndicatorKind kind, @Schema(examples = "80.0", required = true) BigDecimal goalPercent,
                            @Schema(examples = "112.0", required = true, description = "percent, 0–100, one decimal") BigDecimal value,
                            @Schema(examples = "112", required = true) long numerator, @Schema(examples = "140", required = true) long denominator,
                            @Schema(examples = "140", required = true) int unitsInScope, @Schema(examples = "112", required = true) int unitsReached,
                            @Schema(examples = "28", required = true) int unitsNotReported, @Schema(required = true) boolean reached) {
    }

    @Schema(name = "IndicatorList")
    public record Indicators(@Schema(examples = "3", required = true) long campaignId, @Schema(required = true) List<Indicator> items,
                             @Schema(required = true, description = "over every unit of the campaign; false: over the caller's own units") boolean campaignWide) {
    }

    public enum UnitStatus { REACHED, NOT_REACHED, NOT_REPORTED }

    @Schema(name = "UnitFigure", description = "one unit's figure for a target")
    public record UnitFigure(@Schema(required = true) OrgRef organization, @Schema(examples = "112.0", required = true) BigDecimal value,
                             @Schema(examples = "112", required = true) long numerator, @Schema(examples = "140", required = true) long denominator,
                             @Schema(required = true) UnitStatus status, @Schema(examples = "5", required = true) long reports, LocalDate lastReportOn) {
    }

    @Schema(name = "WeekPoint")
    public record WeekPoint(@Schema(required = true) LocalDate weekStart, @Schema(required = true) LocalDate weekEnd,
                            @Schema(examples = "112.0", required = true) BigDecimal value, @Schema(examples = "112", required = true) int unitsReached) {
    }

    @Schema(name = "WeeklySeries")
    public record Weekly(@Schema(examples = "21", required = true) long targetId, @Schema(examples = "80.0", required = true) BigDecimal goalPercent,
                         @Schema(required = true) List<WeekPoint> weeks) {
    }
}
