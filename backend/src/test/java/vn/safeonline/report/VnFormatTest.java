package vn.safeonline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.safeonline.task.TargetKind;
import vn.safeonline.task.TaskDtos.Target;

/** The writing rules of Decree 30 that need no server: dates, numbers, number lines, targets. */
class VnFormatTest {

    @Test
    void datesTakeALeadingZeroForDaysBelowTenAndForJanuaryAndFebruaryOnly() {
        assertEquals("ngày 05 tháng 01 năm 2020", VnFormat.longDate(LocalDate.of(2020, 1, 5)));
        assertEquals("ngày 01 tháng 02 năm 2026", VnFormat.longDate(LocalDate.of(2026, 2, 1)));
        assertEquals("ngày 29 tháng 6 năm 2019", VnFormat.longDate(LocalDate.of(2019, 6, 29)));
        assertEquals("Cần Thơ, ngày 23 tháng 11 năm 2026", VnFormat.placeDate("Cần Thơ", LocalDate.of(2026, 11, 23)));
        assertEquals("Ngày 17 tháng 10 năm 2025", VnFormat.placeDate("", LocalDate.of(2025, 10, 17)));
    }

    @Test
    void numbersUseADecimalComma() {
        assertEquals("61,4", VnFormat.number(new BigDecimal("61.40")));
        assertEquals("100", VnFormat.number(new BigDecimal("1E+2")));
    }

    @Test
    void theNumberLineLeavesTheNumberBlankOrPadsItBelowTen() {
        ReportDefaults d = new ReportDefaults(LocalDate.of(2026, 11, 23), "", "CÔNG AN THÀNH PHỐ CẦN THƠ", "Cần Thơ", "", "BC-CA-TP", "x",
                List.of(), List.of(), "GIÁM ĐỐC", "", List.of("Lưu: VT"));
        assertEquals("Số: \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/BC-CA-TP", ReportTemplate.resolve(d, options(null)).numberLine());
        assertEquals("Số: 05/BC-CA-TP", ReportTemplate.resolve(d, options("5")).numberLine());
        assertEquals("Số: 123/BC-CA-TP", ReportTemplate.resolve(d, options("123")).numberLine());
    }

    @Test
    void aTargetNamesItsScopeOnce() {
        assertEquals("70 đại biểu (20 trường học các cấp và 50 học sinh)",
                ProgressReportComposer.target(new Target(TargetKind.COUNT, BigDecimal.valueOf(70), "đại biểu", "20 trường học các cấp và 50 học sinh")));
        assertEquals("100% cán bộ, chiến sĩ Công an thành phố",
                ProgressReportComposer.target(new Target(TargetKind.PERCENT, BigDecimal.valueOf(100), "cán bộ, chiến sĩ", "cán bộ, chiến sĩ Công an thành phố")));
        assertEquals("6 hội thảo tại trường thí điểm",
                ProgressReportComposer.target(new Target(TargetKind.COUNT, BigDecimal.valueOf(6), "hội thảo tại trường thí điểm", "trường thí điểm")));
    }

    @Test
    void controlCharactersNeverReachTheXml() {
        assertEquals("Nguyễn  Văn An\nx", OfficialDocument.safe("Nguyễn\u0001 Văn\r An\nx"));
        assertEquals("a\uFFFDb", OfficialDocument.safe("a\uD800b"));
    }

    private static ReportOptions options(String number) {
        return new ReportOptions(null, null, null, null, number, null, null, null, null, null, null, null);
    }
}
