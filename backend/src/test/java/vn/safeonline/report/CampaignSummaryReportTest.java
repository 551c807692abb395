package vn.safeonline.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.token;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.safeonline.campaign.CampaignTest;
import vn.safeonline.support.SecondCity;

/**
 * The campaign's summary report read back: the DOCX opens in LibreOffice (scripts/check-docx.sh), its figures and the XLSX's
 * are the indicators endpoint's for the same caller, no pupil's name is in any of the three files, photos are embedded small,
 * and a campaign the caller may not see is 404.
 */
@QuarkusTest
class CampaignSummaryReportTest {
    static final String PDF = "application/pdf";

    @Inject
    EntityManager em;

    @BeforeAll
    static void twoCities() {
        SecondCity.ensure();
    }

    static String summary(long campaignId, String file) {
        return "/api/campaigns/" + campaignId + "/" + file;
    }

    /** "61,4", "100": a figure as the report writes it (decimal comma, no trailing zeros). */
    static String vn(Object number) {
        BigDecimal v = new BigDecimal(number.toString()).stripTrailingZeros();
        if (v.scale() < 0) v = v.setScale(0);
        return v.toPlainString().replace('.', ',');
    }

    static List<Map<String, Object>> indicators(String user, long campaignId) {
        return as(user).get("/api/campaigns/" + campaignId + "/indicators").then().statusCode(200).extract().path("items");
    }

    /** Every text of the document: body paragraphs and every table cell, in order. */
    static String allText(XWPFDocument d) {
        return ReportTest.paragraphs(d).stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    static Map<String, List<List<String>>> sheets(byte[] xlsx) throws IOException {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet s : wb.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                try (var stream = s.openStream()) {
                    stream.forEach(r -> {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < r.getCellCount(); c++) {
                            Cell cell = r.getCell(c);
                            cells.add(cell == null ? "" : cell.getText());
                        }
                        rows.add(cells);
                    });
                }
                out.put(s.getName(), rows);
            }
        }
        return out;
    }

    static String cell(List<String> row, int c) {
        return c < row.size() ? row.get(c) : "";
    }

    @Test
    void theDocxOpensInLibreOfficeAndItsFiguresAreTheIndicatorsEndpoints() throws Exception {
        long campaignId = CampaignTest.demoCampaign();
        List<Map<String, Object>> items = indicators("congan", campaignId);
        assertFalse(items.isEmpty(), "the demo campaign has targets");
        byte[] bytes = ReportTest.download(as("congan").get(summary(campaignId, "summary-report.docx")));
        Files.createDirectories(ReportTest.SAMPLES);
        Path sample = ReportTest.SAMPLES.resolve("bao-cao-tong-ket-chien-dich.docx");
        Files.write(sample, bytes);

        try (XWPFDocument d = ReportTest.docx(bytes)) {
            String text = allText(d);
            for (String s : List.of("CÔNG AN THÀNH PHỐ CẦN THƠ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "I. KHÁI QUÁT CHIẾN DỊCH",
                    "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "III. CÁC HOẠT ĐỘNG ĐÃ TRIỂN KHAI", "IV. KẾT QUẢ CÁC CUỘC THI", "Nơi nhận:")) {
                assertTrue(text.contains(s), "the report says '" + s + "'");
            }
            LocalDate today = LocalDate.now(vn.safeonline.common.BusinessClock.ZONE);
            assertTrue(text.contains(ReportTest.longDate(today)), "dated today, Vietnam's day");

            // per target: the same value, fraction, units reached and not reported as the endpoint
            XWPFTable targets = ReportTest.tableStartingWith(d, "STT", "Chỉ tiêu", "Mục tiêu (%)", "Kết quả (%)");
            List<XWPFTableRow> rows = ReportTest.bodyRows(targets);
            assertEquals(items.size(), rows.size(), "one row per target");
            for (int i = 0; i < items.size(); i++) {
                Map<String, Object> ind = items.get(i);
                List<String> cells = rows.get(i).getTableCells().stream().map(ReportTest::text).toList();
                assertEquals(ind.get("name"), cells.get(1));
                assertEquals(vn(ind.get("goalPercent")), cells.get(2));
                assertEquals(vn(ind.get("value")), cells.get(3), "value of " + ind.get("name"));
                assertTrue(cells.get(4).startsWith(ind.get("numerator") + "/" + ind.get("denominator") + " "), cells.get(4));
                assertEquals(ind.get("unitsReached") + "/" + ind.get("unitsInScope"), cells.get(5));
                assertEquals(ind.get("unitsNotReported").toString(), cells.get(6));
                assertEquals(Boolean.TRUE.equals(ind.get("reached")) ? "Đạt" : "Chưa đạt", cells.get(7));
            }

            // per kind of unit: the kinds add up to the target's units
            XWPFTable kinds = ReportTest.tableStartingWith(d, "STT", "Loại đơn vị", "Số đơn vị");
            Map<String, int[]> sums = new HashMap<>();
            String current = null;
            for (XWPFTableRow r : ReportTest.bodyRows(kinds)) {
                if (r.getTableCells().size() == 1) {
                    current = ReportTest.text(r.getCell(0)).replaceFirst("^\\d+\\. ", "");
                    continue;
                }
                int[] s = sums.computeIfAbsent(current, k -> new int[2]);
                s[0] += Integer.parseInt(ReportTest.text(r.getCell(2)));
                s[1] += Integer.parseInt(ReportTest.text(r.getCell(3)));
            }
            for (Map<String, Object> ind : items) {
                int[] s = sums.get((String) ind.get("name"));
                assertNotNull(s, "kinds of " + ind.get("name"));
                assertEquals(((Number) ind.get("unitsInScope")).intValue(), s[0]);
                assertEquals(((Number) ind.get("unitsReached")).intValue(), s[1]);
            }

            // the laggards, in Phụ lục I, are every unit in scope not reached
            long notReached = items.stream().mapToLong(i -> ((Number) i.get("unitsInScope")).longValue() - ((Number) i.get("unitsReached")).longValue()).sum();
            if (notReached > 0) {
                assertTrue(text.contains("DANH SÁCH ĐƠN VỊ CHƯA ĐẠT CHỈ TIÊU"));
                XWPFTable lag = ReportTest.tableStartingWith(d, "STT", "Đơn vị", "Loại đơn vị");
                long unitRows = ReportTest.bodyRows(lag).stream().filter(r -> r.getTableCells().size() > 1).count();
                assertEquals(notReached, unitRows, "one row per unit below each target");
            }

            // the activities: the demo's units reported
            XWPFTable acts = ReportTest.tableStartingWith(d, "STT", "Loại hoạt động");
            assertTrue(ReportTest.bodyRows(acts).size() >= 2);
            // the published drawing contest: ranked by initial
            XWPFTable contest = ReportTest.tableStartingWith(d, "Thứ hạng", "Học sinh");
            // a pupil is an initial, or a dash once retention has anonymised the entry (RetentionTest may have run first)
            var ranked = ReportTest.bodyRows(contest).stream().filter(r -> r.getTableCells().size() > 1).toList();
            assertFalse(ranked.isEmpty(), "the ranking has rows");
            assertTrue(ranked.stream().allMatch(r -> ReportTest.text(r.getCell(1)).matches("\\p{Lu}\\.|—")),
                    "pupils by their initial only: " + ranked.stream().map(r -> ReportTest.text(r.getCell(1))).toList());
        }

        // LibreOffice opens it (a clear skip when LibreOffice is not installed; `make test` converts the samples too)
        Process p = new ProcessBuilder("bash", "../scripts/check-docx.sh", sample.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("→ PDF") || out.contains("SKIPPED"), out);
    }

    @Test
    void theXlsxHasEveryUnitsFiguresAddingUpToTheIndicators() throws Exception {
        long campaignId = CampaignTest.demoCampaign();
        // the standing agency over every unit; a school over its own unit: each its own endpoint's figures
        for (String user : List.of("congan", "thptcvl")) {
            List<Map<String, Object>> items = indicators(user, campaignId);
            Map<String, List<List<String>>> book = sheets(ReportTest.download(as(user).get(summary(campaignId, "summary-figures.xlsx"))));
            List<List<String>> units = book.get("Đơn vị");
            assertEquals("Đơn vị", units.get(3).get(2));
            List<List<String>> unitRows = units.subList(4, units.size());
            List<List<String>> targetRows = book.get("Chỉ tiêu");
            for (Map<String, Object> ind : items) {
                String name = (String) ind.get("name");
                List<List<String>> of = unitRows.stream().filter(r -> name.equals(cell(r, 4))).toList();
                assertEquals(((Number) ind.get("unitsInScope")).intValue(), of.size(), user + ": a row per unit of " + name);
                assertEquals(((Number) ind.get("unitsReached")).longValue(), of.stream().filter(r -> "Đạt".equals(cell(r, 11))).count());
                assertEquals(((Number) ind.get("unitsNotReported")).longValue(), of.stream().filter(r -> "Chưa báo cáo".equals(cell(r, 11))).count());
                if (!"UNITS_WITH_ACTIVITY".equals(ind.get("kind"))) {
                    long num = of.stream().mapToLong(r -> Math.min(Long.parseLong(cell(r, 5)), Long.parseLong(cell(r, 6)))).sum();
                    long den = of.stream().mapToLong(r -> Long.parseLong(cell(r, 6))).sum();
                    assertEquals(((Number) ind.get("numerator")).longValue(), num, user + ": " + name);
                    assertEquals(((Number) ind.get("denominator")).longValue(), den, user + ": " + name);
                }
                List<String> overall = targetRows.stream().filter(r -> name.equals(cell(r, 1)) && "Tất cả đơn vị".equals(cell(r, 2))).findFirst().orElseThrow();
                assertEquals(0, new BigDecimal(ind.get("value").toString()).compareTo(new BigDecimal(cell(overall, 8))), user + ": " + name);
                assertEquals(ind.get("numerator").toString(), cell(overall, 6));
                assertEquals(ind.get("denominator").toString(), cell(overall, 7));
            }
        }
    }

    @Test
    void noPupilsNameInAnyOfTheThreeFiles() throws Exception {
        long campaignId = CampaignTest.demoCampaign();
        List<String> pupils = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> names = em.createNativeQuery("select e.pupil_name from contest_entry e join contest c on c.id = e.contest_id"
                    + " where c.campaign_id = ?1 and e.pupil_name is not null").setParameter(1, campaignId).getResultList();
            return names;
        });
        assertTrue(pupils.size() >= 5, "the demo's contests have pupils: " + pupils);
        String docx;
        try (XWPFDocument d = ReportTest.docx(ReportTest.download(as("congan").get(summary(campaignId, "summary-report.docx"))))) {
            docx = allText(d);
        }
        String pdf;
        try (PDDocument doc = Loader.loadPDF(ReportTest.download(as("congan").accept(PDF + ", application/problem+json")
                .get(summary(campaignId, "summary-report.pdf"))))) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        String xlsx = sheets(ReportTest.download(as("congan").get(summary(campaignId, "summary-figures.xlsx")))).values().stream()
                .flatMap(List::stream).flatMap(List::stream).collect(Collectors.joining("\n"));
        assertTrue(pdf.contains("KẾT QUẢ CÁC CUỘC THI") && pdf.contains("Thứ hạng"), "the PDF has the contests");
        for (String name : pupils) {
            assertFalse(docx.contains(name), "DOCX names " + name);
            assertFalse(pdf.contains(name), "PDF names " + name);
            assertFalse(xlsx.contains(name), "XLSX names " + name);
        }
    }

    static byte[] jpeg(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, w, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }

    @Test
    void theUnitsPhotosAreEmbeddedSmallAndOthersGet404() throws Exception {
        long campaignId = CampaignTest.runningCampaign();
        LocalDate today = LocalDate.now(vn.safeonline.common.BusinessClock.ZONE);
        long reportId = ((Number) as("thptcvl").body(Map.of("type", "WORKSHOP", "date", today.minusDays(1).toString(), "pupils", 40))
                .post("/api/campaigns/" + campaignId + "/reports").then().statusCode(201).extract().path("id")).longValue();
        given().header("Authorization", "Bearer " + token("thptcvl")).multiPart("file", "tap-huan.jpg", jpeg(2400, 1600), "image/jpeg")
                .post("/api/activity-reports/" + reportId + "/photos").then().statusCode(201);

        byte[] bytes = ReportTest.download(as("congan").get(summary(campaignId, "summary-report.docx")));
        try (XWPFDocument d = ReportTest.docx(bytes)) {
            assertEquals(1, d.getAllPictures().size(), "the unit's photo");
            var picture = d.getAllPictures().get(0);
            assertTrue(picture.getData().length < 100_000, "small: " + picture.getData().length + " bytes");
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(picture.getData()));
            assertTrue(img.getWidth() <= CampaignSummaryService.PHOTO_PIXELS && img.getHeight() <= CampaignSummaryService.PHOTO_PIXELS);
            String text = allText(d);
            assertTrue(text.contains("Trường THPT Châu Văn Liêm — Tập huấn, hội thảo (workshop)"), "the caption names the unit and the activity");
            XWPFTable acts = ReportTest.tableStartingWith(d, "STT", "Loại hoạt động");
            assertEquals(List.of("1", "Tập huấn, hội thảo (workshop)", "1", "40"), acts.getRow(1).getTableCells().stream().map(ReportTest::text).toList());
        }
        try (PDDocument pdf = Loader.loadPDF(ReportTest.download(as("congan").accept(PDF + ", application/problem+json")
                .get(summary(campaignId, "summary-report.pdf"))))) {
            boolean image = false;
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) image |= page.getResources().isImageXObject(name);
            }
            assertTrue(image, "the PDF embeds the photo");
        }

        // another deployment, or a campaign that does not exist: 404 for all three
        for (String file : List.of("summary-report.docx", "summary-report.pdf", "summary-figures.xlsx")) {
            as("hp-coordinator").get(summary(campaignId, file)).then().statusCode(404).body("code", equalTo("not-found"));
            as("congan").get(summary(987654321L, file)).then().statusCode(404).contentType("application/problem+json");
        }
        // a unit of the campaign has it, over its own unit
        as("thptcvl").get(summary(campaignId, "summary-figures.xlsx")).then().statusCode(200);
        given().get(summary(campaignId, "summary-report.docx")).then().statusCode(401);
    }

    @Test
    void aCampaignOfADraftIsNotFoundForAnAgencyThatDoesNotSeeIt() {
        // a draft plan is seen by its issuer's side and the standing agency only: so is its campaign, and so is its summary
        long planId = ((Number) as("ubnd").body(vn.safeonline.support.Api.planInput("Kế hoạch nháp tổng kết " + vn.safeonline.support.Api.unique()))
                .post("/api/plans").then().statusCode(201).extract().path("id")).longValue();
        long campaignId = ((Number) as("ubnd").body(CampaignTest.campaignInput("Chiến dịch nháp " + vn.safeonline.support.Api.unique()))
                .post("/api/plans/" + planId + "/campaigns").then().statusCode(201).extract().path("id")).longValue();
        as("sogddt").get("/api/campaigns/" + campaignId + "/indicators").then().statusCode(404);
        for (String file : List.of("summary-report.docx", "summary-report.pdf", "summary-figures.xlsx")) {
            as("sogddt").get(summary(campaignId, file)).then().statusCode(404).body("code", equalTo("not-found"))
                    .body("type", equalTo("/problems/not-found"));
        }
        // the issuer and the standing agency have it: no targets, no units yet, and it says so
        as("ubnd").get(summary(campaignId, "summary-figures.xlsx")).then().statusCode(200);
        as("congan").accept(PDF + ", application/problem+json").get(summary(campaignId, "summary-report.pdf")).then().statusCode(200);
    }
}
