package vn.safeonline.quota;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.safeonline.org.OrgRef;

/** The shapes of categories, quotas and the quota matrix on the wire. */
public final class QuotaDtos {
    private QuotaDtos() {
    }

    @Schema(name = "InviteeCategory")
    public record CategoryView(@Schema(required = true) long id, @Schema(required = true, examples = "STUDENT") String code,
                               @Schema(required = true, examples = "Học sinh, trẻ em") String name,
                               @Schema(required = true, description = "its people are children: personal fields are protected") boolean minors,
                               @Schema(required = true) int protocolRank, Long planId) {
        public static CategoryView of(InviteeCategory c) {
            return new CategoryView(c.id, c.code, c.name, c.minors, c.protocolRank, c.planId);
        }
    }

    @Schema(name = "InviteeCategoryInput")
    public record CategoryInput(
            @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Z][A-Z0-9_]*$", message = "{vn.safeonline.quotaCode}")
            @Schema(required = true, examples = "ARTIST") String code,
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Nghệ sĩ") String name,
            boolean minors,
            @Min(0) @Max(1000) Integer protocolRank) {
    }

    @Schema(name = "QuotaInput")
    public record QuotaInput(
            @NotNull @Schema(required = true, description = "the organisation that invites") Long ownerOrganizationId,
            @NotNull @Schema(required = true) Long categoryId,
            @Min(1) @Max(100000) @Schema(description = "none: as many as needed", examples = "20") Integer count,
            @NotNull @Schema(required = true, examples = "2026-05-28T23:59:59+07:00") OffsetDateTime deadline,
            @Schema(description = "who receives the list; default the plan's standing agency") Long receivingOrganizationId,
            @Size(max = 1000) String note) {
    }

    @Schema(name = "QuotaExtension")
    public record ExtensionInput(@NotNull @Schema(required = true, examples = "2026-05-29T07:00:00+07:00") OffsetDateTime until) {
    }

    @Schema(name = "Quota")
    public record QuotaView(@Schema(required = true) long id, @Schema(required = true) long eventId,
                            @Schema(required = true) OrgRef owner, @Schema(required = true) CategoryView category,
                            Integer count, @Schema(required = true) OffsetDateTime deadline, OffsetDateTime extendedUntil,
                            @Schema(required = true) OrgRef receiver, String note,
                            @Schema(required = true, description = "attendees holding a place (submitted or confirmed)") long filled,
                            @Schema(required = true, description = "past its (extended) deadline: no more submissions") boolean locked,
                            @Schema(required = true) int version,
                            @Schema(required = true, description = "the caller may submit attendees") boolean canSubmit) {
    }

    @Schema(name = "QuotaCell")
    public record Cell(@Schema(required = true) long quotaId, Integer quota, @Schema(required = true) long submitted,
                       @Schema(required = true) long confirmed, @Schema(required = true) long declined,
                       @Schema(required = true) long checkedIn, @Schema(required = true) boolean locked) {
    }

    @Schema(name = "QuotaMatrixRow")
    public record Row(@Schema(required = true) OrgRef organization,
                      @Schema(required = true, description = "by category id; absent where the organisation has no quota") java.util.Map<String, Cell> cells,
                      @Schema(required = true) Totals totals) {
    }

    @Schema(name = "QuotaTotals")
    public record Totals(@Schema(required = true, description = "sum of the numbered quotas") long quota,
                         @Schema(required = true) long submitted, @Schema(required = true) long confirmed,
                         @Schema(required = true) long declined, @Schema(required = true) long checkedIn) {
    }

    @Schema(name = "QuotaMatrix")
    public record Matrix(@Schema(required = true) long eventId, Integer expectedAttendance,
                         @Schema(required = true) List<CategoryView> categories, @Schema(required = true) List<Row> rows,
                         @Schema(required = true, description = "by category id") java.util.Map<String, Totals> columnTotals,
                         @Schema(required = true) Totals total) {
    }
}
