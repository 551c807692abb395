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
    public record ImportJobView(@Schema(required = true) long id, @Schema(required = true) long quotaId,
                                @Schema(required = true) String fileName, @Schema(required = true) ImportJob.Status status,
                                @Schema(description = "rows in the file, known once counted") Integer totalRows,
                                @Schema(required = true) int processedRows, @Schema(required = true) int validRows,
                                @Schema(required = true) int invalidRows, @Schema(required = true) int duplicateRows,
                                @Schema(required = true) int overQuotaRows, Integer createdCount,
                                @Schema(description = "why the file could not be read (FAILED)") String error,
                                @Schema(required = true) OffsetDateTime createdAt) {
        static ImportJobView of(ImportJob j) {
            return new ImportJobView(j.id, j.quotaId, j.fileName, j.status, j.totalRows, j.processedRows, j.validRows, j.invalidRows,
                    j.duplicateRows, j.overQuotaRows, j.createdCount, j.error, j.createdAt);
        }
    }

    public enum RowStatus { VALID, INVALID, DUPLICATE, OVER_QUOTA }

    @Schema(name = "ImportRow")
    public record ImportRowView(@Schema(required = true, description = "the row in the file (the header is row 1)") int rowNumber,
                                @Schema(required = true) RowStatus status,
                                @Schema(required = true, description = "fullName, position, unit, phone, email, school, grade, guardianName, guardianPhone, difficultCircumstances")
                                Map<String, String> values,
                                @Schema(required = true, description = "the reasons, in Vietnamese") List<String> messages) {
    }
}
