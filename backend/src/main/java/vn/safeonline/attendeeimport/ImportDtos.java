package vn.safeonline.attendeeimport;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of spreadsheet imports on the wire. */
public final class ImportDtos {
    private ImportDtos() {
    }

    @Schema(name = "ImportJob")
    public record ImportJobView(@Schema(examples = "42", required = true) long id, @Schema(examples = "77", required = true) long quotaId,
                                @Schema(examples = "danh-sach-dai-bieu-sogddt.xlsx", required = true) String fileName, @Schema(required = true) ImportJob.Status status,
                                @Schema(examples = "120", description = "rows in the file, known once counted") Integer totalRows,
                                @Schema(examples = "120", required = true) int processedRows, @Schema(examples = "115", required = true) int validRows,
                                @Schema(examples = "3", required = true) int invalidRows, @Schema(examples = "2", required = true) int duplicateRows,
                                @Schema(examples = "1", required = true) int overQuotaRows, @Schema(examples = "118") Integer createdCount,
                                @Schema(examples = "Tệp không đọc được: không phải .xlsx hoặc .csv", description = "why the file could not be read (FAILED)") String error,
                                @Schema(required = true) OffsetDateTime createdAt) {
        static ImportJobView of(ImportJob j) {
            return new ImportJobView(j.id, j.quotaId, j.fileName, j.status, j.totalRows, j.processedRows, j.validRows, j.invalidRows,
                    j.duplicateRows, j.overQuotaRows, j.createdCount, j.error, j.createdAt);
        }
    }

    public enum RowStatus { VALID, INVALID, DUPLICATE, OVER_QUOTA }

    @Schema(name = "ImportRow")
    public record ImportRowView(@Schema(examples = "7", required = true, description = "the row in the file (the header is row 1)") int rowNumber,
                                @Schema(required = true) RowStatus status,
                                @Schema(examples = "{\"Họ và tên\": \"Nguyễn Thị Lan\", \"Chức vụ\": \"Học sinh lớp 10A1\", \"Điện thoại\": \"0939.949.749\"}", required = true, description = "fullName, position, unit, phone, email, school, grade, guardianName, guardianPhone, difficultCircumstances")
                                Map<String, String> values,
                                @Schema(examples = "[\"Thiếu họ và tên\", \"Số điện thoại không hợp lệ\"]", required = true, description = "the reasons, in Vietnamese") List<String> messages) {
    }
}
