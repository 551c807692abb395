package vn.safeonline.attendee;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.safeonline.org.OrgRef;
import vn.safeonline.quota.QuotaDtos.CategoryView;

/** The shapes of attendees on the wire. */
public final class AttendeeDtos {
    private AttendeeDtos() {
    }

    @Schema(name = "AttendeeInput", description = "A delegate. For students (a category of minors) school and grade are required.")
    public record AttendeeInput(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Nguyễn Văn An") String fullName,
            @Size(max = 300) @Schema(examples = "Hiệu trưởng") String position,
            @Size(max = 300) @Schema(examples = "Trường THPT Châu Văn Liêm") String unit,
            @Size(max = 30) @Pattern(regexp = "^\\+?[0-9 .()-]{8,20}$", message = "{vn.safeonline.phone}") @Schema(examples = "0939.949.749") String phone,
            @Schema(examples = "phuhuynh.an@example.vn") @Size(max = 254) @Email String email,
            @Schema(examples = "8", description = "seat at this venue; default the main venue") Long venueId,
            @Schema(examples = "Trường THPT Châu Văn Liêm") @Size(max = 300) String school,
            @Size(max = 20) @Schema(examples = "10A1") String grade,
            @Schema(examples = "Nguyễn Văn Bình") @Size(max = 200) String guardianName,
            @Schema(examples = "0939.949.749") @Size(max = 30) @Pattern(regexp = "^\\+?[0-9 .()-]{8,20}$", message = "{vn.safeonline.phone}") String guardianPhone,
            Boolean difficultCircumstances) {
    }

    @Schema(name = "Attendee")
    public record AttendeeView(
            @Schema(examples = "42", required = true) long id, @Schema(examples = "77", required = true) long quotaId, @Schema(examples = "7", required = true) long eventId,
            @Schema(required = true) OrgRef organization, @Schema(required = true) CategoryView category,
            @Schema(examples = "Nguyễn Thị Lan", required = true) String fullName, @Schema(examples = "Phó Giám đốc") String position, @Schema(examples = "Trường THPT Châu Văn Liêm") String unit,
            @Schema(examples = "0939.949.749", description = "masked for minors unless the caller's organisation submitted or receives the list") String phone,
            @Schema(examples = "phuhuynh.an@example.vn") String email, @Schema(examples = "8") Long venueId, @Schema(examples = "Hội trường UBND thành phố") String venueName,
            @Schema(examples = "Trường THPT Châu Văn Liêm") String school, @Schema(examples = "10A1") String grade, @Schema(examples = "Nguyễn Văn Bình") String guardianName, @Schema(examples = "0939.949.749") String guardianPhone, Boolean difficultCircumstances,
            @Schema(required = true, description = "personal fields are hidden from this caller") boolean personalDataMasked,
            @Schema(required = true) AttendeeStatus status,
            @Schema(examples = "5288", description = "the first other active attendee of the event with the same phone, or the same name and unit, "
                    + "whom the organisers have not decided to keep both of (both rows of a pair carry it)") Long duplicateOfId,
            @Schema(examples = "5288") Long replacesId, OffsetDateTime checkedInAt,
            @Schema(required = true) OffsetDateTime createdAt, @Schema(examples = "3", required = true) int version,
            @Schema(required = true, description = "every pair this attendee is in, and whether the organisers keep both") List<DuplicateRef> duplicates,
            @Schema(description = "when the row last changed (the cursor for updatedSince)") OffsetDateTime updatedAt,
            @Schema(description = "the code printed under the QR on the card, typed at the door when the QR cannot be read "
                    + "(absent once the delegate is cancelled, declined or replaced)", examples = "K7M-4QX-9TV", maxLength = 11) String shortCode) {
    }

    @Schema(name = "DuplicateRef", description = "another active attendee of the event with the same phone, or the same name and unit")
    public record DuplicateRef(@Schema(examples = "5301", required = true) long attendeeId, @Schema(required = true) boolean keptBoth) {
    }

    @Schema(name = "AttendeeStatusChange")
    public record StatusChange(@Schema(examples = "Đại biểu bận công tác đột xuất") @Size(max = 500) String reason) {
    }
}
