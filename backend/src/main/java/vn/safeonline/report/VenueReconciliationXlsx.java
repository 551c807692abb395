package vn.safeonline.report;

import java.io.IOException;
import java.io.OutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.safeonline.checkin.CheckInResource.Counts;
import vn.safeonline.checkin.CheckInResource.VenueCount;
import vn.safeonline.common.Documents;

/** Per venue: expected, arrived, arrived elsewhere, absent, came in from elsewhere — the door's figures, counts only. */
final class VenueReconciliationXlsx {
    static final String[] COLUMNS = {"STT", "Địa điểm", "Sức chứa", "Đại biểu xếp chỗ", "Đã đến", "Trong đó: vào ở địa điểm khác", "Vắng",
        "Xếp chỗ nơi khác, vào ở đây"};

    private VenueReconciliationXlsx() {
    }

    static void write(String eventTitle, Counts c, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "An toan truc tuyen", "1.0");
        Worksheet ws = wb.newWorksheet("Đối soát điểm cầu");
        ws.value(0, 0, Documents.cell("ĐỐI SOÁT ĐẠI BIỂU THEO ĐỊA ĐIỂM — " + OfficialDocument.safe(eventTitle)));
        ws.style(0, 0).bold().fontSize(13).set();
        for (int i = 0; i < COLUMNS.length; i++) {
            ws.value(2, i, COLUMNS[i]);
            ws.style(2, i).bold().fillColor("DDEBF7").borderStyle("thin").wrapText(true).set();
            ws.width(i, i == 1 ? 40 : 14);
        }
        int r = 3;
        long arrivedElsewhere = 0;
        long absent = 0;
        long cameIn = 0;
        for (VenueCount v : c.venues()) {
            ws.value(r, 0, r - 2);
            ws.value(r, 1, Documents.cell(OfficialDocument.safe(v.venueName())));
            if (v.capacity() != null) ws.value(r, 2, v.capacity());
            ws.value(r, 3, v.expected());
            ws.value(r, 4, v.checkedIn());
            ws.value(r, 5, v.arrivedElsewhere());
            ws.value(r, 6, v.absent());
            ws.value(r, 7, v.cameInFromElsewhere());
            arrivedElsewhere += v.arrivedElsewhere();
            absent += v.absent();
            cameIn += v.cameInFromElsewhere();
            r++;
        }
        ws.value(r, 1, "Tổng cộng");
        ws.value(r, 3, c.expected());
        ws.value(r, 4, c.checkedIn());
        ws.value(r, 5, arrivedElsewhere);
        ws.value(r, 6, absent);
        ws.value(r, 7, cameIn);
        ws.range(r, 0, r, COLUMNS.length - 1).style().bold().set();
        wb.finish();
    }
}
