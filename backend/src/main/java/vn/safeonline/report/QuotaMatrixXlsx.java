package vn.safeonline.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.safeonline.common.Documents;
import vn.safeonline.quota.QuotaDtos.CategoryView;
import vn.safeonline.quota.QuotaDtos.Cell;
import vn.safeonline.quota.QuotaDtos.Matrix;
import vn.safeonline.quota.QuotaDtos.Row;
import vn.safeonline.quota.QuotaDtos.Totals;

/** The quota matrix of an event (agencies × invitee categories) as XLSX: counts only, never a person. */
final class QuotaMatrixXlsx {
    static final String[] FIGURES = {"Chỉ tiêu", "Đã đăng ký", "Xác nhận", "Điểm danh"};

    private QuotaMatrixXlsx() {
    }

    static void write(String eventTitle, Matrix m, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "An toan truc tuyen", "1.0");
        Worksheet ws = wb.newWorksheet("Bảng chỉ tiêu");
        ws.value(0, 0, Documents.cell("BẢNG TỔNG HỢP CHỈ TIÊU MỜI — " + OfficialDocument.safe(eventTitle)));
        ws.style(0, 0).bold().fontSize(13).set();
        if (m.expectedAttendance() != null) ws.value(1, 0, "Dự kiến " + m.expectedAttendance() + " đại biểu");
        List<CategoryView> cats = m.categories();
        int groups = cats.size() + 1;
        ws.value(3, 0, "STT");
        ws.value(3, 1, "Cơ quan, đơn vị");
        ws.range(3, 0, 4, 0).merge();
        ws.range(3, 1, 4, 1).merge();
        for (int g = 0; g < groups; g++) {
            int col = 2 + g * FIGURES.length;
            ws.value(3, col, g < cats.size() ? Documents.cell(OfficialDocument.safe(cats.get(g).name())) : "Tổng cộng");
            ws.range(3, col, 3, col + FIGURES.length - 1).merge();
            for (int i = 0; i < FIGURES.length; i++) {
                ws.value(4, col + i, FIGURES[i]);
                ws.width(col + i, 11);
            }
        }
        int lastCol = 1 + groups * FIGURES.length;
        for (int r = 3; r <= 4; r++) {
            for (int c = 0; c <= lastCol; c++) ws.style(r, c).bold().fillColor("DDEBF7").borderStyle("thin").wrapText(true).horizontalAlignment("center").set();
        }
        ws.width(0, 6);
        ws.width(1, 40);
        ws.freezePane(2, 5);
        int r = 5;
        int n = 1;
        for (Row row : m.rows()) {
            ws.value(r, 0, n++);
            ws.value(r, 1, Documents.cell(OfficialDocument.safe(row.organization().name())));
            for (int g = 0; g < cats.size(); g++) {
                Cell cell = row.cells().get(Long.toString(cats.get(g).id()));
                if (cell == null) continue;
                figures(ws, r, 2 + g * FIGURES.length, cell.quota() == null ? null : cell.quota().longValue(), cell.submitted(), cell.confirmed(), cell.checkedIn());
            }
            totals(ws, r, 2 + cats.size() * FIGURES.length, row.totals());
            r++;
        }
        ws.value(r, 1, "Tổng cộng");
        ws.style(r, 1).bold().set();
        for (int g = 0; g < cats.size(); g++) {
            Totals t = m.columnTotals().get(Long.toString(cats.get(g).id()));
            if (t != null) totals(ws, r, 2 + g * FIGURES.length, t);
        }
        totals(ws, r, 2 + cats.size() * FIGURES.length, m.total());
        wb.finish();
    }

    private static void totals(Worksheet ws, int r, int col, Totals t) {
        figures(ws, r, col, t.quota(), t.submitted(), t.confirmed(), t.checkedIn());
    }

    private static void figures(Worksheet ws, int r, int col, Long quota, long submitted, long confirmed, long checkedIn) {
        if (quota != null) ws.value(r, col, quota);
        ws.value(r, col + 1, submitted);
        ws.value(r, col + 2, confirmed);
        ws.value(r, col + 3, checkedIn);
    }
}
