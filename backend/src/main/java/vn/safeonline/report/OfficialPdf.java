package vn.safeonline.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.List;
import vn.safeonline.common.Documents;
import vn.safeonline.report.OfficialDocument.Annex;
import vn.safeonline.report.OfficialDocument.Block;
import vn.safeonline.report.OfficialDocument.Column;
import vn.safeonline.report.OfficialDocument.Heading;
import vn.safeonline.report.OfficialDocument.Para;
import vn.safeonline.report.OfficialDocument.Photo;
import vn.safeonline.report.OfficialDocument.Photos;
import vn.safeonline.report.OfficialDocument.Row;
import vn.safeonline.report.OfficialDocument.Table;

/**
 * The same {@link OfficialDocument} as a PDF, in the same measures as the Word file (A4, margins 20/20/30/15 mm,
 * the two-column header, page numbers from page 2, annexes numbered on their own). The font is Liberation
 * Serif, embedded: the metrics of Times New Roman and every Vietnamese letter.
 */
final class OfficialPdf {
    private static final float MM = 72f / 25.4f;
    private static final float TWIP = 1f / 20f;
    private static final float LEADING = 1.15f * 1.15f; // Word's "1.15 lines" of Times New Roman

    private OfficialPdf() {
    }

    static void write(OfficialDocument d, OutputStream out) {
        Document doc = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO); // justify between words, never between letters
        PageNumbers numbers = new PageNumbers();
        writer.setPageEvent(numbers);
        doc.addTitle(OfficialDocument.safe(d.typeName() + " " + d.summary()));
        doc.addCreator("An toàn trực tuyến");
        doc.open();
        header(doc, d);
        title(doc, d);
        for (Block b : d.body()) block(doc, b);
        doc.add(signature(d));
        for (Annex a : d.annexes()) {
            doc.newPage();
            numbers.sectionStart = writer.getPageNumber();
            Paragraph label = centred(a.label(), font(14, true, false));
            doc.add(label);
            doc.add(centred(a.title(), font(14, true, false)));
            Paragraph caption = centred(a.caption(), font(14, false, true));
            caption.setSpacingAfter(12);
            doc.add(caption);
            for (Block b : a.body()) block(doc, b);
        }
        doc.close();
    }

    /** Page 1 of each section shows no number; the others a centred number 10 mm from the top edge. */
    static final class PageNumbers extends PdfPageEventHelper {
        int sectionStart = 1;

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int n = writer.getPageNumber() - sectionStart + 1;
            if (n <= 1) return;
            float x = (document.left() + document.right()) / 2;
            float y = document.getPageSize().getHeight() - 10 * MM - 12;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(Integer.toString(n), font(14, false, false)), x, y, 0);
        }
    }

    private static void header(Document doc, OfficialDocument d) {
        PdfPTable t = borderless(new float[]{OfficialDocx.HEAD_LEFT, OfficialDocx.HEAD_RIGHT});
        PdfPCell body = cell();
        float widest = 0;
        for (String line : d.parentBody()) body.addElement(centred(line, font(13, false, false)));
        for (String line : d.issuingBody()) {
            body.addElement(centred(line, font(13, true, false)));
            widest = Math.max(widest, (float) OfficialDocx.width(line, 13, true));
        }
        float inner = OfficialDocx.HEAD_LEFT - 2 * OfficialDocx.CELL_PAD;
        float rule = (float) Math.max(700, Math.min(inner * 0.5, Math.min(widest, inner) * 0.4));
        body.addElement(rule(rule));
        t.addCell(body);

        PdfPCell motto = cell();
        motto.addElement(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font(13, true, false)));
        // the rule under the Tiêu ngữ is as long as the text: an underline
        Chunk words = new Chunk("Độc lập - Tự do - Hạnh phúc", font(14, true, false));
        words.setUnderline(0.6f, -4f);
        Paragraph p = new Paragraph(words);
        p.setAlignment(Element.ALIGN_CENTER);
        motto.addElement(p);
        t.addCell(motto);

        PdfPCell number = cell();
        number.setPaddingTop(8);
        number.addElement(centred(d.numberLine(), font(13, false, false)));
        t.addCell(number);
        PdfPCell date = cell();
        date.setPaddingTop(8);
        date.addElement(centred(d.placeDate(), font(14, false, true)));
        t.addCell(date);
        doc.add(t);
    }

    private static void title(Document doc, OfficialDocument d) {
        Paragraph type = centred(d.typeName(), font(14, true, false));
        type.setSpacingBefore(18);
        doc.add(type);
        doc.add(centred(d.summary(), font(14, true, false)));
        doc.add(rule(OfficialDocx.TEXT_W / 3f));
        List<String> to = d.addressees();
        if (to.isEmpty()) return;
        Font f = font(14, false, false);
        if (to.size() == 1) {
            Paragraph p = centred("Kính gửi: " + to.get(0) + ".", f);
            p.setSpacingBefore(12);
            doc.add(p);
            return;
        }
        String lead = "Kính gửi: ";
        float leadW = (float) OfficialDocx.width(lead, 14, false) * TWIP;
        for (int i = 0; i < to.size(); i++) {
            Paragraph p = new Paragraph((i == 0 ? lead : "") + "- " + OfficialDocument.safe(to.get(i)) + (i == to.size() - 1 ? "." : ";"), f);
            p.setIndentationLeft(2 * OfficialDocx.INDENT * TWIP + (i == 0 ? 0 : leadW));
            if (i == 0) p.setSpacingBefore(12);
            doc.add(p);
        }
    }

    private static void block(Document doc, Block b) {
        if (b instanceof Heading h) {
            doc.add(bodyParagraph(h.text(), font(14, true, false)));
        } else if (b instanceof Para para) {
            doc.add(bodyParagraph(para.text(), font(14, false, false)));
        } else if (b instanceof Table table) {
            doc.add(table(table));
        } else if (b instanceof Photos photos) {
            photos(doc, photos);
        }
    }

    /** Two photos a row, each at most 7.5 cm × 5.5 cm, its caption under it (as the Word file). */
    private static void photos(Document doc, Photos photos) {
        List<Photo> list = photos.photos();
        if (list.isEmpty()) return;
        PdfPTable t = borderless(new float[]{OfficialDocx.TEXT_W / 2f, OfficialDocx.TEXT_W / 2f});
        t.setSpacingBefore(6);
        for (Photo ph : list) {
            PdfPCell cell = cell();
            try {
                com.lowagie.text.Image img = com.lowagie.text.Image.getInstance(ph.jpeg());
                img.scaleToFit(75 * MM, 55 * MM);
                img.setAlignment(Element.ALIGN_CENTER);
                cell.addElement(img);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            cell.addElement(centred(ph.caption(), font(12, false, true)));
            cell.setPaddingTop(6);
            t.addCell(cell);
        }
        if (list.size() % 2 == 1) t.addCell(cell());
        doc.add(t);
    }

    private static Paragraph bodyParagraph(String text, Font f) {
        Paragraph p = new Paragraph(OfficialDocument.safe(text), f);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(OfficialDocx.INDENT * TWIP);
        p.setSpacingBefore(6);
        p.setMultipliedLeading(LEADING);
        return p;
    }

    private static PdfPTable table(Table table) {
        int cols = table.columns().size();
        float[] widths = new float[cols];
        for (int i = 0; i < cols; i++) widths[i] = table.columns().get(i).twips();
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        t.setHeaderRows(1);
        Font head = font(12, true, false);
        Font body = font(12, false, false);
        for (Column c : table.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(OfficialDocument.safe(c.title()), head));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            pad(cell);
            t.addCell(cell);
        }
        for (Row row : table.rows()) {
            if (row.group()) {
                PdfPCell cell = new PdfPCell(new Phrase(OfficialDocument.safe(row.cells().get(0)), head));
                cell.setColspan(cols);
                pad(cell);
                t.addCell(cell);
                continue;
            }
            boolean total = row.cells().size() > 1 && "Tổng cộng".equals(row.cells().get(1));
            for (int c = 0; c < cols; c++) {
                String text = c < row.cells().size() ? row.cells().get(c) : "";
                PdfPCell cell = new PdfPCell(new Phrase(OfficialDocument.safe(text), total ? head : body));
                cell.setHorizontalAlignment(table.columns().get(c).centred() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
                pad(cell);
                t.addCell(cell);
            }
        }
        return t;
    }

    private static void pad(PdfPCell cell) {
        cell.setBorderWidth(0.5f);
        cell.setPaddingLeft(OfficialDocx.TABLE_PAD * TWIP);
        cell.setPaddingRight(OfficialDocx.TABLE_PAD * TWIP);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(4);
    }

    private static PdfPTable signature(OfficialDocument d) {
        PdfPTable t = borderless(new float[]{OfficialDocx.SIGN_LEFT, OfficialDocx.SIGN_RIGHT});
        t.setSpacingBefore(12);
        t.setKeepTogether(true);
        PdfPCell left = cell();
        Paragraph label = new Paragraph("Nơi nhận:", font(12, true, true));
        left.addElement(label);
        List<String> to = d.recipients();
        Font small = font(11, false, false);
        for (int i = 0; i < to.size(); i++) {
            left.addElement(new Paragraph("- " + OfficialDocument.safe(to.get(i)) + (i == to.size() - 1 ? "." : ";"), small));
        }
        t.addCell(left);
        PdfPCell right = cell();
        Font bold = font(14, true, false);
        for (String line : d.signerAuthority()) right.addElement(centred(line, bold));
        right.addElement(centred(d.signerTitle(), bold));
        for (int i = 0; i < 4; i++) right.addElement(centred(" ", bold)); // signature and seal
        right.addElement(centred(d.signerName().isEmpty() ? " " : d.signerName(), bold));
        t.addCell(right);
        return t;
    }

    private static PdfPTable borderless(float[] twips) {
        PdfPTable t = new PdfPTable(twips);
        float total = 0;
        for (float w : twips) total += w;
        t.setTotalWidth(total * TWIP);
        t.setLockedWidth(true);
        t.setHorizontalAlignment(Element.ALIGN_LEFT);
        return t;
    }

    private static PdfPCell cell() {
        PdfPCell c = new PdfPCell();
        c.setBorder(PdfPCell.NO_BORDER);
        c.setPaddingLeft(OfficialDocx.CELL_PAD * TWIP);
        c.setPaddingRight(OfficialDocx.CELL_PAD * TWIP);
        c.setPaddingTop(0);
        return c;
    }

    private static Paragraph centred(String text, Font f) {
        Paragraph p = new Paragraph(OfficialDocument.safe(text), f);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    /** A centred rule of the given width in twips: underlined no-break spaces on a short line of their own. */
    private static Paragraph rule(float twips) {
        Font f = font(10, false, false);
        float space = f.getBaseFont().getWidthPoint('\u00A0', 10);
        Chunk line = new Chunk("\u00A0".repeat(Math.max(1, Math.round(twips * TWIP / space))), f);
        line.setUnderline(0.6f, 0);
        Paragraph p = new Paragraph(line);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(7);
        p.setSpacingAfter(3);
        return p;
    }

    private static Font font(float size, boolean bold, boolean italic) {
        return new Font(Documents.serif(bold, italic), size);
    }
}
