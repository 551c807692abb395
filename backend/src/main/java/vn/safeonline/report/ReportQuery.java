package vn.safeonline.report;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.safeonline.common.ApiException;

/** The options of a report as query parameters (the GET variants; a POST takes them as JSON). */
public class ReportQuery {
    @QueryParam("asOf")
    @Parameter(description = "the day the figures stand at (YYYY-MM-DD); today when absent",
            schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2025-11-23")
    public String asOf;

    @QueryParam("parentBody")
    @Size(max = 200)
    @Parameter(description = "the superior body above the issuer; empty for none", example = "UBND THÀNH PHỐ CẦN THƠ")
    public String parentBody;

    @QueryParam("issuingBody")
    @Size(max = 300)
    @Parameter(description = "the issuing body, a line break between its lines", example = "CÔNG AN THÀNH PHỐ CẦN THƠ")
    public String issuingBody;

    @QueryParam("place")
    @Size(max = 100)
    @Parameter(example = "Cần Thơ")
    public String place;

    @QueryParam("number")
    @Size(max = 10)
    @Pattern(regexp = ReportOptions.Rules.NUMBER, message = "{vn.safeonline.digits}")
    @Parameter(description = "the registered number; absent or empty leaves it blank", example = "15")
    public String number;

    @QueryParam("symbol")
    @Size(max = 40)
    @Pattern(regexp = ReportOptions.Rules.SYMBOL, message = "{vn.safeonline.reportSymbol}")
    @Parameter(example = "BC-CA-TP")
    public String symbol;

    @QueryParam("summary")
    @Size(max = 500)
    @Parameter(description = "the trích yếu under BÁO CÁO", example = "Kết quả triển khai chiến dịch “Không một mình” tháng 10/2025")
    public String summary;

    @QueryParam("addressees")
    @Size(max = 3000)
    @Parameter(description = "Kính gửi, a line break between the addressees", example = "Ủy ban nhân dân thành phố Cần Thơ")
    public String addressees;

    @QueryParam("signerAuthority")
    @Size(max = 300)
    @Parameter(description = "authority lines above the title, a line break between them", example = "KT. GIÁM ĐỐC")
    public String signerAuthority;

    @QueryParam("signerTitle")
    @Size(max = 100)
    @Parameter(example = "PHÓ GIÁM ĐỐC")
    public String signerTitle;

    @QueryParam("signerName")
    @Size(max = 100)
    @Parameter(example = "Nguyễn Văn A")
    public String signerName;

    @QueryParam("recipients")
    @Size(max = 6000)
    @Parameter(description = "Nơi nhận, a line break between the entries", example = "Như trên\nLưu: VT, PA05")
    public String recipients;

    ReportOptions options() {
        return new ReportOptions(date(asOf), parentBody, issuingBody, place, number, symbol, summary,
                lines("addressees", addressees, 10), lines("signerAuthority", signerAuthority, 3), signerTitle, signerName,
                lines("recipients", recipients, 40));
    }

    /** Several values in one parameter, a line break between them (absent: the default; a blank line is skipped). */
    private static List<String> lines(String name, String value, int max) {
        if (value == null) return null;
        List<String> out = value.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        if (out.size() > max) throw ApiException.field(name, "Size", "Tối đa " + max + " dòng");
        if (out.stream().anyMatch(l -> l.length() > 300)) throw ApiException.field(name, "Size", "Mỗi dòng tối đa 300 ký tự");
        return out;
    }

    /** A query parameter in YYYY-MM-DD, or a 400 that names it. */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (!vn.safeonline.common.JsonDates.storable(date)) throw new DateTimeParseException("out of range", value, 0);
            return date;
        } catch (DateTimeParseException e) {
            throw ApiException.field("asOf", "InvalidDate", "Ngày '" + value + "' không đúng định dạng YYYY-MM-DD");
        }
    }
}
