package vn.safeonline.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
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
 * An {@link OfficialDocument} as a Word file in the measures of Decree 30/2020/NĐ-CP (shared/DOCUMENT-LAYOUT.md):
 * A4 portrait, margins 20/20/30/15 mm, Times New Roman in every run, the borderless two-column header table,
 * page numbers centred in the top margin from page 2, the recipients and signature table, annexes on new
 * pages with their own numbering. Sizes are in half-points (26 = 13 pt), lengths in twips (567 = 1 cm).
 */
final class OfficialDocx {
    static final String FONT = "Times New Roman";
    static final int PAGE_W = 11906;
    static final int PAGE_H = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 851;
    static final int HEADER_DISTANCE = 567;
    static final int TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT; // 9354 ≈ 165 mm
    static final int HEAD_LEFT = 3685;
    static final int HEAD_RIGHT = 5670;
    static final int SIGN_LEFT = 3400;
    static final int SIGN_RIGHT = 5955;
    static final int CELL_PAD = 108; // Word's default left and right cell margins
    static final int TABLE_PAD = 57; // 1 mm, in the data tables
    static final int INDENT = 567;

    private OfficialDocx() {
    }

    static void write(OfficialDocument d, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(d.typeName() + " " + d.summary());
            doc.getProperties().getCoreProperties().setCreator("An toàn trực tuyến");
            defaultFonts(doc);
            CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
            page(section);
            pageNumbers(doc);

            headerTable(doc, d);
            title(doc, d);
            for (Block b : d.body()) block(doc, b);
            signature(doc, d);
            for (Annex a : d.annexes()) annex(doc, section, a);
            tight(doc.createParagraph(), ParagraphAlignment.LEFT); // Word wants a paragraph after a closing table
            doc.write(out);
        }
    }

    private static void defaultFonts(XWPFDocument doc) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
    }

    private static void page(CTSectPr s) {
        CTPageSz sz = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
        sz.setW(BigInteger.valueOf(PAGE_W));
        sz.setH(BigInteger.valueOf(PAGE_H));
        sz.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar m = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
        m.setTop(BigInteger.valueOf(MARGIN_TOP));
        m.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        m.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        m.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        m.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        m.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
        m.setGutter(BigInteger.ZERO);
    }

    /** Page 1 shows no number (titlePg with an empty first header); the others a centred PAGE field at 14 pt. */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        if (first.getParagraphs().isEmpty()) first.createParagraph();
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        CTR r = field.addNewR();
        CTRPr pr = r.addNewRPr();
        fonts(pr);
        pr.addNewSz().setVal(BigInteger.valueOf(28));
        pr.addNewSzCs().setVal(BigInteger.valueOf(28));
        r.addNewT().setStringValue("2");
    }

    // ---- header: issuing body | national motto; number | place and date ----

    private static void headerTable(XWPFDocument doc, OfficialDocument d) {
        XWPFTable t = doc.createTable(2, 2);
        frame(t, new int[]{HEAD_LEFT, HEAD_RIGHT}, false);
        XWPFTableCell body = t.getRow(0).getCell(0);
        XWPFTableCell motto = t.getRow(0).getCell(1);
        boolean firstLine = true;
        double widest = 0;
        for (String line : d.parentBody()) {
            run(firstLine ? first(body) : body.addParagraph(), line, 13, false, false);
            firstLine = false;
        }
        for (String line : d.issuingBody()) {
            XWPFParagraph p = firstLine ? first(body) : body.addParagraph();
            run(p, line, 13, true, false);
            firstLine = false;
            widest = Math.max(widest, width(line, 13, true));
        }
        for (XWPFParagraph p : body.getParagraphs()) tight(p, ParagraphAlignment.CENTER);
        // the rule under the issuing body: 1/3 to 1/2 of the text line
        int inner = HEAD_LEFT - 2 * CELL_PAD;
        int rule = (int) Math.max(700, Math.min(inner * 0.5, Math.min(widest, inner) * 0.4));
        ruleParagraph(body.addParagraph(), (inner - rule) / 2);

        XWPFParagraph nation = first(motto);
        tight(nation, ParagraphAlignment.CENTER);
        run(nation, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
        XWPFParagraph motto2 = motto.addParagraph();
        tight(motto2, ParagraphAlignment.CENTER);
        run(motto2, "Độc lập - Tự do - Hạnh phúc", 14, true, false);
        // the rule under the Tiêu ngữ is as long as the text: a bottom border between indents
        int mottoInner = HEAD_RIGHT - 2 * CELL_PAD;
        int indent = Math.max(0, (int) (mottoInner - width("Độc lập - Tự do - Hạnh phúc", 14, true)) / 2);
        motto2.setIndentationLeft(indent);
        motto2.setIndentationRight(indent);
        bottomBorder(motto2);

        XWPFParagraph number = first(t.getRow(1).getCell(0));
        tight(number, ParagraphAlignment.CENTER);
        number.setSpacingBefore(120);
        run(number, d.numberLine(), 13, false, false);
        XWPFParagraph date = first(t.getRow(1).getCell(1));
        tight(date, ParagraphAlignment.CENTER);
        date.setSpacingBefore(120);
        run(date, d.placeDate(), 14, false, true);
    }

    private static void title(XWPFDocument doc, OfficialDocument d) {
        XWPFParagraph type = doc.createParagraph();
        tight(type, ParagraphAlignment.CENTER);
        type.setSpacingBefore(360);
        keepNext(type);
        run(type, d.typeName(), 14, true, false);
        XWPFParagraph summary = doc.createParagraph();
        tight(summary, ParagraphAlignment.CENTER);
        keepNext(summary);
        run(summary, d.summary(), 14, true, false);
        int rule = TEXT_W / 3;
        ruleParagraph(doc.createParagraph(), (TEXT_W - rule) / 2);
        List<String> to = d.addressees();
        if (to.isEmpty()) return;
        XWPFParagraph p = doc.createParagraph();
        tight(p, ParagraphAlignment.CENTER);
        p.setSpacingBefore(240);
        if (to.size() == 1) {
            run(p, "Kính gửi: " + to.get(0) + ".", 14, false, false);
            return;
        }
        // several: each on its line, the dashes aligned under the colon
        String lead = "Kính gửi: ";
        int leadW = (int) width(lead, 14, false);
        p.setAlignment(ParagraphAlignment.LEFT);
        p.setIndentationLeft(2 * INDENT + leadW);
        p.setIndentationHanging(leadW);
        StringBuilder text = new StringBuilder(lead);
        for (int i = 0; i < to.size(); i++) {
            if (i > 0) text.append('\n');
            text.append("- ").append(to.get(i)).append(i == to.size() - 1 ? "." : ";");
        }
        run(p, text.toString(), 14, false, false);
    }

    // ---- body ----

    private static void block(XWPFDocument doc, Block b) {
        if (b instanceof Heading h) {
            XWPFParagraph p = bodyParagraph(doc.createParagraph());
            keepNext(p);
            run(p, h.text(), 14, true, false);
        } else if (b instanceof Para para) {
            run(bodyParagraph(doc.createParagraph()), para.text(), 14, false, false);
        } else if (b instanceof Table table) {
            table(doc, table);
        } else if (b instanceof Photos photos) {
            photos(doc, photos);
        }
    }

    /** Two photos a row in a borderless table, each at most 7.5 cm wide and 5.5 cm high, its caption under it. */
    private static void photos(XWPFDocument doc, Photos photos) {
        List<Photo> list = photos.photos();
        if (list.isEmpty()) return;
        int half = TEXT_W / 2;
        XWPFTable t = doc.createTable((list.size() + 1) / 2, 2);
        frame(t, new int[]{half, TEXT_W - half}, false);
        for (int i = 0; i < list.size(); i++) {
            Photo ph = list.get(i);
            XWPFTableCell cell = t.getRow(i / 2).getCell(i % 2);
            XWPFParagraph p = first(cell);
            tight(p, ParagraphAlignment.CENTER);
            p.setSpacingBefore(120);
            double scale = Math.min(7.5 * 360000 / ph.width(), 5.5 * 360000 / ph.height()); // EMU per pixel
            try {
                p.createRun().addPicture(new java.io.ByteArrayInputStream(ph.jpeg()), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG,
                        "anh-" + (i + 1) + ".jpg", (int) (ph.width() * scale), (int) (ph.height() * scale));
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new java.io.UncheckedIOException(new IOException(e));
            }
            XWPFParagraph caption = cell.addParagraph();
            tight(caption, ParagraphAlignment.CENTER);
            run(caption, ph.caption(), 12, false, true);
        }
    }

    /** Justified, 14 pt, first-line indent 1 cm, 6 pt before, 1.15 lines (line=276). */
    private static XWPFParagraph bodyParagraph(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(INDENT);
        p.setSpacingBefore(120);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        return p;
    }

    private static void table(XWPFDocument doc, Table table) {
        int cols = table.columns().size();
        XWPFTable t = doc.createTable(1 + table.rows().size(), cols);
        int[] widths = table.columns().stream().mapToInt(Column::twips).toArray();
        frame(t, widths, true);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < cols; c++) {
            XWPFTableCell cell = head.getCell(c);
            cell.setVerticalAlignment(XWPFVertAlign.CENTER);
            XWPFParagraph p = first(cell);
            tight(p, ParagraphAlignment.CENTER);
            run(p, table.columns().get(c).title(), 12, true, false);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            XWPFTableRow tr = t.getRow(r + 1);
            if (row.group()) {
                for (int c = cols - 1; c > 0; c--) tr.removeCell(c);
                XWPFTableCell cell = tr.getCell(0);
                tcPr(cell).addNewGridSpan().setVal(BigInteger.valueOf(cols));
                width(cell, t, java.util.Arrays.stream(widths).sum());
                XWPFParagraph p = first(cell);
                tight(p, ParagraphAlignment.LEFT);
                keepNext(p);
                run(p, row.cells().get(0), 12, true, false);
                continue;
            }
            boolean total = "Tổng cộng".equals(row.cells().size() > 1 ? row.cells().get(1) : null);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = tr.getCell(c);
                XWPFParagraph p = first(cell);
                tight(p, table.columns().get(c).centred() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                run(p, c < row.cells().size() ? row.cells().get(c) : "", 12, total, false);
            }
        }
    }

    // ---- recipients and signature ----

    private static void signature(XWPFDocument doc, OfficialDocument d) {
        XWPFTable t = doc.createTable(1, 2);
        frame(t, new int[]{SIGN_LEFT, SIGN_RIGHT}, false);
        t.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFParagraph label = first(left);
        tight(label, ParagraphAlignment.LEFT);
        label.setSpacingBefore(240);
        run(label, "Nơi nhận:", 12, true, true);
        List<String> to = d.recipients();
        for (int i = 0; i < to.size(); i++) {
            XWPFParagraph p = left.addParagraph();
            tight(p, ParagraphAlignment.LEFT);
            run(p, "- " + to.get(i) + (i == to.size() - 1 ? "." : ";"), 11, false, false);
        }
        XWPFTableCell right = t.getRow(0).getCell(1);
        boolean firstLine = true;
        for (String line : d.signerAuthority()) {
            XWPFParagraph p = firstLine ? first(right) : right.addParagraph();
            signerLine(p, line, firstLine);
            firstLine = false;
        }
        signerLine(firstLine ? first(right) : right.addParagraph(), d.signerTitle(), firstLine);
        for (int i = 0; i < 4; i++) tight(right.addParagraph(), ParagraphAlignment.CENTER); // signature and seal
        XWPFParagraph name = right.addParagraph();
        tight(name, ParagraphAlignment.CENTER);
        if (!d.signerName().isEmpty()) run(name, d.signerName(), 14, true, false);
    }

    private static void signerLine(XWPFParagraph p, String text, boolean first) {
        tight(p, ParagraphAlignment.CENTER);
        if (first) p.setSpacingBefore(240);
        run(p, text, 14, true, false);
    }

    // ---- annexes: a new section on a new page, numbered from 1 ----

    private static void annex(XWPFDocument doc, CTSectPr last, Annex a) {
        // the section so far ends here: its properties go on a paragraph; the last section keeps the body's
        XWPFParagraph end = doc.createParagraph();
        CTPPr ppr = end.getCTP().isSetPPr() ? end.getCTP().getPPr() : end.getCTP().addNewPPr();
        CTSectPr previous = (CTSectPr) last.copy();
        if (previous.isSetPgNumType()) previous.unsetPgNumType();
        ppr.setSectPr(previous);
        if (!last.isSetPgNumType()) last.addNewPgNumType();
        last.getPgNumType().setStart(BigInteger.ONE);

        XWPFParagraph label = doc.createParagraph();
        tight(label, ParagraphAlignment.CENTER);
        keepNext(label);
        run(label, a.label(), 14, true, false);
        XWPFParagraph title = doc.createParagraph();
        tight(title, ParagraphAlignment.CENTER);
        keepNext(title);
        run(title, a.title(), 14, true, false);
        XWPFParagraph caption = doc.createParagraph();
        tight(caption, ParagraphAlignment.CENTER);
        caption.setSpacingAfter(240);
        keepNext(caption);
        run(caption, a.caption(), 14, false, true);
        for (Block b : a.body()) block(doc, b);
    }

    // ---- pieces ----

    /** Fixed layout, the given column widths, single borders or none. */
    private static void frame(XWPFTable t, int[] widths, boolean borders) {
        CTTblPr pr = t.getCTTbl().getTblPr() != null ? t.getCTTbl().getTblPr() : t.getCTTbl().addNewTblPr();
        int total = 0;
        for (int w : widths) total += w;
        CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(total));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int w : widths) grid.addNewGridCol().setW(BigInteger.valueOf(w));
        if (borders) { // data tables: 1 mm cell margins, so narrow figure columns keep their headings on whole words
            CTTblCellMar mar = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
            CTTblWidth l = mar.isSetLeft() ? mar.getLeft() : mar.addNewLeft();
            l.setType(STTblWidth.DXA);
            l.setW(BigInteger.valueOf(TABLE_PAD));
            CTTblWidth r = mar.isSetRight() ? mar.getRight() : mar.addNewRight();
            r.setType(STTblWidth.DXA);
            r.setW(BigInteger.valueOf(TABLE_PAD));
        }
        XWPFBorderType type = borders ? XWPFBorderType.SINGLE : XWPFBorderType.NONE;
        int size = borders ? 4 : 0;
        t.setTopBorder(type, size, 0, "000000");
        t.setBottomBorder(type, size, 0, "000000");
        t.setLeftBorder(type, size, 0, "000000");
        t.setRightBorder(type, size, 0, "000000");
        t.setInsideHBorder(type, size, 0, "000000");
        t.setInsideVBorder(type, size, 0, "000000");
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < row.getTableCells().size() && c < widths.length; c++) width(row.getCell(c), t, widths[c]);
        }
    }

    private static void width(XWPFTableCell cell, XWPFTable t, int twips) {
        CTTcPr pr = tcPr(cell);
        CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    }

    /** Single spacing, nothing before or after: the header, tables and the signature block. */
    private static void tight(XWPFParagraph p, ParagraphAlignment align) {
        p.setAlignment(align);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    }

    private static void keepNext(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!ppr.isSetKeepNext()) ppr.addNewKeepNext();
    }

    /** A short centred rule: an empty 2 pt paragraph with a bottom border between wide indents. */
    private static void ruleParagraph(XWPFParagraph p, int indent) {
        tight(p, ParagraphAlignment.CENTER);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingBetween(2, LineSpacingRule.EXACT);
        bottomBorder(p);
        XWPFRun r = p.createRun();
        fonts(r);
        r.setFontSize(2);
    }

    private static void bottomBorder(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTPBdr bdr = ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr();
        CTBorder b = bdr.isSetBottom() ? bdr.getBottom() : bdr.addNewBottom();
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(6));
        b.setSpace(BigInteger.ONE);
        b.setColor("000000");
    }

    /** Text in runs of Times New Roman (all four font slots), one run per line with a break between. */
    static void run(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
        String[] lines = OfficialDocument.safe(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = p.createRun();
            fonts(r);
            r.setFontSize(points);
            r.setComplexScriptFontSize(points);
            r.setBold(bold);
            r.setItalic(italic);
            r.setLang("vi-VN");
            if (i > 0) r.addBreak();
            r.setText(lines[i]);
        }
    }

    private static void fonts(XWPFRun r) {
        fonts(r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr());
    }

    private static void fonts(CTRPr pr) {
        CTFonts f = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
    }

    /** The width of a line in twips, measured with Liberation Serif (the metrics of Times New Roman). */
    static double width(String text, int points, boolean bold) {
        return Documents.serif(bold).getWidthPoint(text, points) * 20;
    }
}
