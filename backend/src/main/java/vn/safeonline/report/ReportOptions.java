package vn.safeonline.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The template bits of a progress report, each optional: what is absent comes from the plan's standing
 * agency (see {@code GET …/reports/defaults}). Police units and others have house rules of their own.
 */
@Schema(name = "ProgressReportOptions", description = "Issuing body, number, signer and recipients of the report; absent fields take the defaults")
public record ReportOptions(
        @Schema(description = "the day the figures stand at; today when absent", examples = "2025-11-23") LocalDate asOf,
        @Size(max = 200) @Schema(description = "the superior body above the issuer (upper-case, not bold); an empty string for none",
                examples = "UBND THÀNH PHỐ CẦN THƠ") String parentBody,
        @Size(max = 300) @Schema(description = "the issuing body, a line break between its lines", examples = "CÔNG AN THÀNH PHỐ CẦN THƠ") String issuingBody,
        @Size(max = 100) @Schema(description = "the place of the date line", examples = "Cần Thơ") String place,
        @Size(max = 10) @Pattern(regexp = Rules.NUMBER, message = "{vn.safeonline.digits}") @Schema(description = "the number the văn thư registers; empty leaves it blank",
                examples = "15") String number,
        @Size(max = 40) @Pattern(regexp = Rules.SYMBOL, message = "{vn.safeonline.reportSymbol}")
        @Schema(examples = "BC-CA-TP") String symbol,
        @Size(max = 500) @Schema(examples = "Kết quả triển khai chiến dịch “Không một mình” tháng 10/2025", description = "the trích yếu under BÁO CÁO") String summary,
        @Size(max = 10) @Schema(examples = "[\"Ủy ban nhân dân thành phố Cần Thơ\", \"Công an thành phố Cần Thơ\"]", description = "Kính gửi: one line each") List<@NotBlank @Size(max = 300) String> addressees,
        @Size(max = 3) @Schema(description = "authority lines above the title", examples = "[\"KT. GIÁM ĐỐC\"]")
        List<@NotBlank @Size(max = 100) String> signerAuthority,
        @Size(max = 100) @Schema(examples = "PHÓ GIÁM ĐỐC") String signerTitle,
        @Size(max = 100) @Schema(description = "an empty string leaves the name to be written by hand", examples = "Nguyễn Văn A") String signerName,
        @Size(max = 40) @Schema(description = "Nơi nhận: one entry each, without the dash", examples = "[\"Như trên\", \"Lưu: VT, PA05\"]")
        List<@NotBlank @Size(max = 300) String> recipients) {

    /** The patterns shared by the JSON body and the query parameters. */
    static final class Rules {
        static final String NUMBER = "^[0-9]*$";
        /** Groups of letters and digits joined by "-", no spaces or slashes (ECMA-262 as well as Java: the contract carries it). */
        static final String SYMBOL = "^$|^[^\\s/-]+(-[^\\s/-]+)*$";

        private Rules() {
        }
    }
}
