package vn.safeonline.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.publicCampaign;
import static vn.safeonline.support.Api.anonymous;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.token;
import static vn.safeonline.support.Api.unique;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.safeonline.common.PublicRateLimit;

@QuarkusTest
public class CampaignTest {
    @Inject
    PublicRateLimit rateLimit;
    @Inject
    jakarta.persistence.EntityManager em;
    @Inject
    vn.safeonline.common.BusinessClock clock;

    @BeforeEach
    void freshBuckets() {
        rateLimit.reset();
    }

    public static long demoCampaign() {
        return ((Number) as("congan").get("/api/campaigns").then().statusCode(200)
                .extract().path("items.find { it.name.contains('Không một mình') }.id")).longValue();
    }

    public static long demoPlan() {
        return ((Number) as("congan").get("/api/campaigns/" + demoCampaign()).then().statusCode(200).extract().path("planId")).longValue();
    }

    /** A campaign of its own, over 06/10–30/11/2025: over before the tests run, so every day of it can be reported. */
    public static Map<String, Object> campaignInput(String name) {
        return campaignInput(name, LocalDate.of(2025, 10, 6), LocalDate.of(2025, 11, 30));
    }

    public static Map<String, Object> campaignInput(String name, LocalDate startsOn, LocalDate endsOn) {
        return Map.of("name", name, "startsOn", startsOn.toString(), "endsOn", endsOn.toString(), "hashtags", List.of("#khongmotminh"),
                "pledgeTemplates", List.of("Tôi cam kết an toàn trên mạng."));
    }

    /** A fresh campaign under plan B with the upper secondary schools in scope. */
    public static long freshCampaign() {
        return freshCampaign(campaignInput("Chiến dịch thử " + unique()));
    }

    /** A fresh campaign that runs today (Vietnam's day): what is done now counts towards its targets. */
    public static long runningCampaign() {
        LocalDate today = LocalDate.now(vn.safeonline.common.BusinessClock.ZONE);
        return freshCampaign(campaignInput("Chiến dịch thử " + unique(), today.minusDays(7), today.plusDays(48)));
    }

    private static long freshCampaign(Map<String, Object> input) {
        long id = ((Number) as("congan").body(input).post("/api/plans/" + demoPlan() + "/campaigns")
                .then().statusCode(201).extract().path("id")).longValue();
        as("congan").body(Map.of("organizationTypes", List.of("SCHOOL_UPPER_SECONDARY"))).post("/api/campaigns/" + id + "/units")
                .then().statusCode(200).body("added", greaterThan(10));
        return id;
    }

    static byte[] png(int w, int h, boolean transparent) throws IOException {
        BufferedImage img = new BufferedImage(w, h, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, w, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static byte[] jpeg(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }

    /** Inserts an acTL chunk after IHDR: the file is then an animated PNG (APNG). */
    static byte[] animated(byte[] png) {
        byte[] chunk = {0, 0, 0, 8, 'a', 'c', 'T', 'L', 0, 0, 0, 2, 0, 0, 0, 0, 0x11, 0x22, 0x33, 0x44};
        int at = 8 + 25; // signature + IHDR (length, type, 13 bytes, crc)
        byte[] out = new byte[png.length + chunk.length];
        System.arraycopy(png, 0, out, 0, at);
        System.arraycopy(chunk, 0, out, at, chunk.length);
        System.arraycopy(png, at, out, at + chunk.length, png.length - at);
        return out;
    }

    static ValidatableResponse uploadFrame(long campaignId, String name, byte[] bytes) {
        return given().header("Authorization", "Bearer " + token("congan")).multiPart("file", name, bytes, "image/png")
                .put("/api/campaigns/" + campaignId + "/frame").then();
    }

    @Test
    void theFrameIsCheckedByItsBytes() throws IOException {
        long id = freshCampaign();
        uploadFrame(id, "khung.png", jpeg(512, 512)).statusCode(415).body("code", equalTo("unsupported-file"));
        uploadFrame(id, "khung.png", "<svg onload=alert(1)>".getBytes()).statusCode(415);
        uploadFrame(id, "khung.png", animated(png(512, 512, true))).statusCode(422).body("errors.code", hasItem("Animated"));
        uploadFrame(id, "khung.png", png(512, 512, false)).statusCode(422).body("errors.code", hasItem("NoTransparency"));
        uploadFrame(id, "khung.png", png(512, 300, true)).statusCode(422).body("errors.code", hasItem("NotSquare"));
        uploadFrame(id, "khung.png", png(4000, 4000, true)).statusCode(422).body("errors.code", hasItem("Size"));
        uploadFrame(id, "khung.png", new byte[3 * 1024 * 1024]).statusCode(413);
        as("congan").get("/api/campaigns/" + id).then().body("hasFrame", equalTo(false));
        given().get(publicCampaign(id) + "/frame.png").then().statusCode(404);
        // only the campaign's managers upload it
        given().header("Authorization", "Bearer " + token("sogddt")).multiPart("file", "khung.png", png(512, 512, true), "image/png")
                .put("/api/campaigns/" + id + "/frame").then().statusCode(403);

        byte[] good = png(512, 512, true);
        uploadFrame(id, "khung.png", good).statusCode(200).body("hasFrame", equalTo(true))
                .body("frameUrl", equalTo(publicCampaign(id) + "/frame.png"));
        byte[] served = given().get(publicCampaign(id) + "/frame.png").then().statusCode(200)
                .contentType("image/png").header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertEquals(good.length, served.length);
    }

    @Test
    void adoptionIsCountedPerUnitOncePerDevice() throws IOException {
        long id = runningCampaign(); // an adoption counts within the campaign's period
        String device = UUID.randomUUID().toString();
        var body = Map.of("unitCode", "thpt-chauvanliem", "deviceId", device, "audience", "PUPILS");
        anonymous().body(body).post(publicCampaign(id) + "/adoptions").then().statusCode(409); // no frame yet
        uploadFrame(id, "khung.png", png(512, 512, true)).statusCode(200);
        anonymous().get(publicCampaign(id) + "/units/THPT-CHAUVANLIEM").then().statusCode(200)
                .body("name", equalTo("Trường THPT Châu Văn Liêm"));
        anonymous().get(publicCampaign(id) + "/units/UBND-CT").then().statusCode(404); // not a unit of the campaign
        anonymous().body(body).post(publicCampaign(id) + "/adoptions").then().statusCode(201).body("counted", equalTo(true));
        anonymous().body(body).post(publicCampaign(id) + "/adoptions").then().statusCode(200).body("counted", equalTo(false));
        anonymous().body(Map.of("unitCode", "KHONG-CO", "deviceId", UUID.randomUUID().toString()))
                .post(publicCampaign(id) + "/adoptions").then().statusCode(422).body("errors[0].field", equalTo("unitCode"));
        given().contentType("application/json").body(Map.of("deviceId", "x")).post(publicCampaign(id) + "/adoptions")
                .then().statusCode(400).body("errors[0].field", equalTo("deviceId"));

        // the adoption target of the school: 1 framed avatar over its pupils
        as("congan").body(Map.of("organizationIds", List.of(orgId("THPT-CHAUVANLIEM")))).post("/api/campaigns/" + id + "/units").then().statusCode(200);
        as("congan").body(Map.of("officers", 0, "pupils", 4, "students", 0, "teachers", 0))
                .put("/api/campaigns/" + id + "/units/" + orgId("THPT-CHAUVANLIEM")).then().statusCode(200);
        long target = ((Number) as("congan").body(Map.of("name", "100% học sinh thay khung ảnh", "kind", "FRAME_ADOPTION", "audience", "PUPILS"))
                .post("/api/campaigns/" + id + "/targets").then().statusCode(201).extract().path("id")).longValue();
        as("congan").queryParam("size", 100).get("/api/campaign-targets/" + target + "/units").then().statusCode(200)
                .body("items.find { it.organization.code == 'THPT-CHAUVANLIEM' }.numerator", equalTo(1))
                .body("items.find { it.organization.code == 'THPT-CHAUVANLIEM' }.denominator", equalTo(4))
                .body("items.find { it.organization.code == 'THPT-CHAUVANLIEM' }.value", equalTo(25.0f))
                .body("items.find { it.organization.code == 'THPT-CHAUVANLIEM' }.status", equalTo("NOT_REACHED"));
        // a teacher's framed avatar counts for teachers, not for the pupils' target
        anonymous().body(Map.of("unitCode", "THPT-CHAUVANLIEM", "deviceId", UUID.randomUUID().toString(), "audience", "TEACHERS"))
                .post(publicCampaign(id) + "/adoptions").then().statusCode(201);
        as("congan").queryParam("size", 100).get("/api/campaign-targets/" + target + "/units").then().statusCode(200)
                .body("items.find { it.organization.code == 'THPT-CHAUVANLIEM' }.numerator", equalTo(1));
        // after the campaign's end (Vietnam's day) the page is told so and nothing is counted
        String end = as("congan").get("/api/campaigns/" + id).then().extract().path("endsOn");
        try {
            clock.set(java.time.LocalDate.parse(end).plusDays(1).atStartOfDay(vn.safeonline.common.BusinessClock.ZONE).plusMinutes(30).toInstant());
            anonymous().body(Map.of("unitCode", "THPT-CHAUVANLIEM", "deviceId", UUID.randomUUID().toString(), "audience", "PUPILS"))
                    .post(publicCampaign(id) + "/adoptions").then().statusCode(409).body("code", equalTo("window-closed"));
            anonymous().body(Map.of("displayName", "Minh An", "templateIndex", 0)).post(publicCampaign(id) + "/pledges")
                    .then().statusCode(409).body("code", equalTo("window-closed"));
        } finally {
            clock.reset();
        }
        as("congan").queryParam("size", 100).get("/api/campaign-targets/" + target + "/units").then().statusCode(200)
                .body("items.find { it.organization.code == 'THPT-CHAUVANLIEM' }.numerator", equalTo(1));
    }

    /** An agency that sees the campaign but is none of its units sees the campaign-wide figures, the same as the standing agency's. */
    @Test
    void whoeverSeesTheCampaignSeesTheSameFiguresNeverZeros() {
        long id = demoCampaign();
        var all = as("congan").get("/api/campaigns/" + id + "/indicators").then().statusCode(200).body("campaignWide", equalTo(true)).extract();
        var media = as("sovhttdl").get("/api/campaigns/" + id + "/indicators").then().statusCode(200).body("campaignWide", equalTo(true)).extract();
        assertEquals(all.<List<Object>>path("items.value"), media.<List<Object>>path("items.value"));
        assertEquals(all.<List<Object>>path("items.unitsInScope"), media.<List<Object>>path("items.unitsInScope"));
        assertTrue(all.<List<Integer>>path("items.unitsInScope").stream().allMatch(n -> n > 0), "every target has units in scope");
        as("thptcvl").get("/api/campaigns/" + id + "/indicators").then().statusCode(200).body("campaignWide", equalTo(false));
    }

    /** Nothing of a plan still in draft is public: its campaign's public page, wall and frame answer 404 as if it did not exist. */
    @Test
    void aDraftPlansCampaignIsNotPublic() {
        long draft = ((Number) as("ubnd").body(vn.safeonline.support.Api.planInput("Kế hoạch nháp " + unique())).post("/api/plans")
                .then().statusCode(201).extract().path("id")).longValue();
        long id = ((Number) as("ubnd").body(campaignInput("Chiến dịch nháp " + unique())).post("/api/plans/" + draft + "/campaigns")
                .then().statusCode(201).extract().path("id")).longValue();
        anonymous().get(publicCampaign(id)).then().statusCode(404);
        anonymous().get(publicCampaign(id) + "/wall").then().statusCode(404);
        anonymous().body(Map.of("displayName", "Minh An", "templateIndex", 0)).post(publicCampaign(id) + "/pledges").then().statusCode(404);
        anonymous().body(Map.of("deviceId", UUID.randomUUID().toString())).post(publicCampaign(id) + "/adoptions").then().statusCode(404);
        as("ubnd").get("/api/campaigns/" + id).then().statusCode(200); // its own people still see it
        // an issued campaign is public by its opaque public id only: its database id (sequential, enumerable) finds nothing
        long issued = demoCampaign();
        anonymous().get(publicCampaign(issued)).then().statusCode(200);
        for (String path : List.of("", "/wall", "/units/THPT-CHAUVANLIEM", "/frame.png")) {
            io.restassured.RestAssured.given().get("/api/public/campaigns/" + issued + path).then().statusCode(404);
        }
        String publicId = publicCampaign(issued).substring("/api/public/campaigns/".length());
        assertTrue(publicId.matches("[0-9a-f]{16}"), publicId);
    }

    @Test
    void pledgesAreScreenedModeratedAndShown() {
        long id = runningCampaign();
        String url = publicCampaign(id) + "/pledges";
        anonymous().body(Map.of("displayName", "Minh Thư", "unitCode", "THPT-CHAUVANLIEM", "text", "Em hứa dùng mạng an toàn, văn minh."))
                .post(url).then().statusCode(202).body("status", equalTo("PENDING"));
        anonymous().body(Map.of("displayName", "Hải", "templateIndex", 0)).post(url).then().statusCode(202).body("status", equalTo("PENDING"));
        anonymous().body(Map.of("displayName", "X", "text", "<script>alert('hi')</script> an toàn")).post(url).then().statusCode(202)
                .body("status", equalTo("HELD"));
        anonymous().body(Map.of("displayName", "Lan", "text", "Kết bạn với mình qua số 0 9 1 2 3 4 5 6 7 8 nhé")).post(url).then()
                .statusCode(202).body("status", equalTo("HELD")).body("message", containsString("số điện thoại"));
        anonymous().body(Map.of("displayName", "Lan", "text", "Nhắn mình ở lan.nguyen@gmail.com")).post(url).then().body("status", equalTo("HELD"));
        anonymous().body(Map.of("displayName", "Lan", "text", "Vào www.trang-la.vn nhé")).post(url).then().body("status", equalTo("HELD"));
        anonymous().body(Map.of("displayName", "Lan", "text", "Em sẽ lớn lên an toàn, buổi nào cũng nhắc bạn")).post(url).then().body("status", equalTo("PENDING"));
        given().contentType("application/json").body(Map.of("displayName", "Lan", "text", "a".repeat(281))).post(url).then().statusCode(400);
        anonymous().body(Map.of("displayName", "Lan")).post(url).then().statusCode(400).body("errors[0].field", equalTo("text"));
        anonymous().body(Map.of("displayName", "Lan", "templateIndex", 7)).post(url).then().statusCode(422);

        // the queue: pending and held, oldest first; a held pledge says why
        as("sogddt").get("/api/campaigns/" + id + "/pledges").then().statusCode(403);
        var queue = as("congan").queryParam("size", 100).get("/api/campaigns/" + id + "/pledges").then().statusCode(200)
                .body("total", equalTo(7)).body("items.find { it.status == 'HELD' }.heldReason", notNullValue());
        int first = queue.extract().path("items[0].id");
        int script = queue.extract().path("items.find { it.text.contains('script') }.id");
        anonymous().get(publicCampaign(id) + "/wall").then().statusCode(200).body("total", equalTo(0));
        as("congan").post("/api/pledges/" + first + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        as("congan").post("/api/pledges/" + script + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"));
        as("congan").post("/api/pledges/" + script + "/approve").then().statusCode(409);
        anonymous().get(publicCampaign(id) + "/wall").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].displayName", equalTo("Minh Thư")).body("items[0].unitName", equalTo("Trường THPT Châu Văn Liêm"))
                .body("items[0].text", equalTo("Em hứa dùng mạng an toàn, văn minh."));
    }

    @Test
    void publicWritesAreRateLimitedPerClient() {
        long id = demoCampaign();
        clock.set(clock.instant()); // the allowance refills with the business clock: held still, a slow machine cannot refill it mid-test
        try {
            writesBeyondTheAllowanceAreRefused(id);
        } finally {
            clock.reset();
        }
    }

    private void writesBeyondTheAllowanceAreRefused(long id) {
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 80 && limited == 0; i++) {
            var r = given().contentType("application/json").body(Map.of("deviceId", UUID.randomUUID().toString()))
                    .post(publicCampaign(id) + "/adoptions").then().extract();
            if (r.statusCode() == 429) {
                limited++;
                retryAfter = r.header("Retry-After");
                assertEquals("rate-limited", r.path("code"));
                assertTrue(r.contentType().startsWith("application/problem+json"));
            }
        }
        assertEquals(1, limited, "writes beyond the allowance are refused");
        assertTrue(Integer.parseInt(retryAfter) >= 1);
        anonymous().get(publicCampaign(id)).then().statusCode(200); // reads have their own allowance
    }

    @Test
    void aQuizCountsOneAttemptPerDevice() {
        long campaign = demoCampaign();
        var listed = as("congan").get("/api/campaigns/" + campaign + "/quiz/quizzes").then().statusCode(200).extract();
        long quiz = ((Number) listed.path("items[0].id")).longValue();
        String publicQuiz = "/api/public/quizzes/" + listed.path("items[0].publicId");
        anonymous().get("/api/public/quizzes/" + quiz).then().statusCode(404); // never by the database id
        var q = anonymous().get(publicQuiz).then().statusCode(200).body("questions[0]", not(hasItem("correctIndex")));
        List<Integer> ids = q.extract().path("questions.id");
        assertTrue(q.extract().asString().indexOf("correctIndex") < 0, "the public quiz carries no answers");
        String device = UUID.randomUUID().toString();
        List<Map<String, Object>> answers = ids.stream().map(i -> Map.<String, Object>of("questionId", i, "choice", 1)).toList();
        var body = Map.of("unitCode", "THPT-CHAUVANLIEM", "deviceId", device, "answers", answers);
        int before = participants(quiz, "THPT-CHAUVANLIEM");
        anonymous().body(body).post(publicQuiz + "/attempts").then().statusCode(201).body("counted", equalTo(true))
                .body("total", equalTo(ids.size())).body("answers[0].explanation", notNullValue());
        anonymous().body(body).post(publicQuiz + "/attempts").then().statusCode(200).body("counted", equalTo(false));
        var sameDeviceOtherCase = new HashMap<String, Object>(body);
        sameDeviceOtherCase.put("deviceId", device.toUpperCase(java.util.Locale.ROOT));
        anonymous().body(sameDeviceOtherCase).post(publicQuiz + "/attempts").then().statusCode(200).body("counted", equalTo(false));
        assertEquals(before + 1, participants(quiz, "THPT-CHAUVANLIEM"));
        // a choice beyond the question's options is refused, naming the answer
        int options = ((List<?>) q.extract().path("questions[0].options")).size();
        var outOfRange = new HashMap<String, Object>(body);
        outOfRange.put("deviceId", UUID.randomUUID().toString());
        outOfRange.put("answers", List.of(Map.of("questionId", ids.get(0), "choice", options)));
        anonymous().body(outOfRange).post(publicQuiz + "/attempts").then().statusCode(422)
                .body("errors[0].field", equalTo("answers[0].choice"));
        assertEquals(before + 1, participants(quiz, "THPT-CHAUVANLIEM"));
        var twice = new HashMap<String, Object>(body);
        twice.put("deviceId", UUID.randomUUID().toString());
        twice.put("answers", List.of(Map.of("questionId", ids.get(0), "choice", 0), Map.of("questionId", ids.get(0), "choice", 1)));
        anonymous().body(twice).post(publicQuiz + "/attempts").then().statusCode(422);
    }

    private static int participants(long quiz, String code) {
        Integer n = as("congan").get("/api/quizzes/" + quiz + "/results").then().statusCode(200)
                .extract().path("items.find { it.unit != null && it.unit.code == '" + code + "' }.participants");
        return n == null ? 0 : n;
    }

    @Test
    void aUnitReportsForItselfWithEvidenceAndSeesItsOwnFigures() throws IOException {
        long id = demoCampaign();
        long cvl = orgId("THPT-CHAUVANLIEM");
        String url = "/api/campaigns/" + id + "/reports";
        // the demo's dates follow the day it was loaded: a day of its campaign that has passed, and the day before it began
        LocalDate startsOn = LocalDate.parse(as("congan").get("/api/campaigns/" + id).then().statusCode(200).extract().path("startsOn"));
        var report = Map.of("type", "ANNOUNCEMENT_POST", "date", startsOn.plusDays(14).toString(), "place", "Fanpage trường", "pupils", 0, "views", 1200,
                "links", List.of("https://www.facebook.com/thptchauvanliem/posts/1"));
        long reportId = ((Number) as("thptcvl").body(report).post(url).then().statusCode(201)
                .body("organization.code", equalTo("THPT-CHAUVANLIEM")).extract().path("id")).longValue();
        // another school's report, or a link that is not http(s), or a date outside the campaign
        var other = new HashMap<String, Object>(report);
        other.put("organizationId", orgId("THPT-PHANNGOCHIEN"));
        as("thptcvl").body(other).post(url).then().statusCode(403);
        var script = new HashMap<String, Object>(report);
        script.put("links", List.of("javascript:alert(1)"));
        given().header("Authorization", "Bearer " + token("thptcvl")).contentType("application/json").body(script).post(url)
                .then().statusCode(400).body("errors[0].field", containsString("links"));
        var early = new HashMap<String, Object>(report);
        early.put("date", startsOn.minusDays(1).toString());
        as("thptcvl").body(early).post(url).then().statusCode(422).body("errors[0].field", equalTo("date"))
                .body("errors[0].code", equalTo("OutsidePeriod"));

        // photos: real images only, served as images
        String photos = "/api/activity-reports/" + reportId + "/photos";
        given().header("Authorization", "Bearer " + token("thptcvl")).multiPart("file", "anh.jpg", "<html><script>x</script></html>".getBytes(), "image/jpeg")
                .post(photos).then().statusCode(415);
        long photo = ((Number) given().header("Authorization", "Bearer " + token("thptcvl")).multiPart("file", "anh.jpg", jpeg(640, 480), "image/jpeg")
                .post(photos).then().statusCode(201).body("contentType", equalTo("image/jpeg")).body("width", equalTo(640))
                .extract().path("id")).longValue();
        given().header("Authorization", "Bearer " + token("congan")).get(photos + "/" + photo).then().statusCode(200)
                .contentType("image/jpeg").header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", containsString("sandbox"));
        given().header("Authorization", "Bearer " + token("sonoivu")).get(photos + "/" + photo).then().statusCode(404);

        // the school sees its own unit only; the standing agency sees all
        as("thptcvl").queryParam("size", 100).get(url).then().statusCode(200).body("items.organization.code", not(hasItem("THPT-PHANNGOCHIEN")));
        as("thptcvl").get("/api/campaigns/" + id + "/indicators").then().statusCode(200).body("items[0].unitsInScope", equalTo(1));
        var all = as("congan").get("/api/campaigns/" + id + "/indicators").then().statusCode(200);
        int inScope = all.extract().path("items.find { it.name.startsWith('100% trường học đăng bài') }.unitsInScope");
        assertTrue(inScope > 20, "every upper secondary school");
        as("thptcvl").get("/api/campaigns/" + id).then().body("canReport", equalTo(true)).body("canManage", equalTo(false))
                .body("myUnit.code", equalTo("THPT-CHAUVANLIEM"));
        as("thptcvl").delete("/api/activity-reports/" + reportId).then().statusCode(204);
    }

    @Test
    void targetsAreComputedFromReportsWeekByWeekAndLaggardsAreUrged() {
        long id = freshCampaign();
        long target = ((Number) as("congan").body(Map.of("name", "100% trường đăng bài", "kind", "UNITS_WITH_ACTIVITY", "activityType", "ANNOUNCEMENT_POST"))
                .post("/api/campaigns/" + id + "/targets").then().statusCode(201).extract().path("id")).longValue();
        as("congan").body(Map.of("name", "Thiếu loại hoạt động", "kind", "UNITS_WITH_ACTIVITY")).post("/api/campaigns/" + id + "/targets")
                .then().statusCode(422).body("errors[0].field", equalTo("activityType"));
        var indicator = "items.find { it.targetId == " + target + " }";
        int units = as("congan").get("/api/campaigns/" + id + "/indicators").then().statusCode(200)
                .body(indicator + ".value", equalTo(0.0f)).body(indicator + ".unitsReached", equalTo(0)).extract().path(indicator + ".unitsInScope");
        as("congan").body(Map.of("organizationId", orgId("THPT-CHAUVANLIEM"), "type", "ANNOUNCEMENT_POST", "date", "2025-10-15"))
                .post("/api/campaigns/" + id + "/reports").then().statusCode(201);
        as("congan").body(Map.of("organizationId", orgId("THPT-PHANNGOCHIEN"), "type", "ANNOUNCEMENT_POST", "date", "2025-10-28"))
                .post("/api/campaigns/" + id + "/reports").then().statusCode(201);
        as("congan").get("/api/campaigns/" + id + "/indicators").then().body(indicator + ".unitsReached", equalTo(2))
                .body(indicator + ".unitsNotReported", equalTo(units - 2)).body(indicator + ".numerator", equalTo(2));
        // week by week: nothing in the first week, one school from the week of 13/10, two from the week of 27/10
        var weeks = as("congan").get("/api/campaign-targets/" + target + "/weekly").then().statusCode(200)
                .body("weeks[0].weekStart", equalTo("2025-10-06")).body("weeks[0].unitsReached", equalTo(0))
                .body("weeks[1].unitsReached", equalTo(1)).body("weeks[3].unitsReached", equalTo(2)).body("weeks.size()", equalTo(8));
        assertTrue(((Number) weeks.extract().path("weeks[7].value")).doubleValue() > 0);
        as("congan").queryParam("status", "REACHED").get("/api/campaign-targets/" + target + "/units").then().body("total", equalTo(2));
        as("congan").queryParam("status", "NOT_REPORTED").queryParam("size", 5).get("/api/campaign-targets/" + target + "/units").then()
                .body("total", equalTo(units - 2)).body("items[0].reports", equalTo(0));
        as("congan").body(Map.of("organizationIds", List.of(orgId("THPT-CHAUVANLIEM")))).post("/api/campaign-targets/" + target + "/reminders")
                .then().statusCode(422);
        as("congan").body(Map.of()).post("/api/campaign-targets/" + target + "/reminders").then().statusCode(200)
                .body("organizations", equalTo(units - 2));
        as("sogddt").delete("/api/campaign-targets/" + target).then().statusCode(403);
    }

    @Test
    void theTalliesTheRollUpReadsEqualARecomputationAfterEveryKindOfChange() {
        long id = freshCampaign();
        String targets = "/api/campaigns/" + id + "/targets";
        List<Long> ids = List.of(
                as("congan").body(Map.of("name", "Đăng bài 13–31/10", "kind", "UNITS_WITH_ACTIVITY", "activityType", "ANNOUNCEMENT_POST",
                        "from", "2025-10-13", "to", "2025-10-31")).post(targets).then().statusCode(201).extract().path("id"),
                as("congan").body(Map.of("name", "Học sinh dự Ngày hội", "kind", "PARTICIPATION", "activityType", "CYBER_DAY", "audience", "PUPILS"))
                        .post(targets).then().statusCode(201).extract().path("id"),
                as("congan").body(Map.of("name", "Thầy cô thay khung ảnh", "kind", "FRAME_ADOPTION", "audience", "TEACHERS"))
                        .post(targets).then().statusCode(201).extract().path("id"),
                as("congan").body(Map.of("name", "Mọi hoạt động", "kind", "PARTICIPATION")).post(targets).then().statusCode(201).extract().path("id"))
                .stream().map(n -> ((Number) n).longValue()).toList();
        String reports = "/api/campaigns/" + id + "/reports";
        List<Long> made = new java.util.ArrayList<>();
        String[][] rows = {{"THPT-CHAUVANLIEM", "ANNOUNCEMENT_POST", "2025-10-10"}, {"THPT-CHAUVANLIEM", "ANNOUNCEMENT_POST", "2025-10-20"},
            {"THPT-PHANNGOCHIEN", "ANNOUNCEMENT_POST", "2025-10-31"}, {"THPT-CHAUVANLIEM", "CYBER_DAY", "2025-11-05"},
            {"THPT-PHANNGOCHIEN", "CYBER_DAY", "2025-10-07"}, {"THPT-PHANNGOCHIEN", "FRAME_SWITCH", "2025-10-09"}, {"THPT-CHAUVANLIEM", "FRAME_SWITCH", "2025-11-29"}};
        for (String[] r : rows) {
            made.add(((Number) as("congan").body(Map.of("organizationId", orgId(r[0]), "type", r[1], "date", r[2], "pupils", 120, "teachers", 9))
                    .post(reports).then().statusCode(201).extract().path("id")).longValue());
        }
        as("congan").delete("/api/activity-reports/" + made.get(1)).then().statusCode(204);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update activity_report set activity_date = date '2025-10-14', pupils = 7 where id = ?1")
                .setParameter(1, made.get(0)).executeUpdate());
        // the campaign ends earlier: the report of 29/11 no longer counts for targets without their own window
        var campaign = as("congan").get("/api/campaigns/" + id).then().statusCode(200);
        var input = new HashMap<>(campaignInput(campaign.extract().path("name")));
        input.put("endsOn", "2025-11-20");
        as("congan").header("If-Match", campaign.extract().header("ETag")).body(input).put("/api/campaigns/" + id).then().statusCode(200);

        String select = "select target_id, organization_id, reports, officers, pupils, students, teachers, last_date from target_tally"
                + " where target_id = any(cast(?1 as bigint[])) order by 1, 2";
        Long[] targetIds = ids.toArray(Long[]::new);
        String kept = QuarkusTransaction.requiringNew().call(() -> rowsOf(em.createNativeQuery(select).setParameter(1, targetIds).getResultList()));
        String recomputed = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select target_tally_refresh(cast(?1 as bigint[]))").setParameter(1, targetIds).getResultList();
            return rowsOf(em.createNativeQuery(select).setParameter(1, targetIds).getResultList());
        });
        assertEquals(recomputed, kept);
        assertTrue(kept.contains(ids.get(0) + "," + orgId("THPT-CHAUVANLIEM") + ",1,0,7,0,9,2025-10-14"), kept); // moved into the window by the update
        assertTrue(kept.lines().count() >= 5, kept);
        as("congan").get("/api/campaigns/" + id + "/indicators").then().statusCode(200)
                .body("items.find { it.targetId == " + ids.get(0) + " }.unitsReached", equalTo(2));
    }

    private static String rowsOf(List<?> rows) {
        StringBuilder out = new StringBuilder();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            for (int i = 0; i < cells.length; i++) out.append(i == 0 ? "" : ",").append(cells[i]);
            out.append('\n');
        }
        return out.toString();
    }

    /** A report whose participants exceed the unit's headcount is held (kept, not counted) until a manager accepts it; parents count as an audience. */
    @Test
    void aReportBeyondTheHeadcountIsHeldUntilAccepted() {
        long id = freshCampaign();
        long school = orgId("THPT-CHAUVANLIEM");
        as("congan").body(Map.of("officers", 0, "pupils", 100, "students", 0, "teachers", 10, "parents", 50))
                .put("/api/campaigns/" + id + "/units/" + school).then().statusCode(200).body("parents", equalTo(50));
        long target = ((Number) as("congan").body(Map.of("name", "Phụ huynh dự hội thảo", "kind", "PARTICIPATION", "activityType", "WORKSHOP",
                        "audience", "PARENTS", "unitTypes", List.of("SCHOOL_UPPER_SECONDARY")))
                .post("/api/campaigns/" + id + "/targets").then().statusCode(201).body("unitTypes", equalTo(List.of("SCHOOL_UPPER_SECONDARY")))
                .extract().path("id")).longValue();
        String reports = "/api/campaigns/" + id + "/reports";
        String figure = "items.find { it.organization.code == 'THPT-CHAUVANLIEM' }.numerator";
        as("thptcvl").body(Map.of("type", "WORKSHOP", "date", "2025-10-20", "pupils", 80, "parents", 30)).post(reports).then().statusCode(201)
                .body("heldReason", equalTo(null));
        long held = ((Number) as("thptcvl").body(Map.of("type", "WORKSHOP", "date", "2025-10-21", "pupils", 900, "parents", 20)).post(reports)
                .then().statusCode(201).body("heldReason", containsString("học sinh 900 > 100")).extract().path("id")).longValue();
        as("congan").queryParam("size", 100).get("/api/campaign-targets/" + target + "/units").then().statusCode(200).body(figure, equalTo(30));
        as("thptcvl").post("/api/activity-reports/" + held + "/accept").then().statusCode(403);
        as("congan").post("/api/activity-reports/" + held + "/accept").then().statusCode(204);
        as("congan").queryParam("size", 100).get("/api/campaign-targets/" + target + "/units").then().statusCode(200).body(figure, equalTo(50))
                .body("items.organization.type", everyItem(equalTo("SCHOOL_UPPER_SECONDARY")));
    }

    @Test
    void headcountsComeFromASpreadsheetAllOrNothing() {
        long id = freshCampaign();
        String url = "/api/campaigns/" + id + "/units/headcounts";
        byte[] bad = "Mã đơn vị,Cán bộ,Học sinh,Sinh viên,Giáo viên\nTHPT-CHAUVANLIEM,0,1200,0,80\nKHONG-CO,0,5,0,1\nTHPT-PHANNGOCHIEN,0,nhiều,0,1\n".getBytes();
        given().header("Authorization", "Bearer " + token("congan")).multiPart("file", "quan-so.csv", bad, "text/csv").post(url).then()
                .statusCode(200).body("updated", equalTo(0)).body("errors.row", equalTo(List.of(3, 4)));
        as("congan").queryParam("q", "chau van liem").get("/api/campaigns/" + id + "/units").then().body("items[0].pupils", equalTo(0));
        byte[] good = "\uFEFFMã đơn vị,Cán bộ,Học sinh,Sinh viên,Giáo viên\nthpt-chauvanliem,0,1.200,0,80\n".getBytes();
        given().header("Authorization", "Bearer " + token("congan")).multiPart("file", "quan-so.csv", good, "text/csv").post(url).then()
                .statusCode(200).body("updated", equalTo(1)).body("errors", equalTo(List.of()));
        as("congan").queryParam("q", "chau van liem").get("/api/campaigns/" + id + "/units").then().body("items[0].pupils", equalTo(1200))
                .body("items[0].teachers", equalTo(80));
        given().header("Authorization", "Bearer " + token("congan")).multiPart("file", "x.csv", "Tên,Số\nA,1\n".getBytes(), "text/csv").post(url)
                .then().statusCode(422).body("detail", containsString("Mã đơn vị"));
    }

    @Test
    void campaignsAreValidatedAndOnlyTheirPartiesSeeThem() {
        long plan = demoPlan();
        var bad = new HashMap<String, Object>(campaignInput("Sai"));
        bad.put("endsOn", "2025-10-01");
        as("congan").body(bad).post("/api/plans/" + plan + "/campaigns").then().statusCode(422).body("errors[0].field", equalTo("endsOn"));
        var tag = new HashMap<String, Object>(campaignInput("Sai"));
        tag.put("hashtags", List.of("không có dấu thăng"));
        given().header("Authorization", "Bearer " + token("congan")).contentType("application/json").body(tag).post("/api/plans/" + plan + "/campaigns")
                .then().statusCode(400).body("errors[0].field", containsString("hashtags"));
        as("sogddt").body(campaignInput("Không phải của sở")).post("/api/plans/" + plan + "/campaigns").then().statusCode(403);
        long id = demoCampaign();
        // a second city sees nothing of it
        vn.safeonline.support.SecondCity.ensure();
        given().header("Authorization", "Bearer " + token("hp-admin")).get("/api/campaigns/" + id).then().statusCode(anyOf401or404());
        String etag = as("congan").get("/api/campaigns/" + id).then().statusCode(200).extract().header("ETag");
        assertTrue(etag != null);
        vn.safeonline.support.Api.raw("congan").body(campaignInput("Không một mình – Cùng nhau an toàn trực tuyến")).put("/api/campaigns/" + id)
                .then().statusCode(428);
        as("congan").header("If-Match", "\"999\"").body(campaignInput("Không một mình – Cùng nhau an toàn trực tuyến")).put("/api/campaigns/" + id)
                .then().statusCode(412);
        as("xem").get("/api/campaigns/" + id).then().statusCode(200).body("canManage", equalTo(false)).body("canReport", equalTo(false));
        anonymous().get(publicCampaign(id)).then().statusCode(200).body("hasFrame", equalTo(true)).body("$", not(hasItem("planId")))
                .body("pledgeTemplates.size()", greaterThan(0));
        anonymous().get(publicCampaign(id) + "/wall").then().statusCode(200).body("total", greaterThan(5))
                .body("items.text", not(hasItem(containsString("0912"))));
    }

    private static org.hamcrest.Matcher<Integer> anyOf401or404() {
        return org.hamcrest.Matchers.anyOf(equalTo(401), equalTo(404));
    }
}
