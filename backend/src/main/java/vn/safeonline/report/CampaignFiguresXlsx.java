package vn.safeonline.report;

import java.io.IOException;
import java.io.OutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.safeonline.campaign.Rollup;
import vn.safeonline.campaign.TargetDtos.Indicator;
import vn.safeonline.common.Documents;
import vn.safeonline.report.CampaignSummaryFacts.KindIndicator;
import vn.safeonline.report.CampaignSummaryFacts.TargetFigures;

/**
 * Every unit's figures of a campaign as XLSX: sheet "Đơn vị", one row per unit and target it is in scope of (the figures
 * the indicators are rolled up from); sheet "Chỉ tiêu", each target overall and per kind of unit (the indicators endpoint's
 * values). Names are neutralised against formulas.
 */
final class CampaignFiguresXlsx {
    static final String[] UNIT_COLUMNS = {"STT", "Mã đơn vị", "Đơn vị", "Loại đơn vị", "Chỉ tiêu", "Số đạt", "Tổng số", "Kết quả (%)",
            "Mục tiêu (%)", "Số báo cáo", "Báo cáo gần nhất", "Tình trạng"};
    private static final double[] UNIT_WIDTHS = {6, 18, 44, 26, 50, 10, 10, 12, 12, 11, 14, 16};
    static final String[] TARGET_COLUMNS = {"STT", "Chỉ tiêu", "Phạm vi", "Số đơn vị", "Đơn vị đạt", "Chưa báo cáo", "Số đạt", "Tổng số",
            "Kết quả (%)", "Mục tiêu (%)", "Đánh giá"};
    private static final double[] TARGET_WIDTHS = {6, 50, 30, 11, 11, 13, 10, 10, 12, 12, 12};
    static final int HEADER_ROW = 3;

    private CampaignFiguresXlsx() {
    }

    static void write(CampaignSummaryFacts f, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "An toan truc tuyen", "1.0");
        Worksheet units = wb.newWorksheet("Đơn vị");
        title(units, f, "SỐ LIỆU CÁC ĐƠN VỊ — Chiến dịch “" + f.campaign().name() + "”", UNIT_COLUMNS, UNIT_WIDTHS);
        int r = HEADER_ROW + 1;
        int n = 1;
        for (TargetFigures t : f.targets()) {
            for (Rollup.Figure fig : t.figures()) {
                units.value(r, 0, n++);
                text(units, r, 1, fig.unit().code());
                text(units, r, 2, fig.unit().name());
                units.value(r, 3, CampaignLabels.unitKind(fig.unit().type()));
                text(units, r, 4, t.indicator().name());
                units.value(r, 5, fig.numerator());
                units.value(r, 6, fig.denominator());
                units.value(r, 7, fig.value());
                units.value(r, 8, t.indicator().goalPercent());
                units.value(r, 9, fig.reports());
                if (fig.last() != null) {
                    units.value(r, 10, fig.last());
                    units.style(r, 10).format("dd/mm/yyyy").set();
                }
                units.value(r, 11, CampaignLabels.status(fig.status()));
                r++;
                if (r % 500 == 0) units.flush();
            }
        }
        if (r > HEADER_ROW + 1) units.setAutoFilter(HEADER_ROW, 0, UNIT_COLUMNS.length - 1);

        Worksheet targets = wb.newWorksheet("Chỉ tiêu");
        title(targets, f, "KẾT QUẢ CÁC CHỈ TIÊU — Chiến dịch “" + f.campaign().name() + "”", TARGET_COLUMNS, TARGET_WIDTHS);
        r = HEADER_ROW + 1;
        n = 1;
        for (TargetFigures t : f.targets()) {
            targets.value(r, 0, n++);
            indicatorRow(targets, r++, t.indicator(), "Tất cả đơn vị");
            for (KindIndicator k : t.byKind()) indicatorRow(targets, r++, k.indicator(), CampaignLabels.unitKind(k.kind()));
        }
        wb.finish();
    }

    private static void title(Worksheet ws, CampaignSummaryFacts f, String title, String[] columns, double[] widths) {
        ws.value(0, 0, Documents.cell(title));
        ws.style(0, 0).bold().fontSize(13).set();
        ws.value(1, 0, f.campaignWide() ? "Tất cả đơn vị của chiến dịch" : Documents.cell("Các đơn vị thuộc " + f.scopeOrganization()));
        ws.value(2, 0, "Số liệu đến ngày " + VnFormat.date(f.asOf()));
        ws.style(2, 0).italic().set();
        for (int c = 0; c < columns.length; c++) {
            ws.value(HEADER_ROW, c, columns[c]);
            ws.style(HEADER_ROW, c).bold().fillColor("DDEBF7").borderStyle("thin").wrapText(true).verticalAlignment("center").set();
            ws.width(c, widths[c]);
        }
        ws.freezePane(0, HEADER_ROW + 1);
    }

    private static void indicatorRow(Worksheet ws, int r, Indicator i, String scope) {
        text(ws, r, 1, i.name());
        ws.value(r, 2, scope);
        ws.value(r, 3, i.unitsInScope());
        ws.value(r, 4, i.unitsReached());
        ws.value(r, 5, i.unitsNotReported());
        ws.value(r, 6, i.numerator());
        ws.value(r, 7, i.denominator());
        ws.value(r, 8, i.value());
        ws.value(r, 9, i.goalPercent());
        ws.value(r, 10, i.reached() ? "Đạt" : "Chưa đạt");
    }

    /** A text cell from users: a leading = + - @ never becomes a formula. */
    private static void text(Worksheet ws, int r, int c, String s) {
        if (s != null && !s.isEmpty()) ws.value(r, c, Documents.cell(OfficialDocument.safe(s)));
    }
}
