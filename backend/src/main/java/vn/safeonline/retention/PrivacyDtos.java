package vn.safeonline.retention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.safeonline.attendee.AttendeeStatus;
import vn.safeonline.contest.ConsentMethod;
import vn.safeonline.contest.ContestCategory;
import vn.safeonline.pledge.PledgeStatus;

/** Finding, exporting and erasing one person's data on request. */
public final class PrivacyDtos {
    private PrivacyDtos() {
    }

    /** The kinds of record that hold a person's data. */
    @Schema(name = "PersonalRecordKind")
    public enum RecordKind { ATTENDEE, CONTEST_ENTRY, PLEDGE }

    @Schema(name = "PersonalRecordRef")
    public record RecordRef(@NotNull @Schema(required = true) RecordKind kind,
                            @NotNull @Schema(required = true, examples = "4051") Long id) {
    }

    @Schema(name = "PersonalRecordsInput", description = "The records of one person, as the search found them")
    public record RecordsInput(@NotNull @Size(min = 1, max = 100) @Schema(required = true) List<@Valid @NotNull RecordRef> records) {
    }

    @Schema(name = "PersonalRecord", description = "A record that holds a person's data, held by the caller's organisation")
    public record PersonRecord(
            @Schema(required = true) RecordKind kind,
            @Schema(required = true) long id,
            @Schema(required = true, description = "the name on the record (a delegate's or pupil's name, a pledge's display name)") String name,
            @Schema(required = true, description = "where it is: the event, the contest or the campaign") String context,
            String school,
            String grade,
            @Schema(description = "a contest entry's receipt code") String reference,
            OffsetDateTime createdAt) {
    }

    @Schema(name = "PersonalAttendee")
    public record AttendeeData(
            @Schema(required = true) long id, @Schema(required = true) long eventId, @Schema(required = true) String event,
            @Schema(required = true) String category, @Schema(required = true) boolean minor, @Schema(required = true) String fullName,
            String position, String unit, String phone, String email, String school, String grade, String guardianName,
            String guardianPhone, Boolean difficultCircumstances, @Schema(required = true) AttendeeStatus status, String venue,
            OffsetDateTime checkedInAt, OffsetDateTime createdAt, OffsetDateTime anonymisedAt) {
    }

    @Schema(name = "PersonalImportRow", description = "A spreadsheet row kept from an import that holds the person")
    public record ImportRowData(@Schema(required = true) long jobId, @Schema(required = true) int rowNumber,
                                @Schema(required = true) String fileName, OffsetDateTime importedAt, @Schema(required = true) String status,
                                @Schema(required = true) Map<String, String> values) {
    }

    @Schema(name = "PersonalContestEntry")
    public record EntryData(
            @Schema(required = true) long id, @Schema(required = true) String reference, @Schema(required = true) long contestId,
            @Schema(required = true) String contest, @Schema(required = true) ContestCategory category, @Schema(required = true) String school,
            Integer grade, @Schema(required = true) String title, String workUrl, String workText, @Schema(required = true) String pupilName,
            String guardianName, String guardianPhone, @Schema(required = true) String source, ConsentMethod consentMethod,
            OffsetDateTime consentRecordedAt, OffsetDateTime withdrawnAt, OffsetDateTime createdAt, OffsetDateTime anonymisedAt) {
    }

    @Schema(name = "PersonalPledge")
    public record PledgeData(@Schema(required = true) long id, @Schema(required = true) long campaignId, @Schema(required = true) String campaign,
                             @Schema(required = true) String displayName, @Schema(required = true) String text,
                             @Schema(required = true) PledgeStatus status, OffsetDateTime createdAt, OffsetDateTime anonymisedAt) {
    }

    @Schema(name = "PersonalDataExport", description = "Everything the system holds in these records")
    public record Export(@Schema(required = true) OffsetDateTime generatedAt,
                         @Schema(required = true) List<AttendeeData> attendees,
                         @Schema(required = true) List<ImportRowData> importRows,
                         @Schema(required = true) List<EntryData> contestEntries,
                         @Schema(required = true) List<PledgeData> pledges) {
    }

    @Schema(name = "ErasureReceipt", description = "What the erasure anonymised (records already anonymised count as 0)")
    public record ErasureReceipt(@Schema(required = true) OffsetDateTime erasedAt,
                                 @Schema(required = true) List<RecordRef> records,
                                 @Schema(required = true) int attendees,
                                 @Schema(required = true) int importRows,
                                 @Schema(required = true) int contestEntries,
                                 @Schema(required = true) int pledges) {
    }
}
