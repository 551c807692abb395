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
    public record CategoryView(@Schema(examples = "42", required = true) long id, @Schema(required = true, examples = "STUDENT") String code,
                               @Schema(required = true, examples = "Học sinh, trẻ em") String name,
                               @Schema(required = true, description = "its people are children: personal fields are protected") boolean minors,
                               @Schema(examples = "1", required = true) int protocolRank, @Schema(examples = "120") Long planId) {
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
            @Schema(examples = "1") @Min(0) @Max(1000) Integer protocolRank) {
    }

    @Schema(name = "QuotaInput")
    public record QuotaInput(
            @NotNull @Schema(examples = "12", required = true, description = "the organisation that invites") Long ownerOrganizationId,
            @NotNull @Schema(examples = "4", required = true) Long categoryId,
            @Min(1) @Max(100000) @Schema(description = "none: as many as needed", examples = "20") Integer count,
            @NotNull @Schema(required = true, examples = "2026-05-28T23:59:59+07:00") OffsetDateTime deadline,
            @Schema(examples = "2", description = "who receives the list; default the plan's standing agency") Long receivingOrganizationId,
            @Schema(examples = "Ưu tiên học sinh đạt giải cuộc thi vẽ tranh") @Size(max = 1000) String note) {
    }

    @Schema(name = "QuotaExtension")
    public record ExtensionInput(@NotNull @Schema(required = true, examples = "2026-05-29T07:00:00+07:00") OffsetDateTime until) {
    }

    @Schema(name = "Quota")
    public record QuotaView(@Schema(examples = "42", required = true) long id, @Schema(examples = "7", required = true) long eventId,
                            @Schema(required = true) OrgRef owner, @Schema(required = true) CategoryView category,
                            @Schema(examples = "20") Integer count, @Schema(required = true) OffsetDateTime deadline, OffsetDateTime extendedUntil,
                            @Schema(required = true) OrgRef receiver, @Schema(examples = "Ưu tiên học sinh đạt giải cuộc thi vẽ tranh") String note,
                            @Schema(examples = "18", required = true, description = "attendees holding a place (submitted or confirmed)") long filled,
                            @Schema(required = true, description = "past its (extended) deadline: no more submissions") boolean locked,
                            @Schema(examples = "3", required = true) int version,
                            @Schema(required = true, description = "the caller may submit attendees") boolean canSubmit) {
    }

    @Schema(name = "QuotaCell")
    public record Cell(@Schema(examples = "77", required = true) long quotaId, @Schema(examples = "20") Integer quota, @Schema(examples = "18", required = true) long submitted,
                       @Schema(examples = "240", required = true) long confirmed, @Schema(examples = "6", required = true) long declined,
                       @Schema(examples = "412", required = true) long checkedIn, @Schema(required = true) boolean locked,
                       @Schema(required = true, description = "FULL; OPEN or PARTIAL while open; OVERDUE (nothing sent) or LOCKED (partial) past the deadline") Quota.FillState state,
                       @Schema(required = true, description = "counted in the matrix's toUrge: numbered, not filled, still open") boolean toUrge,
                       @Schema(required = true, description = "the (extended) deadline has passed") OffsetDateTime deadline) {
    }

    @Schema(name = "QuotaMatrixRow")
    public record Row(@Schema(required = true) OrgRef organization,
                      @Schema(examples = "{\"4\": {\"quotaId\": 77, \"quota\": 20, \"submitted\": 18, \"confirmed\": 15, \"declined\": 1, \"checkedIn\": 0}}", required = true, description = "by category id; absent where the organisation has no quota") java.util.Map<String, Cell> cells,
                      @Schema(required = true) Totals totals) {
    }

    @Schema(name = "QuotaTotals")
    public record Totals(@Schema(examples = "300", required = true, description = "sum of the numbered quotas") long quota,
                         @Schema(examples = "262", required = true) long submitted, @Schema(examples = "240", required = true) long confirmed,
                         @Schema(examples = "6", required = true) long declined, @Schema(examples = "412", required = true) long checkedIn) {
    }

    @Schema(name = "QuotaMatrix")
    public record Matrix(@Schema(examples = "7", required = true) long eventId, @Schema(examples = "500") Integer expectedAttendance,
                         @Schema(required = true) List<CategoryView> categories, @Schema(required = true) List<Row> rows,
                         @Schema(examples = "{\"4\": {\"quota\": 300, \"submitted\": 262, \"confirmed\": 240, \"declined\": 6, \"checkedIn\": 0}}", required = true, description = "by category id") java.util.Map<String, Totals> columnTotals,
                         @Schema(required = true) Totals total,
                         @Schema(required = true, description = "organisations with a numbered quota not filled and still open: the ones a reminder goes to") List<OrgRef> toUrge,
                         @Schema(required = true, description = "organisations with a quota past its deadline and not complete: a reminder cannot help them, an extension can") List<OrgRef> pastDeadline) {
    }

    /** A quota still to fill, with what it has: the reminders and the homes use it. */
    public record Lagging(Quota quota, long filled) {
    }
}
