package vn.safeonline.report;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The options a progress report of this plan takes when the request gives none: a form starts from them. */
@Schema(name = "ProgressReportDefaults")
public record ReportDefaults(
        @Schema(required = true, description = "today") LocalDate asOf,
        @Schema(examples = "Ủy ban nhân dân thành phố Cần Thơ", required = true, description = "empty when the issuer has no superior body on its documents") String parentBody,
        @Schema(required = true, examples = "CÔNG AN THÀNH PHỐ CẦN THƠ") String issuingBody,
        @Schema(required = true, examples = "Cần Thơ") String place,
        @Schema(examples = "120/KH-UBND", required = true, description = "blank: the văn thư registers it") String number,
        @Schema(required = true, examples = "BC-CA-TP") String symbol,
        @Schema(examples = "Kết quả triển khai chiến dịch “Không một mình” tháng 10/2025", required = true) String summary,
        @Schema(examples = "[\"Ủy ban nhân dân thành phố Cần Thơ\", \"Công an thành phố Cần Thơ\"]", required = true) List<String> addressees,
        @Schema(examples = "[\"KT. GIÁM ĐỐC\"]", required = true) List<String> signerAuthority,
        @Schema(required = true, examples = "GIÁM ĐỐC") String signerTitle,
        @Schema(examples = "Trương Cảnh Tuyên", required = true) String signerName,
        @Schema(examples = "[\"Như trên\", \"Lưu: VT\"]", required = true) List<String> recipients) {
}
