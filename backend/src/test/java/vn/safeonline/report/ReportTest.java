package vn.safeonline.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.planInput;
import static vn.safeonline.support.Api.raw;
import static vn.safeonline.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.safeonline.campaign.CampaignTest;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.support.SecondCity;

/**
 * The official reports of a plan, read back: the DOCX with POI (Decree 30 measures), the PDF with PDFBox
 * (Vietnamese text extracts), the spreadsheets with fastexcel; who may download them; bad inputs.
 */
@QuarkusTest
class ReportTest {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** The test run leaves its DOCX here; `make test` converts it with LibreOffice when that is installed. */
    static final Path SAMPLES = Path.of("target/report-samples");

    @Inject
    BusinessClock clock;

    @BeforeAll
    static void twoCities() {
        SecondCity.ensure();
    }

    /** A demo plan by its number: other tests (the plan importer) may add drafts with the same title. */
    static long demoPlan(String search, String reference) {
        Number id = as("congan").queryParam("q", search).queryParam("size", 100).get("/api/plans").then().statusCode(200)
                .extract().path("items.find { it.reference == '" + reference + "' && it.status == 'ISSUED' }.id");
        assertNotNull(id, "demo plan " + reference);
        return id.longValue();
    }

    static long planB() {
        return demoPlan("khong mot minh", "120/KH-UBND");
    }

    static long planA() {
        return demoPlan("le phat dong chuong trinh", "135/KH-UBND");
    }

    /** The first day of plan B's campaign: the demo's dates follow the day it was loaded, so they are read, never written here. */
    static LocalDate campaignStart() {
        return LocalDate.parse(as("congan").get("/api/campaigns/" + CampaignTest.demoCampaign()).then().statusCode(200).extract().path("startsOn"));
    }

    /** A task of plan B by its label, as the API shows it. */
    static Map<String, Object> taskB(String label) {
        return as("congan").queryParam("size", 100).get("/api/plans/" + planB() + "/tasks").then().statusCode(200)
                .extract().path("items.find { it.label == '" + label + "' }");
    }

    /** "17/10/2025", as a report's body cites a day. */
    static String dmy(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** "ngày 05 tháng 01 năm 2020", "ngày 25 tháng 10 năm 2025": Decree 30 pads the day, and the month in January and February only. */
    static String longDate(LocalDate d) {
        String month = d.getMonthValue() <= 2 ? String.format("%02d", d.getMonthValue()) : Integer.toString(d.getMonthValue());
        return "ngày " + String.format("%02d", d.getDayOfMonth()) + " tháng " + month + " năm " + d.getYear();
    }

    static byte[] download(Response r) {
        return r.then().statusCode(200).extract().asByteArray();
    }

    static XWPFDocument docx(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    /** The rows under a table's header row. */
    static List<org.apache.poi.xwpf.usermodel.XWPFTableRow> bodyRows(XWPFTable t) {
        return t.getRows().subList(1, t.getRows().size());
    }

    static String text(XWPFTableCell c) {
        return c.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    /** Every paragraph of the body, in tables too, in order. */
    static List<XWPFParagraph> paragraphs(XWPFDocument d) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (IBodyElement e : d.getBodyElements()) {
            if (e instanceof XWPFParagraph p) out.add(p);
            if (e instanceof XWPFTable t) {
                for (XWPFTableRow r : t.getRows()) for (XWPFTableCell c : r.getTableCells()) out.addAll(c.getParagraphs());
            }
        }
        return out;
    }

    static List<String> bodyTexts(XWPFDocument d) {
        return d.getBodyElements().stream().filter(e -> e instanceof XWPFParagraph).map(e -> ((XWPFParagraph) e).getText()).toList();
    }

    /** The body paragraphs from a heading up to the next heading of the same kind. */
    static List<String> section(List<String> texts, String heading, String next) {
        int from = texts.indexOf(heading);
        assertTrue(from >= 0, "heading " + heading + " in " + texts);
        List<String> out = new ArrayList<>();
        for (int i = from + 1; i < texts.size() && !texts.get(i).startsWith(next); i++) out.add(texts.get(i));
        return out;
    }

    static XWPFTable tableStartingWith(XWPFDocument d, String... headings) {
        for (XWPFTable t : d.getTables()) {
            List<String> head = t.getRow(0).getTableCells().stream().map(ReportTest::text).toList();
            if (head.size() >= headings.length && head.subList(0, headings.length).equals(List.of(headings))) return t;
        }
        throw new AssertionError("no table " + List.of(headings));
    }

    @Test
    void theProgressReportIsADecree30WordDocumentWithThePlansFigures() throws Exception {
        long planId = planB();
        byte[] bytes = download(as("congan").queryParam("signerAuthority", "KT. GIÁM ĐỐC").queryParam("signerTitle", "Phó Giám đốc")
                .queryParam("signerName", "Nguyễn Văn An").queryParam("recipients", "Như trên\n- Lưu: VT, PA05.")
                .accept(DOCX + ", application/problem+json")
                .get("/api/plans/" + planId + "/reports/progress.docx"));
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve("bao-cao-tien-do-120-kh-ubnd.docx"), bytes);
        try (XWPFDocument d = docx(bytes)) {
            // A4 portrait, margins 20/20/30/15 mm, page numbers from page 2
            CTSectPr s = d.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(11906), s.getPgSz().getW());
            assertEquals(BigInteger.valueOf(16838), s.getPgSz().getH());
            assertEquals(BigInteger.valueOf(1134), s.getPgMar().getTop());
            assertEquals(BigInteger.valueOf(1134), s.getPgMar().getBottom());
            assertEquals(BigInteger.valueOf(1701), s.getPgMar().getLeft());
            assertEquals(BigInteger.valueOf(851), s.getPgMar().getRight());
            assertTrue(s.isSetTitlePg(), "page 1 shows no number");
            XWPFHeader pageHeader = d.getHeaderFooterPolicy().getDefaultHeader();
            assertNotNull(pageHeader);
            assertTrue(pageHeader.getParagraphs().get(0).getCTP().xmlText().contains("PAGE"), "a PAGE field in the header");

            // Times New Roman in every run, in all four font slots
            for (XWPFParagraph p : paragraphs(d)) {
                for (XWPFRun r : p.getRuns()) {
                    CTFonts f = r.getCTR().getRPr().getRFontsArray(0);
                    assertEquals("Times New Roman", f.getAscii(), "run '" + r.text() + "'");
                    assertEquals("Times New Roman", f.getHAnsi());
                    assertEquals("Times New Roman", f.getCs());
                    assertEquals("Times New Roman", f.getEastAsia());
                }
            }

            // the header: a borderless 2 × 2 table, issuing body | national motto; number | place and date
            assertTrue(d.getBodyElements().get(0) instanceof XWPFTable, "the document opens with the header table");
            XWPFTable head = (XWPFTable) d.getBodyElements().get(0);
            assertEquals(2, head.getRows().size());
            assertEquals(2, head.getRow(0).getTableCells().size());
            assertEquals(2, head.getRow(1).getTableCells().size());
            assertEquals(XWPFTable.XWPFBorderType.NONE, head.getTopBorderType());
            assertEquals(XWPFTable.XWPFBorderType.NONE, head.getInsideVBorderType());
            assertEquals("CÔNG AN THÀNH PHỐ CẦN THƠ", text(head.getRow(0).getCell(0)).trim());
            XWPFParagraph nation = head.getRow(0).getCell(1).getParagraphs().get(0);
            XWPFParagraph motto = head.getRow(0).getCell(1).getParagraphs().get(1);
            assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", nation.getText());
            assertEquals("Độc lập - Tự do - Hạnh phúc", motto.getText());
            assertEquals(13.0, nation.getRuns().get(0).getFontSizeAsDouble());
            assertTrue(nation.getRuns().get(0).isBold());
            assertEquals(14.0, motto.getRuns().get(0).getFontSizeAsDouble());
            assertTrue(motto.getCTP().getPPr().getPBdr().isSetBottom(), "the rule under the Tiêu ngữ");
            assertTrue(text(head.getRow(1).getCell(0)).matches("Số: [\\s\u00A0]*/BC-CA-TP"), text(head.getRow(1).getCell(0)));
            XWPFParagraph date = head.getRow(1).getCell(1).getParagraphs().get(0);
            LocalDate today = LocalDate.now(vn.safeonline.common.BusinessClock.ZONE);
            assertEquals("Cần Thơ, " + longDate(today), date.getText());
            assertTrue(date.getText().matches("Cần Thơ, ngày \\d{2} tháng (0[12]|[3-9]|1[0-2]) năm \\d{4}"));
            assertTrue(date.getRuns().get(0).isItalic());

            // title, addressee, sections
            List<String> texts = bodyTexts(d);
            assertTrue(texts.contains("BÁO CÁO"));
            LocalDate issued = LocalDate.parse(as("congan").get("/api/plans/" + planId).then().statusCode(200).extract().path("issueDate"));
            assertTrue(texts.contains("Kết quả thực hiện Kế hoạch số 120/KH-UBND ngày " + dmy(issued) + " của Ủy ban nhân dân thành phố Cần Thơ"), texts.toString());
            assertTrue(texts.contains("Kính gửi: Ủy ban nhân dân thành phố Cần Thơ."));
            for (String h : List.of("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ CHUNG",
                    "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "V. ĐỀ XUẤT, KIẾN NGHỊ")) {
                assertTrue(texts.contains(h), h);
            }
            assertTrue(texts.stream().anyMatch(t -> t.endsWith("./.")), "the body ends with ./.");

            // the per-task table of Phụ lục I: one numbered row per task of the plan, under its agency
            int taskCount = ((Number) as("congan").get("/api/plans/" + planId + "/tasks").then().statusCode(200).extract().path("total")).intValue();
            XWPFTable tasks = tableStartingWith(d, "STT", "Nhiệm vụ");
            long numbered = bodyRows(tasks).stream().filter(r -> text(r.getCell(0)).matches("\\d+")).count();
            assertEquals(taskCount, numbered);
            assertEquals(11, taskCount);
            assertTrue(tasks.getRows().stream().anyMatch(r -> text(r.getCell(0)).endsWith(". Sở Giáo dục và Đào tạo")), "agency rows");

            // the per-agency table and the laggards agree with the progress page
            var progress = as("congan").get("/api/plans/" + planId + "/progress").then().statusCode(200).extract();
            List<String> agencies = progress.path("organizations.organization.name");
            List<String> lagging = progress.path("organizations.findAll { it.lagging }.organization.name");
            XWPFTable perAgency = tableStartingWith(d, "STT", "Cơ quan, đơn vị chủ trì");
            assertEquals(agencies, bodyRows(perAgency).stream().map(r -> text(r.getCell(1))).filter(n -> !n.equals("Tổng cộng")).toList());
            List<String> laggards = section(texts, "3. Cơ quan, đơn vị chậm tiến độ, chưa hoàn thành nhiệm vụ", "III.").stream()
                    .filter(t -> t.startsWith("- ")).map(t -> t.substring(2, t.indexOf(':'))).toList();
            assertEquals(lagging, laggards);
            assertFalse(lagging.isEmpty(), "plan B, in its campaign's fourth week, has unfinished tasks");
            assertTrue(lagging.contains("Hội Liên hiệp Phụ nữ thành phố Cần Thơ"), lagging.toString());
            assertFalse(laggards.contains("Thành đoàn Cần Thơ"), "done agencies are not laggards");

            // the signer from the request (authority and title upper-case), under "Nơi nhận:"
            XWPFTable sign = d.getTables().stream().filter(t -> text(t.getRow(0).getCell(0)).startsWith("Nơi nhận:")).findFirst().orElseThrow();
            List<String> signer = sign.getRow(0).getCell(1).getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
            assertEquals(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"), signer);
            assertEquals(List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT, PA05."), sign.getRow(0).getCell(0).getParagraphs().stream().map(XWPFParagraph::getText).toList());
            XWPFRun label = sign.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
            assertTrue(label.isBold() && label.isItalic());
            assertEquals(12.0, label.getFontSizeAsDouble());
        }
    }

    @Test
    void figuresStandAsAtTheEndOfTheDayAsked() throws Exception {
        long planId = planB();
        // the campaign's 20th day (25/10/2025 in the real plan): the posters and the officers' frames (measured by the campaign's
        // targets) under way; the lead's typed task done; nothing overdue
        LocalDate asOf = campaignStart().plusDays(19);
        byte[] bytes = download(as("congan").queryParam("asOf", asOf.toString()).get("/api/plans/" + planId + "/reports/progress.docx"));
        try (XWPFDocument d = docx(bytes)) {
            XWPFTable head = (XWPFTable) d.getBodyElements().get(0);
            assertEquals("Cần Thơ, " + longDate(asOf), text(head.getRow(1).getCell(1)));
            XWPFTable tasks = tableStartingWith(d, "STT", "Nhiệm vụ");
            assertEquals("Kết quả đến ngày " + dmy(asOf), text(tasks.getRow(0).getCell(4)));
            Map<String, String> status = new HashMap<>();
            for (XWPFTableRow r : tasks.getRows()) {
                if (r.getTableCells().size() == 7 && text(r.getCell(0)).matches("\\d+")) status.put(text(r.getCell(1)).split("\n")[0], text(r.getCell(6)));
            }
            assertEquals("Đang thực hiện", status.get("100% trường học treo áp phích, băng rôn, standee, dán sticker, decal và sử dụng ấn phẩm số (video ngắn trên màn hình LED, giờ chào cờ, hình nền)."));
            assertEquals("Đang thực hiện", status.get("100% cán bộ, chiến sĩ thay ảnh đại diện, ảnh bìa theo khung chiến dịch."));
            assertEquals("Hoàn thành đúng hạn", status.get((String) taskB("1.a").get("text")));
            assertFalse(status.containsValue("Quá hạn"), status.toString());
        }
        // the same task the day after its due date (the campaign's end): its target (posters at every school and education
        // institution) was not reached, whatever the typed report ("100% trường học đã treo áp phích") said: overdue
        LocalDate due = LocalDate.parse((String) taskB("2.b").get("dueDate"));
        byte[] after;
        try {
            clock.set(clock.startOf(due.plusDays(1)).plusHours(10).toInstant());
            after = download(as("congan").get("/api/plans/" + planId + "/reports/progress.docx"));
        } finally {
            clock.reset();
        }
        try (XWPFDocument d = docx(after)) {
            XWPFTable tasks = tableStartingWith(d, "STT", "Nhiệm vụ");
            assertTrue(tasks.getRows().stream().anyMatch(r -> text(r.getCell(0)).matches("\\d+")
                    && text(r.getCell(1)).startsWith("100% trường học treo áp phích") && text(r.getCell(6)).equals("Quá hạn")));
        }
    }

    /**
     * One fact, one place: a task that campaign targets measure has, in the API, the DOCX and the XLSX, the lowest of its targets'
     * values (as the campaign's indicators compute them) and is done only when every target is reached.
     */
    @Test
    void targetBoundTasksAgreeInTheApiTheIndicatorsTheDocxAndTheXlsx() throws Exception {
        long planId = planB();
        long campaignId = CampaignTest.demoCampaign(); // not any campaign of the plan: other tests add their own to it
        List<Map<String, Object>> indicators = as("congan").get("/api/campaigns/" + campaignId + "/indicators").then().statusCode(200)
                .extract().path("items");
        List<Map<String, Object>> tasks = as("congan").queryParam("size", 100).get("/api/plans/" + planId + "/tasks").then().statusCode(200)
                .extract().path("items");
        Map<String, Map<String, Object>> bound = new HashMap<>();
        for (Map<String, Object> t : tasks) {
            List<Map<String, Object>> mine = indicators.stream().filter(i -> t.get("id").equals(i.get("taskId"))).toList();
            assertEquals(!mine.isEmpty(), t.get("measuredByTargets"), "task " + t.get("label") + " is measured by targets iff it has some");
            if (mine.isEmpty()) continue;
            double lowest = mine.stream().mapToDouble(i -> ((Number) i.get("value")).doubleValue()).min().orElseThrow();
            assertEquals(lowest, ((Number) t.get("percentReached")).doubleValue(), 0.001, "task " + t.get("label") + ": the lowest target");
            boolean allReached = mine.stream().allMatch(i -> Boolean.TRUE.equals(i.get("reached")));
            String status = (String) t.get("status");
            assertEquals(allReached, status.startsWith("DONE"), "task " + t.get("label") + " is done iff every target is reached: " + status);
            assertEquals(null, t.get("reachedValue"), "no typed figure on a target-bound task");
            bound.put((String) t.get("label"), t);
        }
        assertTrue(bound.size() >= 3, "plan 120's target-bound tasks: " + bound.keySet());
        assertTrue(bound.values().stream().anyMatch(t -> !((String) t.get("status")).startsWith("DONE")), "the demo's targets are not all reached");

        // the task table (XLSX): the same percent and status per label
        byte[] xlsx = download(as("congan").get("/api/plans/" + planId + "/reports/tasks.xlsx"));
        int seen = 0;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx)); var rows = wb.getFirstSheet().openStream()) {
            for (var row : (Iterable<org.dhatim.fastexcel.reader.Row>) rows::iterator) {
                String label = row.getCellAsString(1).orElse(null);
                Map<String, Object> t = bound.get(label);
                if (t == null) continue;
                seen++;
                assertEquals(((Number) t.get("percentReached")).doubleValue(), row.getCellAsNumber(11).orElseThrow().doubleValue(), 0.001, label);
                assertEquals(VnFormat.status(vn.safeonline.task.TaskStatus.valueOf((String) t.get("status"))), row.getCellAsString(12).orElse(null), label);
            }
        }
        assertEquals(bound.size(), seen, "every target-bound task is in the XLSX");

        // the progress report (DOCX): the same percent and status per task
        try (XWPFDocument d = docx(download(as("congan").get("/api/plans/" + planId + "/reports/progress.docx")))) {
            XWPFTable table = tableStartingWith(d, "STT", "Nhiệm vụ");
            int matched = 0;
            for (Map<String, Object> t : bound.values()) {
                for (XWPFTableRow r : table.getRows()) {
                    if (r.getTableCells().size() != 7 || !text(r.getCell(1)).startsWith((String) t.get("text"))) continue;
                    matched++;
                    assertEquals(VnFormat.number(new java.math.BigDecimal(t.get("percentReached").toString())), text(r.getCell(5)), (String) t.get("label"));
                    assertEquals(VnFormat.status(vn.safeonline.task.TaskStatus.valueOf((String) t.get("status"))), text(r.getCell(6)), (String) t.get("label"));
                }
            }
            assertEquals(bound.size(), matched, "every target-bound task is in the DOCX");
        }
    }

    @Test
    void theTemplateIsTheCallersChoiceAsJson() throws Exception {
        long planId = planB();
        LocalDate asOf = campaignStart().plusDays(20); // a past day of the campaign, however the demo's dates fall
        var options = new HashMap<String, Object>();
        options.put("asOf", asOf.toString());
        options.put("parentBody", "Công an thành phố Cần Thơ");
        options.put("issuingBody", "PHÒNG AN NINH MẠNG VÀ PHÒNG, CHỐNG\nTỘI PHẠM SỬ DỤNG CÔNG NGHỆ CAO");
        options.put("number", "7");
        options.put("symbol", "BC-PA05");
        options.put("place", "Cần Thơ");
        options.put("addressees", List.of("Giám đốc Công an thành phố", "Ủy ban nhân dân thành phố Cần Thơ"));
        options.put("signerAuthority", List.of());
        options.put("signerTitle", "TRƯỞNG PHÒNG");
        options.put("signerName", "Trần Minh Khoa");
        options.put("recipients", List.of("- Như trên;", "Lãnh đạo Công an thành phố", "Lưu: VT, PA05."));
        byte[] bytes = download(as("congan").body(options).post("/api/plans/" + planId + "/reports/progress.docx"));
        try (XWPFDocument d = docx(bytes)) {
            XWPFTable head = (XWPFTable) d.getBodyElements().get(0);
            List<XWPFParagraph> issuer = head.getRow(0).getCell(0).getParagraphs();
            assertEquals("CÔNG AN THÀNH PHỐ CẦN THƠ", issuer.get(0).getText());
            assertFalse(issuer.get(0).getRuns().get(0).isBold(), "the superior body is not bold");
            assertEquals("PHÒNG AN NINH MẠNG VÀ PHÒNG, CHỐNG", issuer.get(1).getText());
            assertEquals("TỘI PHẠM SỬ DỤNG CÔNG NGHỆ CAO", issuer.get(2).getText());
            assertTrue(issuer.get(1).getRuns().get(0).isBold());
            assertEquals("Số: 07/BC-PA05", text(head.getRow(1).getCell(0)));
            assertEquals("Cần Thơ, " + longDate(asOf), text(head.getRow(1).getCell(1)));
            List<String> texts = bodyTexts(d);
            assertTrue(texts.contains("Kính gửi: - Giám đốc Công an thành phố;\n- Ủy ban nhân dân thành phố Cần Thơ."), texts.toString());
            assertTrue(texts.stream().anyMatch(t -> t.contains(", Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao báo cáo kết quả thực hiện đến ngày " + dmy(asOf))),
                    "the opening names the reporting unit as the organisation tree writes it");
            XWPFTable sign = d.getTables().stream().filter(t -> text(t.getRow(0).getCell(0)).startsWith("Nơi nhận:")).findFirst().orElseThrow();
            assertEquals(List.of("Nơi nhận:", "- Như trên;", "- Lãnh đạo Công an thành phố;", "- Lưu: VT, PA05."),
                    sign.getRow(0).getCell(0).getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertEquals(List.of("TRƯỞNG PHÒNG", "Trần Minh Khoa"),
                    sign.getRow(0).getCell(1).getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList());
            assertTrue(texts.contains("(Kèm theo Báo cáo số 07/BC-PA05 ngày " + dmy(asOf) + " của Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao)"));
        }
    }

    @Test
    void thePdfHasTheSameContentAndRendersVietnamese() throws Exception {
        long planId = planB();
        byte[] bytes = download(as("congan").queryParam("signerName", "Nguyễn Văn An").accept("application/pdf, application/problem+json")
                .get("/api/plans/" + planId + "/reports/progress.pdf"));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDRectangle a4 = pdf.getPage(0).getMediaBox();
            assertEquals(595.3f, a4.getWidth(), 0.5f);
            assertEquals(841.9f, a4.getHeight(), 0.5f);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String s : List.of("CÔNG AN THÀNH PHỐ CẦN THƠ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                    "Kính gửi: Ủy ban nhân dân thành phố Cần Thơ.", "Công an thành phố Cần Thơ", "Sở Giáo dục và Đào tạo",
                    "Hội Liên hiệp Phụ nữ thành phố Cần Thơ", "II. KẾT QUẢ THỰC HIỆN", "Nơi nhận:", "Nguyễn Văn An", "Phụ lục I",
                    "“Không một mình”")) {
                assertTrue(text.contains(s), "extracts '" + s + "'");
            }
            assertTrue(pdf.getPage(0).getResources().getFontNames().iterator().hasNext());
            boolean embedded = false;
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                var font = pdf.getPage(0).getResources().getFont(name);
                embedded |= font.getName().contains("LiberationSerif") && font.isEmbedded();
            }
            assertTrue(embedded, "Liberation Serif embedded");
        }
    }

    @Test
    void theTaskTableIsASpreadsheetWithFormulasNeutralised() throws Exception {
        var input = new HashMap<String, Object>(planInput("Xuất bảng nhiệm vụ " + unique()));
        long planId = ((Number) as("ubnd").body(input).post("/api/plans").then().statusCode(201).extract().path("id")).longValue();
        String formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
        as("ubnd").body(Map.of("leadOrganizationId", orgId("SO-GDDT"), "text", formula, "label", "@SUM(A1)"))
                .post("/api/plans/" + planId + "/tasks").then().statusCode(201);
        as("ubnd").body(Map.of("leadOrganizationId", orgId("SO-NOIVU"), "text", "Mời 10 hội, hiệp hội", "dueDate", "2026-05-28",
                "target", Map.of("kind", "COUNT", "value", 10, "unit", "hội"))).post("/api/plans/" + planId + "/tasks").then().statusCode(201);
        byte[] bytes = download(as("congan").get("/api/plans/" + planId + "/reports/tasks.xlsx"));
        List<List<Cell>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes)); var stream = wb.getFirstSheet().openStream()) {
            stream.forEach(r -> {
                List<Cell> cells = new ArrayList<>();
                r.forEach(cells::add);
                rows.add(cells);
            });
        }
        List<Cell> header = rows.get(3);
        assertEquals("Nhiệm vụ", header.get(4).getText());
        List<List<Cell>> data = rows.subList(4, rows.size());
        assertEquals(2, data.size(), "one row per task");
        Cell text = data.get(0).get(4);
        assertEquals(CellType.STRING, text.getType(), "text, not a formula");
        assertEquals("'" + formula, text.getText());
        assertEquals("'@SUM(A1)", data.get(0).get(1).getText());
        assertTrue(rows.stream().flatMap(List::stream).noneMatch(c -> c != null && c.getType() == CellType.FORMULA), "no formulas at all");
        assertEquals("Sở Nội vụ", data.get(1).get(2).getText());
        assertEquals(CellType.NUMBER, data.get(1).get(7).getType());
        assertEquals("Chưa thực hiện", data.get(1).get(12).getText());
        // the draft's issuer sees it too; an agency with a task does not get the whole table
        as("ubnd").get("/api/plans/" + planId + "/reports/tasks.xlsx").then().statusCode(200);
        as("sogddt").get("/api/plans/" + planId + "/reports/tasks.xlsx").then().statusCode(404); // a draft: not even the plan
    }

    @Test
    void theCeremonysQuotaMatrixExportsCountsOnly() throws Exception {
        long planId = planA();
        long eventId = ((Number) as("congan").get("/api/plans/" + planId + "/events").then().statusCode(200).extract().path("items[0].id")).longValue();
        int total = ((Number) as("congan").get("/api/events/" + eventId + "/quota-matrix").then().statusCode(200).extract().path("total.quota")).intValue();
        byte[] bytes = download(as("congan").get("/api/events/" + eventId + "/quota-matrix.xlsx"));
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes)); var stream = wb.getFirstSheet().openStream()) {
            stream.forEach(r -> {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(c == null ? null : c.getText()));
                rows.add(cells);
            });
        }
        List<String> last = rows.get(rows.size() - 1);
        assertEquals("Tổng cộng", last.get(1));
        assertEquals(Integer.toString(total), last.get(last.size() - 4), "the grand total of the quotas");
        assertTrue(rows.stream().anyMatch(r -> r.size() > 1 && "Sở Giáo dục và Đào tạo".equals(r.get(1))));
        as("sogddt").get("/api/events/" + eventId + "/quota-matrix.xlsx").then().statusCode(403).body("code", equalTo("forbidden"));
    }

    @Test
    void theDefaultsComeFromTheStandingAgency() {
        long planId = planB();
        as("congan").get("/api/plans/" + planId + "/reports/defaults").then().statusCode(200)
                .body("issuingBody", equalTo("CÔNG AN THÀNH PHỐ CẦN THƠ"))
                .body("parentBody", equalTo(""))
                .body("symbol", equalTo("BC-CA-TP"))
                .body("place", equalTo("Cần Thơ"))
                .body("addressees", equalTo(List.of("Ủy ban nhân dân thành phố Cần Thơ")))
                .body("signerTitle", equalTo("GIÁM ĐỐC"))
                .body("recipients", hasItem("Như trên"))
                .body("asOf", equalTo(LocalDate.now(vn.safeonline.common.BusinessClock.ZONE).toString()));
    }

    @Test
    void onlyThoseWhoSeeEveryonesProgressDownload() {
        long planId = planB();
        String docx = "/api/plans/" + planId + "/reports/progress.docx";
        // an agency with tasks in the plan sees its own part, not the report
        as("sogddt").get(docx).then().statusCode(403).body("code", equalTo("forbidden")).body("type", equalTo("/problems/forbidden"));
        as("sogddt").get("/api/plans/" + planId + "/reports/progress.pdf").then().statusCode(403);
        as("sogddt").get("/api/plans/" + planId + "/reports/tasks.xlsx").then().statusCode(403);
        // another deployment: the plan does not exist for it
        as("hp-coordinator").get(docx).then().statusCode(404).body("code", equalTo("not-found"));
        as("hp-coordinator").get("/api/plans/" + planId + "/reports/defaults").then().statusCode(404);
        given().get(docx).then().statusCode(401).body("code", equalTo("unauthenticated"));
        // a recipient of the plan (the office's viewer) reads the plan, not everyone's progress
        as("xem").get("/api/plans/" + planId).then().statusCode(200);
        as("xem").get("/api/plans/" + planId + "/reports/defaults").then().statusCode(403);
        as("xem").get("/api/plans/" + planId + "/reports/progress.pdf").then().statusCode(403);
        // the issuer's side and the standing agency do
        as("ubnd").get("/api/plans/" + planId + "/reports/tasks.xlsx").then().statusCode(200);
        // a plan that does not exist
        as("congan").get("/api/plans/987654321/reports/progress.docx").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
    }

    @Test
    void badInputsAreProblemsWithTheirField() {
        long planId = planB();
        String docx = "/api/plans/" + planId + "/reports/progress.docx";
        raw("congan").queryParam("asOf", "23/11/2025").get(docx).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("validation-failed"))
                .body("errors[0].field", equalTo("asOf")).body("errors[0].code", equalTo("InvalidDate"));
        raw("congan").queryParam("asOf", "2025-02-30").get("/api/plans/" + planId + "/reports/tasks.xlsx").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        as("congan").queryParam("asOf", LocalDate.now(vn.safeonline.common.BusinessClock.ZONE).plusDays(30).toString()).get(docx).then().statusCode(422)
                .body("code", equalTo("unprocessable")).body("errors[0].field", equalTo("asOf")).body("errors[0].code", equalTo("InFuture"));
        raw("congan").queryParam("symbol", "BC CA/TP").get(docx).then().statusCode(400).body("errors[0].field", equalTo("symbol"));
        raw("congan").queryParam("number", "12a").get(docx).then().statusCode(400).body("errors[0].field", equalTo("number"));
        raw("congan").body(Map.of("asOf", "hôm nay")).post(docx).then().statusCode(400)
                .body("code", equalTo("validation-failed")).body("errors[0].field", equalTo("asOf"));
        raw("congan").body(Map.of("recipients", List.of(""))).post("/api/plans/" + planId + "/reports/progress.pdf").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("recipients"));
        // control characters never reach the document
        given().header("Authorization", "Bearer " + vn.safeonline.support.Api.token("congan"))
                .queryParam("signerName", "Nguyễn\u0001 Văn\u0007 An").get(docx).then().statusCode(200);
    }
}
