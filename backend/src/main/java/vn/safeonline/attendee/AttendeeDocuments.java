package vn.safeonline.attendee;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.safeonline.attendee.AttendeeDtos.AttendeeView;
import vn.safeonline.common.Documents;
import vn.safeonline.event.Event;

/** The delegate card with its QR code, and the consolidated list as XLSX and PDF. No contact fields in either. */
final class AttendeeDocuments {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(VN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(VN);
    static final Map<AttendeeStatus, String> STATUS = Map.of(AttendeeStatus.SUBMITTED, "Đã đăng ký", AttendeeStatus.CONFIRMED, "Xác nhận dự",
            AttendeeStatus.DECLINED, "Không dự", AttendeeStatus.REPLACED, "Đã thay", AttendeeStatus.CANCELLED, "Đã hủy");

    private AttendeeDocuments() {
    }

    /** A6 landscape card: event, delegate, seat and the QR code of the invitation token, the short code under it. */
    static void card(Attendee a, OutputStream out) {
        Document doc = new Document(PageSize.A6.rotate(), 18, 18, 16, 12);
        PdfWriter.getInstance(doc, out);
        doc.open();
        for (Element e : cardBody(a, 1f)) doc.add(e);
        doc.close();
    }

    /**
     * What a card says, once for the single card and the sheets: the title, the event, the delegate (name, title,
     * organisation, category), time and venue (seat when there is one), the QR of the token and the short code under it.
     */
    static List<Element> cardBody(Attendee a, float scale) {
        Font title = new Font(Documents.serif(true), 12 * scale);
        Font big = new Font(Documents.serif(true), 15 * scale);
        Font body = new Font(Documents.serif(false), 10 * scale);
        Font code = new Font(Font.COURIER, 11 * scale, Font.BOLD);
        Event e = a.event;
        Paragraph head = new Paragraph("THẺ ĐẠI BIỂU", title);
        head.setAlignment(Element.ALIGN_CENTER);
        Paragraph ev = new Paragraph(e.title, body);
        ev.setAlignment(Element.ALIGN_CENTER);
        ev.setSpacingAfter(6 * scale);
        PdfPTable t = new PdfPTable(new float[]{62, 38});
        t.setWidthPercentage(100);
        PdfPCell left = new PdfPCell();
        left.setBorder(0);
        left.addElement(new Paragraph(a.fullName, big));
        if (a.position != null) left.addElement(new Paragraph(a.position, body));
        left.addElement(new Paragraph(a.unit != null ? a.unit : a.quota.owner.name, body));
        left.addElement(new Paragraph("Thành phần: " + a.quota.category.name, body));
        left.addElement(new Paragraph(" ", body));
        left.addElement(new Paragraph("Thời gian: " + DATE_TIME.format(e.startsAt), body));
        if (a.venue != null) {
            left.addElement(new Paragraph("Địa điểm: " + a.venue.name, body));
            if (a.venue.address != null) left.addElement(new Paragraph(a.venue.address, body));
        }
        t.addCell(left);
        try {
            Image qr = Image.getInstance(Documents.qrPng(a.invitationToken, 300));
            qr.scaleToFit(110 * scale, 110 * scale);
            PdfPCell right = new PdfPCell();
            right.setBorder(0);
            right.setHorizontalAlignment(Element.ALIGN_CENTER);
            right.addElement(qr);
            Paragraph c = new Paragraph(ShortCode.format(a.shortCode), code);
            c.setAlignment(Element.ALIGN_CENTER);
            right.addElement(c);
            t.addCell(right);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        Paragraph foot = new Paragraph(new Chunk("Xuất trình mã QR tại cửa (hoặc đọc mã in dưới QR) để điểm danh. Thẻ chỉ dùng cho người có tên.",
                new Font(Documents.serif(false), 8 * scale)));
        foot.setAlignment(Element.ALIGN_CENTER);
        return List.of(head, ev, t, foot);
    }

    /** Cards per A4 sheet: two across, four down, each 95 × 68 mm, with cut marks in the margins. */
    static final int ACROSS = 2;
    static final int DOWN = 4;

    /** The cards of many delegates on A4 sheets, eight to a page, with cut marks where the guillotine goes. */
    static void sheets(Event e, List<Attendee> list, OutputStream out) {
        float margin = 28; // about 10 mm
        Document doc = new Document(PageSize.A4, margin, margin, margin, margin);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        float cellW = (PageSize.A4.getWidth() - 2 * margin) / ACROSS;
        float cellH = (PageSize.A4.getHeight() - 2 * margin) / DOWN;
        writer.setPageEvent(new com.lowagie.text.pdf.PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                com.lowagie.text.pdf.PdfContentByte cb = w.getDirectContent();
                cb.setLineWidth(0.4f);
                cb.setGrayStroke(0.35f);
                float top = PageSize.A4.getHeight() - margin;
                for (int i = 0; i <= ACROSS; i++) { // vertical cuts: marks above and below the grid
                    float x = margin + i * cellW;
                    cb.moveTo(x, top + 4);
                    cb.lineTo(x, top + margin - 6);
                    cb.moveTo(x, margin - 4);
                    cb.lineTo(x, 6);
                }
                for (int j = 0; j <= DOWN; j++) { // horizontal cuts: marks left and right of the grid
                    float y = top - j * cellH;
                    cb.moveTo(margin - 4, y);
                    cb.lineTo(6, y);
                    cb.moveTo(PageSize.A4.getWidth() - margin + 4, y);
                    cb.lineTo(PageSize.A4.getWidth() - 6, y);
                }
                cb.stroke();
            }
        });
        doc.open();
        doc.addTitle("Thẻ đại biểu — " + e.title);
        PdfPTable grid = new PdfPTable(ACROSS);
        grid.setWidthPercentage(100);
        grid.setSplitRows(false);
        for (Attendee a : list) {
            PdfPCell cell = new PdfPCell();
            cell.setFixedHeight(cellH);
            cell.setBorderWidth(0.2f);
            cell.setBorderColor(new java.awt.Color(0xCC, 0xCC, 0xCC));
            cell.setPadding(8);
            for (Element el : cardBody(a, 0.8f)) cell.addElement(el);
            grid.addCell(cell);
        }
        grid.completeRow();
        doc.add(grid);
        doc.close();
    }

    static final String[] COLUMNS = {"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Cơ quan mời", "Thành phần", "Địa điểm", "Trạng thái", "Điểm danh",
        "Mã đại biểu", "Trùng lặp"};

    static String[] row(int n, AttendeeView a) {
        return new String[]{Integer.toString(n), a.fullName(), a.position(), a.unit(), a.organization().name(), a.category().name(),
                a.venueName(), STATUS.get(a.status()), a.checkedInAt() == null ? "" : TIME.format(a.checkedInAt()), Long.toString(a.id()), duplicates(a)};
    }

    /** "Trùng với mã 1234, 1250" (same phone, or same name and unit), "… (giữ cả hai)" once the organisers decided. */
    static String duplicates(AttendeeView a) {
        if (a.duplicates().isEmpty()) return "";
        boolean allKept = a.duplicates().stream().allMatch(AttendeeDtos.DuplicateRef::keptBoth);
        return "Trùng với mã " + a.duplicates().stream().map(d -> Long.toString(d.attendeeId())).collect(java.util.stream.Collectors.joining(", "))
                + (allKept ? " (giữ cả hai)" : "");
    }

    /** The list as XLSX, written as it is read; every text cell from users is neutralised. */
    static void xlsx(Event e, Iterable<List<AttendeeView>> pages, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "An toan truc tuyen", "1.0");
        Worksheet ws = wb.newWorksheet("Danh sách đại biểu");
        ws.value(0, 0, "DANH SÁCH ĐẠI BIỂU — " + e.title);
        ws.style(0, 0).bold().set();
        for (int c = 0; c < COLUMNS.length; c++) {
            ws.value(2, c, COLUMNS[c]);
            ws.style(2, c).bold().fillColor("DDEBF7").borderStyle("thin").set();
        }
        int[] widths = {6, 28, 22, 34, 30, 26, 26, 14, 11, 12, 26};
        for (int c = 0; c < widths.length; c++) ws.width(c, widths[c]);
        int r = 3;
        int n = 1;
        for (List<AttendeeView> page : pages) {
            for (AttendeeView a : page) {
                String[] cells = row(n++, a);
                for (int c = 0; c < cells.length; c++) {
                    if (c == 0) ws.value(r, c, n - 1);
                    else ws.value(r, c, Documents.cell(cells[c]));
                }
                r++;
            }
            ws.flush();
        }
        wb.finish();
    }

    /** The list as a landscape A4 PDF for the hall. */
    static void pdf(Event e, Iterable<List<AttendeeView>> pages, OutputStream out) {
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Font title = new Font(Documents.serif(true), 14);
        Font head = new Font(Documents.serif(true), 10);
        Font body = new Font(Documents.serif(false), 10);
        Paragraph p = new Paragraph("DANH SÁCH ĐẠI BIỂU", title);
        p.setAlignment(Element.ALIGN_CENTER);
        doc.add(p);
        Paragraph sub = new Paragraph(e.title + " — " + DATE_TIME.format(e.startsAt), body);
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(10);
        doc.add(sub);
        PdfPTable t = new PdfPTable(new float[]{4, 15, 11, 16, 15, 12, 11, 8, 6, 6, 10});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String c : COLUMNS) {
            PdfPCell cell = new PdfPCell(new Phrase(c, head));
            cell.setBackgroundColor(new java.awt.Color(0xDD, 0xEB, 0xF7));
            t.addCell(cell);
        }
        int n = 1;
        for (List<AttendeeView> page : pages) {
            for (AttendeeView a : page) {
                for (String c : row(n, a)) t.addCell(new PdfPCell(new Phrase(c == null ? "" : c, body)));
                n++;
            }
        }
        doc.add(t);
        doc.close();
    }
}
