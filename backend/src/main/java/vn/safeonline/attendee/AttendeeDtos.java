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
            @Size(max = 254) @Email String email,
            @Schema(description = "seat at this venue; default the main venue") Long venueId,
            @Size(max = 300) String school,
            @Size(max = 20) @Schema(examples = "10A1") String grade,
            @Size(max = 200) String guardianName,
            @Size(max = 30) @Pattern(regexp = "^\\+?[0-9 .()-]{8,20}$", message = "{vn.safeonline.phone}") String guardianPhone,
            Boolean difficultCircumstances) {
    }

    @Schema(name = "Attendee")
    public record AttendeeView(
            @Schema(required = true) long id, @Schema(required = true) long quotaId, @Schema(required = true) long eventId,
            @Schema(required = true) OrgRef organization, @Schema(required = true) CategoryView category,
            @Schema(required = true) String fullName, String position, String unit,
            @Schema(description = "masked for minors unless the caller's organisation submitted or receives the list") String phone,
            String email, Long venueId, String venueName,
            String school, String grade, String guardianName, String guardianPhone, Boolean difficultCircumstances,
            @Schema(required = true, description = "personal fields are hidden from this caller") boolean personalDataMasked,
            @Schema(required = true) AttendeeStatus status,
            @Schema(description = "the first other active attendee of the event with the same phone, or the same name and unit, "
                    + "whom the organisers have not decided to keep both of (both rows of a pair carry it)") Long duplicateOfId,
            Long replacesId, OffsetDateTime checkedInAt,
            @Schema(required = true) OffsetDateTime createdAt, @Schema(required = true) int version,
            @Schema(required = true, description = "every pair this attendee is in, and whether the organisers keep both") List<DuplicateRef> duplicates,
            @Schema(description = "when the row last changed (the cursor for updatedSince)") OffsetDateTime updatedAt,
            @Schema(description = "the code printed under the QR on the card, typed at the door when the QR cannot be read "
                    + "(absent once the delegate is cancelled, declined or replaced)", examples = "K7M-4QX-9TV", maxLength = 11) String shortCode) {
    }

    @Schema(name = "DuplicateRef", description = "another active attendee of the event with the same phone, or the same name and unit")
    public record DuplicateRef(@Schema(required = true) long attendeeId, @Schema(required = true) boolean keptBoth) {
    }

    @Schema(name = "AttendeeStatusChange")
    public record StatusChange(@Size(max = 500) String reason) {
    }
}
