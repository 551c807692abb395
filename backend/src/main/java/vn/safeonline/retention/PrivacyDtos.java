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
            @Schema(examples = "42", required = true) long id,
            @Schema(examples = "Nguyễn Thị Lan", required = true, description = "the name on the record (a delegate's or pupil's name, a pledge's display name)") String name,
            @Schema(examples = "Kế hoạch 135/KH-UBND — Lễ phát động", required = true, description = "where it is: the event, the contest or the campaign") String context,
            @Schema(examples = "Trường THPT Châu Văn Liêm") String school,
            @Schema(examples = "10A1") String grade,
            @Schema(examples = "5301", description = "a contest entry's receipt code") String reference,
            OffsetDateTime createdAt) {
    }

    @Schema(name = "PersonalAttendee")
    public record AttendeeData(
            @Schema(examples = "42", required = true) long id, @Schema(examples = "7", required = true) long eventId, @Schema(examples = "Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng", required = true) String event,
            @Schema(examples = "Học sinh", required = true) String category, @Schema(required = true) boolean minor, @Schema(examples = "Nguyễn Thị Lan", required = true) String fullName,
            @Schema(examples = "Phó Giám đốc") String position, @Schema(examples = "Trường THPT Châu Văn Liêm") String unit, @Schema(examples = "0939.949.749") String phone, @Schema(examples = "phuhuynh.an@example.vn") String email, @Schema(examples = "Trường THPT Châu Văn Liêm") String school, @Schema(examples = "10A1") String grade, @Schema(examples = "Nguyễn Văn Bình") String guardianName,
            @Schema(examples = "0939.949.749") String guardianPhone, Boolean difficultCircumstances, @Schema(required = true) AttendeeStatus status, @Schema(examples = "Hội trường UBND thành phố") String venue,
            OffsetDateTime checkedInAt, OffsetDateTime createdAt, OffsetDateTime anonymisedAt) {
    }

    @Schema(name = "PersonalImportRow", description = "A spreadsheet row kept from an import that holds the person")
    public record ImportRowData(@Schema(examples = "15", required = true) long jobId, @Schema(examples = "7", required = true) int rowNumber,
                                @Schema(examples = "danh-sach-hoc-sinh.xlsx", required = true) String fileName, OffsetDateTime importedAt, @Schema(examples = "VALID", required = true) String status,
                                @Schema(examples = "{\"Họ và tên\": \"Nguyễn Thị Lan\", \"Chức vụ\": \"Học sinh lớp 10A1\", \"Điện thoại\": \"0939.949.749\"}", required = true) Map<String, String> values) {
    }

    @Schema(name = "PersonalContestEntry")
    public record EntryData(
            @Schema(examples = "42", required = true) long id, @Schema(examples = "VE-2025-0042", required = true) String reference, @Schema(examples = "5", required = true) long contestId,
            @Schema(examples = "Cuộc thi vẽ tranh “Em lướt mạng an toàn”", required = true) String contest, @Schema(required = true) ContestCategory category, @Schema(examples = "Trường THPT Châu Văn Liêm", required = true) String school,
            @Schema(examples = "10") Integer grade, @Schema(examples = "Em lướt mạng an toàn", required = true) String title, @Schema(examples = "/api/contest-entries/901/work") String workUrl, @Schema(examples = "Em lướt mạng an toàn: không kết bạn với người lạ, không gửi ảnh riêng tư.") String workText, @Schema(examples = "Nguyễn Thị Lan", required = true) String pupilName,
            @Schema(examples = "Nguyễn Văn Bình") String guardianName, @Schema(examples = "0939.949.749") String guardianPhone, @Schema(examples = "PUBLIC_FORM", required = true) String source, ConsentMethod consentMethod,
            OffsetDateTime consentRecordedAt, OffsetDateTime withdrawnAt, OffsetDateTime createdAt, OffsetDateTime anonymisedAt) {
    }

    @Schema(name = "PersonalPledge")
    public record PledgeData(@Schema(examples = "42", required = true) long id, @Schema(examples = "3", required = true) long campaignId, @Schema(examples = "Chiến dịch “Không một mình” năm 2025", required = true) String campaign,
                             @Schema(examples = "Minh An", required = true) String displayName, @Schema(examples = "Em hứa không chia sẻ thông tin cá nhân trên mạng", required = true) String text,
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
                                 @Schema(examples = "4", required = true) int attendees,
                                 @Schema(examples = "2", required = true) int importRows,
                                 @Schema(examples = "1", required = true) int contestEntries,
                                 @Schema(examples = "1", required = true) int pledges) {
    }
}
