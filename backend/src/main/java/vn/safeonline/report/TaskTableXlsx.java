package vn.safeonline.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.safeonline.common.Documents;
import vn.safeonline.org.OrgRef;
import vn.safeonline.report.ProgressFacts.LatestReport;
import vn.safeonline.task.TargetKind;
import vn.safeonline.task.TaskDtos.Target;
import vn.safeonline.task.TaskDtos.TaskView;

/** The task table of a plan as XLSX, as of a day: one row per task. Every text that came from users is neutralised. */
final class TaskTableXlsx {
    static final String[] COLUMNS = {"STT", "Mục", "Cơ quan chủ trì", "Cơ quan phối hợp", "Nhiệm vụ", "Thời hạn", "Loại chỉ tiêu",
            "Chỉ tiêu", "Đơn vị tính", "Phạm vi", "Đạt được", "Tỷ lệ đạt (%)", "Tình trạng", "Số báo cáo", "Báo cáo gần nhất", "Nội dung báo cáo gần nhất"};
    private static final double[] WIDTHS = {6, 8, 30, 30, 60, 12, 12, 10, 16, 26, 10, 10, 20, 10, 14, 60};
    private static final int HEADER_ROW = 3;

    private TaskTableXlsx() {
    }

    static void write(ProgressFacts f, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "An toan truc tuyen", "1.0");
        Worksheet ws = wb.newWorksheet("Nhiệm vụ");
        ws.value(0, 0, Documents.cell("TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ — Kế hoạch số " + f.plan().reference()));
        ws.style(0, 0).bold().fontSize(13).set();
        ws.value(1, 0, Documents.cell(f.plan().title()));
        ws.value(2, 0, "Số liệu đến ngày " + VnFormat.date(f.asOf()));
        ws.style(2, 0).italic().set();
        for (int c = 0; c < COLUMNS.length; c++) {
            ws.value(HEADER_ROW, c, COLUMNS[c]);
            ws.style(HEADER_ROW, c).bold().fillColor("DDEBF7").borderStyle("thin").wrapText(true).verticalAlignment("center").set();
            ws.width(c, WIDTHS[c]);
        }
        ws.freezePane(0, HEADER_ROW + 1);
        int r = HEADER_ROW + 1;
        int n = 1;
        for (TaskView v : f.tasks()) {
            Target t = v.target();
            LatestReport last = f.latest().get(v.id());
            ws.value(r, 0, n++);
            text(ws, r, 1, v.label());
            text(ws, r, 2, v.leadOrganization().name());
            text(ws, r, 3, v.cooperatingOrganizations().stream().map(OrgRef::name).collect(Collectors.joining("; ")));
            text(ws, r, 4, v.text());
            if (v.dueDate() != null) {
                ws.value(r, 5, v.dueDate());
                ws.style(r, 5).format("dd/mm/yyyy").set();
            }
            if (v.measuredByTargets()) {
                ws.value(r, 6, "Chỉ tiêu chiến dịch (thấp nhất)");
            } else if (t != null) {
                ws.value(r, 6, t.kind() == TargetKind.PERCENT ? "Tỷ lệ (%)" : "Số lượng");
                ws.value(r, 7, t.value());
                text(ws, r, 8, t.unit());
                text(ws, r, 9, t.scope());
            }
            if (v.reachedValue() != null) ws.value(r, 10, v.reachedValue());
            ws.value(r, 11, v.percentReached());
            ws.value(r, 12, VnFormat.status(v.status()));
            ws.value(r, 13, v.reportCount());
            if (last != null) {
                ws.value(r, 14, last.date());
                ws.style(r, 14).format("dd/mm/yyyy").set();
                text(ws, r, 15, last.text());
            }
            ws.style(r, 4).wrapText(true).verticalAlignment("top").set();
            ws.style(r, 15).wrapText(true).verticalAlignment("top").set();
            r++;
            if (r % 500 == 0) ws.flush();
        }
        if (r > HEADER_ROW + 1) ws.setAutoFilter(HEADER_ROW, 0, COLUMNS.length - 1);
        wb.finish();
    }

    /** A text cell from users: a leading = + - @ never becomes a formula. */
    private static void text(Worksheet ws, int r, int c, String s) {
        if (s != null && !s.isEmpty()) ws.value(r, c, Documents.cell(OfficialDocument.safe(s)));
    }
}
