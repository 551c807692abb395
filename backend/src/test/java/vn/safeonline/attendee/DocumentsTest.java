package vn.safeonline.attendee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.token;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentsTest {

    static byte[] get(String user, String path) {
        return given().header("Authorization", "Bearer " + token(user)).get(path).then().statusCode(200).extract().asByteArray();
    }

    @Test
    void theInvitationQrCarriesTheOpaqueTokenAndTheCardIsAPdf() throws Exception {
        CeremonyTest.Setup s = CeremonyTest.setup(3);
        int id = ((Number) as("sogddt").body(CeremonyTest.student("Trương Ngọc Ánh", null)).post("/api/quotas/" + s.studentQuota() + "/attendees")
                .then().statusCode(201).extract().path("id")).intValue();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(get("sogddt", "/api/attendees/" + id + "/invitation.png")));
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)))).getText();
        String token = Attendee.<Attendee>findByIdOptional((long) id).map(a -> a.invitationToken).orElseThrow();
        assertEquals(token, decoded);
        assertTrue(token.length() >= 32, "192 random bits, never the id");
        // the door accepts what the QR says
        as("congan").body(Map.of("token", decoded)).post("/api/events/" + s.eventId() + "/check-ins").then().statusCode(201);

        byte[] pdf = get("congan", "/api/attendees/" + id + "/invitation.pdf");
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-"), "a PDF");
        assertTrue(text.contains("LiberationSerif"), "the Vietnamese-capable font is embedded");
        as("sonoivu").get("/api/attendees/" + id + "/invitation.pdf").then().statusCode(404);
    }

    @Test
    void theListExportsToExcelWithFormulasNeutralisedAndWithoutContacts() throws Exception {
        CeremonyTest.Setup s = CeremonyTest.setup(5);
        as("sogddt").body(CeremonyTest.student("=HYPERLINK(\"http://evil.example\",\"x\")", "0908 765 432")).post("/api/quotas/" + s.studentQuota() + "/attendees")
                .then().statusCode(201);
        as("sogddt").body(CeremonyTest.student("Lâm Thảo Nguyên", null)).post("/api/quotas/" + s.studentQuota() + "/attendees").then().statusCode(201);
        byte[] xlsx = get("congan", "/api/events/" + s.eventId() + "/attendees/export?format=xlsx");
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx)); var stream = wb.getFirstSheet().openStream()) {
            stream.forEach(r -> {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(c == null ? null : c.getText()));
                rows.add(cells);
            });
        }
        assertEquals("Họ và tên", rows.get(1).get(1));
        assertEquals(4, rows.size(), "title, header, two delegates");
        assertTrue(rows.stream().anyMatch(r -> r.contains("'=HYPERLINK(\"http://evil.example\",\"x\")")), "formula neutralised: " + rows);
        assertTrue(rows.stream().flatMap(List::stream).noneMatch(c -> c != null && c.contains("0908")), "no phone numbers in exports");

        byte[] pdf = get("congan", "/api/events/" + s.eventId() + "/attendees/export?format=pdf");
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        given().header("Authorization", "Bearer " + token("congan")).get("/api/events/" + s.eventId() + "/attendees/export?format=docx")
                .then().statusCode(400);
        // an agency exports only its own delegates
        byte[] own = get("sonoivu", "/api/events/" + s.eventId() + "/attendees/export");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(own)); var stream = wb.getFirstSheet().openStream()) {
            assertEquals(2, stream.count(), "title and header only");
        }
    }
}
