package vn.safeonline.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class RetentionDtos {
    private RetentionDtos() {
    }

    @Schema(name = "PlanRetention", description = "How long the plan keeps children's personal data after it closes")
    public record RetentionView(
            @Schema(examples = "120", required = true) long planId,
            @Schema(required = true, description = "days kept after the plan closes", examples = "90") int retentionDays,
            @Schema(description = "the day the plan closes: the last of its end date, campaigns, events and contests, or the day it was"
                    + " closed or cancelled if earlier; null while none is known") LocalDate closesOn,
            @Schema(description = "the last day children's personal data are kept; anonymised from the next day") LocalDate retainedUntil,
            @Schema(required = true, description = "true once retainedUntil is before today") boolean expired,
            @Schema(required = true, description = "whether the caller may change the period") boolean canEdit,
            @Schema(examples = "3", required = true) int version) {
    }

    @Schema(name = "PlanRetentionInput")
    public record RetentionInput(
            @NotNull @Min(1) @Max(3650) @Schema(required = true, minimum = "1", maximum = "3650", examples = "90") Integer retentionDays) {
    }
}
