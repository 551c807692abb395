package vn.safeonline.attendee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.token;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class ImportTest {

    static ValidatableResponse upload(String user, long quotaId, String fileName, byte[] content) {
        return given().header("Authorization", "Bearer " + token(user)).multiPart("file", fileName, content, "application/octet-stream")
                .post("/api/quotas/" + quotaId + "/imports").then();
    }

    /** Uploads and waits until the background parse is done; returns the job id. */
    public static long uploadAndWait(String user, long quotaId, String fileName, byte[] content) throws InterruptedException {
        long id = ((Number) upload(user, quotaId, fileName, content).statusCode(202).extract().path("id")).longValue();
        for (int i = 0; i < 200; i++) {
            String status = as(user).get("/api/imports/" + id).then().statusCode(200).extract().path("status");
            if (!"PARSING".equals(status)) return id;
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " still parsing");
    }

    public static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    public static final String HEADER = "Họ và tên,Chức vụ,Đơn vị,Số điện thoại,Email,Trường,Lớp,Họ tên phụ huynh,SĐT phụ huynh,Hoàn cảnh khó khăn";

    @Test
    void aListIsReportedRowByRowFixedInPlaceAndCommittedOnConfirmation() throws Exception {
        CeremonyTest.Setup s = CeremonyTest.setup(4);
        as("sogddt").body(CeremonyTest.student("Đã Có Sẵn", "0901 000 001")).post("/api/quotas/" + s.studentQuota() + "/attendees").then().statusCode(201);
        long job = uploadAndWait("sogddt", s.studentQuota(), "hoc-sinh.csv", csv(
                "\uFEFF" + HEADER,
                "Nguyễn Minh Khôi,Học sinh,,0902 000 002,,Trường THPT Châu Văn Liêm,10A1,Nguyễn Văn Cha,0912 000 002,x",
                "Trần Thu Hà,Học sinh,,,,,11A2,,,",
                "Lê Văn Trùng,Học sinh,,0901.000.001,,Trường THPT Bùi Hữu Nghĩa,12A3,,,",
                "Phạm Khánh Linh,Học sinh,,0903 000 003,,Trường THPT Bình Thủy,10A4,,,có",
                ",,,,,,,,,",
                "Võ Gia Huy,Học sinh,,0904 000 004,,Trường THPT An Khánh,11A1,,,",
                "Đỗ Thùy Vy,Học sinh,,0905 000 005,,Trường THPT An Khánh,11A1,,,"));
        as("sogddt").get("/api/imports/" + job).then().body("status", equalTo("READY")).body("totalRows", equalTo(6))
                .body("validRows", equalTo(3)).body("invalidRows", equalTo(1)).body("duplicateRows", equalTo(1)).body("overQuotaRows", equalTo(1));
        as("sogddt").queryParam("status", "INVALID").get("/api/imports/" + job + "/rows").then().statusCode(200)
                .body("items[0].rowNumber", equalTo(3)).body("items[0].messages", hasItem("Trường: Học sinh cần có tên trường"));
        as("sogddt").queryParam("status", "DUPLICATE").get("/api/imports/" + job + "/rows").then()
                .body("items[0].messages[0]", containsString("Trùng số điện thoại"));
        as("sogddt").queryParam("status", "OVER_QUOTA").get("/api/imports/" + job + "/rows").then()
                .body("items[0].rowNumber", equalTo(8)).body("items[0].messages[0]", containsString("còn 3 chỗ"));

        // the officer fixes row 3 in place: it becomes valid, and the file now has more valid rows than places
        as("sogddt").body(Map.of("values", Map.of("fullName", "Trần Thu Hà", "school", "Trường THPT Châu Văn Liêm", "grade", "11A2")))
                .put("/api/imports/" + job + "/rows/3").then().statusCode(200).body("status", equalTo("OVER_QUOTA"));
        as("sogddt").get("/api/imports/" + job).then().body("validRows", equalTo(3)).body("overQuotaRows", equalTo(2));
        as("sogddt").post("/api/imports/" + job + "/commit").then().statusCode(200)
                .body("status", equalTo("COMMITTED")).body("createdCount", equalTo(3));
        as("sogddt").get("/api/quotas/" + s.studentQuota()).then().body("filled", equalTo(4));
        as("congan").queryParam("q", "nguyen minh khoi").get("/api/events/" + s.eventId() + "/attendees").then()
                .body("total", equalTo(1)).body("items[0].guardianName", equalTo("Nguyễn Văn Cha")).body("items[0].difficultCircumstances", equalTo(true))
                .body("items[0].venueName", equalTo("Hội trường Công an thành phố"));
        as("sogddt").post("/api/imports/" + job + "/commit").then().statusCode(409).body("code", equalTo("invalid-transition"));
    }

    @Test
    void anExcelFileIsReadAndAFormulaIsRefused() throws Exception {
        CeremonyTest.Setup s = CeremonyTest.setup(10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Danh sách");
        String[] header = HEADER.split(",");
        for (int i = 0; i < header.length; i++) ws.value(0, i, header[i]);
        ws.value(1, 0, "Bùi Quốc Bảo");
        ws.value(1, 5, "Trường THPT Lưu Hữu Phước");
        ws.value(1, 6, "10A5");
        ws.formula(2, 0, "HYPERLINK(\"http://evil.example\",\"Bấm vào\")");
        ws.value(2, 5, "Trường THPT Lưu Hữu Phước");
        ws.value(2, 6, "10A5");
        wb.finish();
        long job = uploadAndWait("sogddt", s.studentQuota(), "danh-sach.xlsx", out.toByteArray());
        as("sogddt").get("/api/imports/" + job).then().body("status", equalTo("READY")).body("validRows", equalTo(1)).body("invalidRows", equalTo(1));
        as("sogddt").queryParam("status", "INVALID").get("/api/imports/" + job + "/rows").then()
                .body("items[0].messages[0]", containsString("công thức"));
    }

    @Test
    void badFilesAreRefusedClearlyAndSaveNothing() throws Exception {
        CeremonyTest.Setup s = CeremonyTest.setup(10);
        long q = s.studentQuota();
        upload("sogddt", q, "rong.csv", new byte[0]).statusCode(422).body("code", equalTo("unprocessable"));
        byte[] binary = new byte[4096];
        new Random(1).nextBytes(binary);
        binary[10] = 0;
        upload("sogddt", q, "anh.csv", binary).statusCode(415).body("code", equalTo("unsupported-file"));
        upload("sogddt", q, "danh-sach.xlsx", "Họ và tên\nAn".getBytes(StandardCharsets.UTF_8)).statusCode(415);
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(3).nextBytes(junk);
        upload("sogddt", q, "rac.csv", junk).statusCode(415).body("code", equalTo("unsupported-file")); // 10 MB of junk
        java.util.Arrays.fill(junk, (byte) 'a');
        long textJunk = uploadAndWait("sogddt", q, "rac.csv", junk); // 10 MB of text junk: no header to read
        as("sogddt").get("/api/imports/" + textJunk).then().body("status", equalTo("FAILED")).body("error", containsString("Họ và tên"));
        byte[] huge = new byte[12 * 1024 * 1024 + 10]; // the test profile's limit is 12 MB (32 MB in production)
        java.util.Arrays.fill(huge, (byte) 'a');
        upload("sogddt", q, "lon.csv", huge).statusCode(413).body("code", equalTo("file-too-large"));

        byte[] brokenXlsx = new byte[2048];
        new Random(2).nextBytes(brokenXlsx);
        brokenXlsx[0] = 'P';
        brokenXlsx[1] = 'K';
        brokenXlsx[2] = 3;
        brokenXlsx[3] = 4;
        long broken = uploadAndWait("sogddt", q, "hong.xlsx", brokenXlsx);
        as("sogddt").get("/api/imports/" + broken).then().body("status", equalTo("FAILED")).body("error", containsString("Không đọc được tệp"));
        long missing = uploadAndWait("sogddt", q, "thieu-cot.csv", csv("Tên trường,Lớp", "Trường THPT An Khánh,10A1"));
        as("sogddt").get("/api/imports/" + missing).then().body("status", equalTo("FAILED")).body("error", containsString("Họ và tên"));
        as("sogddt").post("/api/imports/" + missing + "/commit").then().statusCode(409);

        upload("sonoivu", q, "ds.csv", csv(HEADER, "A,,,,,X,1,,,")).statusCode(404); // another organisation's quota
        as("sonoivu").get("/api/imports/" + broken).then().statusCode(404);
        as("congan").get("/api/quotas/" + q).then().body("filled", equalTo(0));
    }

    @Test
    void cellsWithTabsBackslashesAndLineBreaksArriveIntact() throws Exception {
        CeremonyTest.Setup s = CeremonyTest.setup(3);
        long job = uploadAndWait("sogddt", s.studentQuota(), "ky-tu.csv", csv(HEADER,
                "Mai Thị Tab,\"Lớp trưởng\tkiêm \\ bí thư\",,,,\"Trường THPT\nAn Khánh\",10A1,,,"));
        as("sogddt").get("/api/imports/" + job).then().body("status", equalTo("READY")).body("validRows", equalTo(1));
        as("sogddt").post("/api/imports/" + job + "/commit").then().statusCode(200).body("createdCount", equalTo(1));
        as("congan").queryParam("q", "mai thi tab").get("/api/events/" + s.eventId() + "/attendees").then()
                .body("items[0].position", equalTo("Lớp trưởng\tkiêm \\ bí thư")).body("items[0].school", equalTo("Trường THPT\nAn Khánh"));
    }

    @Test
    void aCommitThatNoLongerFitsTheQuotaCreatesNothing() throws Exception {
        CeremonyTest.Setup s = CeremonyTest.setup(2);
        long job = uploadAndWait("sogddt", s.studentQuota(), "ds.csv", csv(HEADER,
                "Hồ Văn Một,,,,,Trường THPT Thới Lai,10A1,,,", "Hồ Văn Hai,,,,,Trường THPT Thới Lai,10A1,,,"));
        as("sogddt").body(CeremonyTest.student("Người Đến Trước", null)).post("/api/quotas/" + s.studentQuota() + "/attendees").then().statusCode(201);
        as("sogddt").post("/api/imports/" + job + "/commit").then().statusCode(409).body("code", equalTo("quota-exceeded"))
                .body("detail", containsString("còn 1 chỗ"));
        as("sogddt").get("/api/quotas/" + s.studentQuota()).then().body("filled", equalTo(1));
    }

    @Test
    void theTemplateHasTheVietnameseHeaders() {
        CeremonyTest.Setup s = CeremonyTest.setup(2);
        byte[] xlsx = given().header("Authorization", "Bearer " + token("sogddt")).get("/api/quotas/" + s.studentQuota() + "/import-template")
                .then().statusCode(200).header("Content-Disposition", containsString("mau-danh-sach-student.xlsx")).extract().asByteArray();
        assertTrue(xlsx.length > 100 && xlsx[0] == 'P' && xlsx[1] == 'K');
        List<String> header = new java.util.ArrayList<>();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx));
             var rows = wb.getFirstSheet().openStream()) {
            rows.findFirst().ifPresent(r -> r.forEach(c -> header.add(c.getText())));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals("Họ và tên *", header.get(0));
        assertTrue(header.contains("Họ tên phụ huynh"), header.toString());
    }
}
