package vn.safeonline.contest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.publicContest;
import static vn.safeonline.support.Api.anonymous;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.unique;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.safeonline.campaign.CampaignTest;
import vn.safeonline.common.PublicRateLimit;

@QuarkusTest
public class ContestTest {
    @Inject
    PublicRateLimit rateLimit;
    @Inject
    EntityManager em;

    @BeforeEach
    void freshBuckets() {
        rateLimit.reset();
    }

    static Map<String, Object> contestInput(OffsetDateTime opens, OffsetDateTime closes) {
        return Map.of("title", "Cuộc thi vẽ tranh “Không một mình” " + unique(), "categories", List.of("DRAWING", "ESSAY"),
                "opensAt", opens.toString(), "closesAt", closes.toString(), "judgesPerEntry", 2,
                "criteria", List.of(Map.of("name", "Nội dung", "weight", 40, "maxScore", 10), Map.of("name", "Sáng tạo", "weight", 30, "maxScore", 10),
                        Map.of("name", "Trình bày", "weight", 30, "maxScore", 10)));
    }

    public static long contest(long campaignId, OffsetDateTime opens, OffsetDateTime closes) {
        return ((Number) as("congan").body(contestInput(opens, closes)).post("/api/campaigns/" + campaignId + "/contests")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    public static Map<String, Object> schoolEntry(String pupil, String title) {
        return Map.of("category", "DRAWING", "pupilName", pupil, "grade", 10, "title", title, "workUrl", "https://drive.example.vn/tranh/" + unique(),
                "consent", Map.of("guardianName", "Nguyễn Văn Bình", "guardianPhone", "0939 949 749", "method", "PAPER_FORM"));
    }

    public static Map<String, Object> publicEntry(String submissionId, String schoolCode, String pupil) {
        Map<String, Object> m = new HashMap<>();
        m.put("submissionId", submissionId);
        m.put("schoolCode", schoolCode);
        m.put("category", "DRAWING");
        m.put("pupilName", pupil);
        m.put("grade", 11);
        m.put("title", "Bức tranh về an toàn trên mạng");
        m.put("workUrl", "https://drive.example.vn/tranh/" + unique());
        return m;
    }

    /** A new account of the organisation; its username. */
    public static String judge(String orgCode) {
        String username = "giamkhao" + unique();
        as("admin").body(Map.of("username", username, "fullName", "Giám khảo " + orgCode, "organizationId", orgId(orgCode),
                "roles", List.of("OFFICER"), "password", "mat-khau-dai")).post("/api/users").then().statusCode(201);
        return username;
    }

    public static long userId(String username) {
        return ((Number) as("admin").queryParam("q", username).get("/api/users").then().statusCode(200)
                .extract().path("items.find { it.username == '" + username + "' }.id")).longValue();
    }

    @Test
    void anEntryOutsideTheWindowIsRefusedAndSavesNothing() {
        long campaign = CampaignTest.freshCampaign();
        OffsetDateTime now = OffsetDateTime.now();
        long closed = contest(campaign, now.minusDays(10), now.minusDays(1));
        long notYet = contest(campaign, now.plusDays(1), now.plusDays(10));
        as("thptcvl").body(schoolEntry("Trần Minh Khoa", "Tranh")).post("/api/contests/" + closed + "/entries").then()
                .statusCode(409).body("code", equalTo("window-closed"));
        anonymous().body(publicEntry(UUID.randomUUID().toString(), "THPT-CHAUVANLIEM", "Lý Gia Hân")).post(publicContest(closed) + "/entries")
                .then().statusCode(409).body("code", equalTo("window-closed"));
        anonymous().body(publicEntry(UUID.randomUUID().toString(), "THPT-CHAUVANLIEM", "Lý Gia Hân")).post(publicContest(notYet) + "/entries")
                .then().statusCode(409).body("code", equalTo("window-closed"));
        as("congan").get("/api/contests/" + closed + "/entries").then().statusCode(200).body("total", equalTo(0));
        anonymous().get(publicContest(closed)).then().statusCode(200).body("open", equalTo(false));
        anonymous().get("/api/public/contests/" + closed).then().statusCode(404); // never by the database id
        anonymous().get("/api/public/contests/" + closed + "/results").then().statusCode(404);
    }

    @Test
    void badContestsAndEntriesGetClearProblems() {
        long campaign = CampaignTest.freshCampaign();
        OffsetDateTime now = OffsetDateTime.now();
        var backwards = new HashMap<>(contestInput(now, now.minusDays(1)));
        as("congan").body(backwards).post("/api/campaigns/" + campaign + "/contests").then().statusCode(422).body("errors[0].field", equalTo("closesAt"));
        as("thptcvl").body(contestInput(now, now.plusDays(1))).post("/api/campaigns/" + campaign + "/contests").then().statusCode(403);
        long id = contest(campaign, now.minusHours(1), now.plusDays(7));
        var poster = new HashMap<>(schoolEntry("Trần Minh Khoa", "Áp phích"));
        poster.put("category", "POSTER"); // not a category of this contest
        as("thptcvl").body(poster).post("/api/contests/" + id + "/entries").then().statusCode(422).body("errors[0].field", equalTo("category"));
        // the public form asks the pupil's name, school and grade, and nothing of the guardian (the school records consent)
        var noGrade = new HashMap<>(publicEntry(UUID.randomUUID().toString(), "THPT-CHAUVANLIEM", "Lý Gia Hân"));
        noGrade.remove("grade");
        io.restassured.RestAssured.given().contentType("application/json").body(noGrade).post(publicContest(id) + "/entries").then().statusCode(400)
                .body("errors.field", hasItem("grade"));
        var typedByChild = new HashMap<>(publicEntry(UUID.randomUUID().toString(), "THPT-CHAUVANLIEM", "Lý Gia Hân"));
        typedByChild.put("guardianName", "Lê Thị Hoa");
        typedByChild.put("guardianPhone", "0912345678");
        String ref = io.restassured.RestAssured.given().contentType("application/json").body(typedByChild).post(publicContest(id) + "/entries")
                .then().statusCode(201).extract().path("reference");
        as("thptcvl").get("/api/contests/" + id + "/entries").then().statusCode(200)
                .body("items.find { it.reference == '" + ref + "' }.guardianPhone", nullValue())
                .body("items.find { it.reference == '" + ref + "' }.guardianName", nullValue()); // an older form's guardian fields are not kept
        anonymous().body(publicEntry(UUID.randomUUID().toString(), "CA-TP", "Lý Gia Hân")).post(publicContest(id) + "/entries")
                .then().statusCode(422).body("errors[0].field", equalTo("schoolCode")); // a unit, but not a school of the campaign
        var script = new HashMap<>(publicEntry(UUID.randomUUID().toString(), "THPT-CHAUVANLIEM", "Lý Gia Hân"));
        script.put("workUrl", "javascript:alert(1)");
        io.restassured.RestAssured.given().contentType("application/json").body(script).post(publicContest(id) + "/entries").then().statusCode(400).body("errors.field", hasItem("workUrl"));
        // another school's pupil cannot be entered by this school
        var other = new HashMap<>(schoolEntry("Trần Minh Khoa", "Tranh"));
        other.put("schoolId", orgId("THPT-PHANNGOCHIEN"));
        as("thptcvl").body(other).post("/api/contests/" + id + "/entries").then().statusCode(403);
        as("congan").get("/api/contests/" + id + "/entries").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void consentBlindJudgingOwnSchoolExclusionTiesAndPublication() {
        long campaign = CampaignTest.freshCampaign();
        OffsetDateTime now = OffsetDateTime.now();
        long id = contest(campaign, now.minusHours(1), now.plusDays(7));

        // entries: two by schools (consent recorded with them), one by a pupil through the public form
        long cvl = ((Number) as("thptcvl").header("Idempotency-Key", "bai-" + unique()).body(schoolEntry("Trần Minh Khoa", "Tranh lớp 10A1"))
                .post("/api/contests/" + id + "/entries").then().statusCode(201).body("status", equalTo("ELIGIBLE")).body("source", equalTo("SCHOOL"))
                .extract().path("id")).longValue();
        var pnh = new HashMap<>(schoolEntry("Phạm Thảo Vy", "Tranh lớp 10A3"));
        pnh.put("schoolId", orgId("THPT-PHANNGOCHIEN"));
        long phan = ((Number) as("congan").body(pnh).post("/api/contests/" + id + "/entries").then().statusCode(201).extract().path("id")).longValue();
        String submission = UUID.randomUUID().toString();
        String reference = anonymous().body(publicEntry(submission, "thpt-chuyen-lytutrong", "Lý Gia Hân")).post(publicContest(id) + "/entries")
                .then().statusCode(201).extract().path("reference");
        anonymous().body(publicEntry(submission, "thpt-chuyen-lytutrong", "Lý Gia Hân")).post(publicContest(id) + "/entries")
                .then().statusCode(200).body("reference", equalTo(reference)); // the form sent twice: one entry
        JsonPath entries = as("congan").get("/api/contests/" + id + "/entries").then().statusCode(200).body("total", equalTo(3)).extract().jsonPath();
        long ltt = entries.getLong("items.find { it.reference == '" + reference + "' }.id");
        assertEquals("AWAITING_CONSENT", entries.getString("items.find { it.reference == '" + reference + "' }.status"));
        // a school sees its own entries only
        as("thptcvl").get("/api/contests/" + id + "/entries").then().statusCode(200).body("total", equalTo(1)).body("items[0].pupilName", equalTo("Trần Minh Khoa"));
        as("thptcvl").get("/api/contest-entries/" + ltt).then().statusCode(404);

        // judges: one from Châu Văn Liêm, two from elsewhere
        String j2name = judge("SO-GDDT");
        String j3name = judge("THPT-THSP-DHCT");
        long ownJudge = userId("thptcvl");
        long j2 = userId(j2name);
        long j3 = userId(j3name);
        as("congan").body(Map.of("userIds", List.of(ownJudge, j2, j3))).put("/api/contests/" + id + "/judges").then().statusCode(200).body("items", hasSize(3));
        as("congan").post("/api/contests/" + id + "/assignments").then().statusCode(200).body("assigned", equalTo(4)).body("shortOfJudges", equalTo(0));

        // the public entry goes to judges only once the school records the guardian's consent
        as(j2name).get("/api/contests/" + id + "/judging").then().statusCode(200).body("items.id", not(hasItem((int) ltt)));
        as("congan").body(Map.of("guardianName", "Lê Thị Hoa", "method", "PHONE_CALL")).post("/api/contest-entries/" + ltt + "/consent")
                .then().statusCode(200).body("status", equalTo("ELIGIBLE"));
        as("congan").post("/api/contests/" + id + "/assignments").then().statusCode(200).body("assigned", equalTo(2));

        // Châu Văn Liêm's judge is never given its own school's entry, and may not score it
        String own = as("thptcvl").get("/api/contests/" + id + "/judging").then().statusCode(200).extract().asString();
        assertFalse(JsonPath.from(own).getList("items.id", Integer.class).contains((int) cvl));
        List<Map<String, Object>> criteria = as("congan").get("/api/contests/" + id).then().statusCode(200).extract().path("criteria");
        long content = ((Number) criteria.get(0).get("id")).longValue();
        long creativity = ((Number) criteria.get(1).get("id")).longValue();
        long presentation = ((Number) criteria.get(2).get("id")).longValue();
        Map<String, Object> sheet = Map.of("scores", List.of(Map.of("criterionId", content, "score", 8), Map.of("criterionId", creativity, "score", 8),
                Map.of("criterionId", presentation, "score", 8)));
        as("thptcvl").body(sheet).put("/api/contest-entries/" + cvl + "/scores").then().statusCode(409).body("code", equalTo("conflict-of-interest"));
        // …nor can the database be made to assign it
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into contest_assignment (entry_id, judge_id) values (?1, ?2)").setParameter(1, cvl).setParameter(2, ownJudge).executeUpdate()));

        // blind: the judge sees the work, never the pupil, guardian or school
        String blind = as(j2name).get("/api/contests/" + id + "/judging").then().statusCode(200).extract().asString();
        assertFalse(blind.contains("Trần Minh Khoa") || blind.contains("Nguyễn Văn Bình") || blind.contains("Châu Văn Liêm") || blind.contains("0939"), blind);
        as(j2name).get("/api/contests/" + id + "/entries").then().statusCode(200).body("total", equalTo(0)); // a judge sees no names but their own school's
        as(j2name).get("/api/contest-entries/" + cvl).then().statusCode(404);

        // bad sheets
        as(j2name).body(Map.of("scores", List.of(Map.of("criterionId", content, "score", 11), Map.of("criterionId", creativity, "score", 8),
                Map.of("criterionId", presentation, "score", 8)))).put("/api/contest-entries/" + cvl + "/scores").then().statusCode(422)
                .body("errors.code", hasItem("AboveMaximum"));
        as(j2name).body(Map.of("scores", List.of(Map.of("criterionId", content, "score", 8)))).put("/api/contest-entries/" + cvl + "/scores")
                .then().statusCode(422).body("errors.code", hasItem("Missing"));
        as("sogddt").body(sheet).put("/api/contest-entries/" + cvl + "/scores").then().statusCode(404); // not a judge

        // publication waits for the window and for every sheet
        String etag = as("congan").get("/api/contests/" + id).then().extract().header("ETag");
        as("congan").header("If-Match", etag).post("/api/contests/" + id + "/publish").then().statusCode(409).body("code", equalTo("invalid-transition"));

        // every judge scores what they were given: the two school entries tie at 70 and the content criterion separates them
        Map<Long, List<Integer>> marks = Map.of(cvl, List.of(10, 5, 5), phan, List.of(7, 7, 7), ltt, List.of(9, 9, 9));
        for (String name : List.of("thptcvl", j2name, j3name)) {
            List<Integer> assigned = as(name).get("/api/contests/" + id + "/judging").then().statusCode(200).extract().path("items.id");
            for (int entry : assigned) {
                List<Integer> m = marks.get((long) entry);
                as(name).body(Map.of("scores", List.of(Map.of("criterionId", content, "score", m.get(0)), Map.of("criterionId", creativity, "score", m.get(1)),
                        Map.of("criterionId", presentation, "score", m.get(2))))).put("/api/contest-entries/" + entry + "/scores").then().statusCode(200)
                        .body("complete", equalTo(true));
            }
        }
        JsonPath ranking = as("congan").get("/api/contests/" + id + "/ranking").then().statusCode(200).extract().jsonPath();
        assertEquals(1, ranking.getInt("items.find { it.entryId == " + ltt + " }.rank"));
        assertEquals(2, ranking.getInt("items.find { it.entryId == " + cvl + " }.rank"));
        assertEquals(3, ranking.getInt("items.find { it.entryId == " + phan + " }.rank"));
        assertEquals(70.0, ranking.getDouble("items.find { it.entryId == " + cvl + " }.total"));
        assertTrue(ranking.getString("items.find { it.entryId == " + cvl + " }.tieNote").contains("“Nội dung” (trọng số 40): 10,00 so với 7,00"));
        as("thptcvl").get("/api/contests/" + id + "/ranking").then().statusCode(403);

        // the window closes; then no entry is taken, and the coordinator publishes
        String before = as("congan").get("/api/contests/" + id).then().extract().header("ETag");
        as("congan").header("If-Match", before).body(contestInput(now.minusDays(2), now.minusMinutes(1))).put("/api/contests/" + id).then().statusCode(200);
        as("thptcvl").body(schoolEntry("Trần Minh Khoa", "Tranh nộp muộn")).post("/api/contests/" + id + "/entries").then().statusCode(409)
                .body("code", equalTo("window-closed"));
        anonymous().get(publicContest(id) + "/results").then().statusCode(200).body("published", equalTo(false)).body("items", hasSize(0));
        String current = as("congan").get("/api/contests/" + id).then().extract().header("ETag");
        as("congan").header("If-Match", current).post("/api/contests/" + id + "/publish").then().statusCode(200).body("publishedAt", not(nullValue()));

        // public results: initial, school, grade; no names
        String pub = anonymous().get(publicContest(id) + "/results").then().statusCode(200).body("published", equalTo(true))
                .body("items", hasSize(3)).body("items[0].initial", equalTo("H.")).body("items[0].school", equalTo("Trường THPT chuyên Lý Tự Trọng"))
                .body("items[0].grade", equalTo(11)).body("items[1].initial", equalTo("K.")).extract().asString();
        assertFalse(pub.contains("Lý Gia Hân") || pub.contains("Trần Minh Khoa") || pub.contains("Hoa") || pub.contains("0912"), pub);
        // frozen
        as(j2name).body(sheet).put("/api/contest-entries/" + cvl + "/scores").then().statusCode(409).body("code", equalTo("results-published"));
        as("congan").post("/api/contests/" + id + "/assignments").then().statusCode(409).body("code", equalTo("results-published"));
    }
}
