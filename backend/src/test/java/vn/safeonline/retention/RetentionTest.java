package vn.safeonline.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.anonymous;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.token;
import static vn.safeonline.support.Api.unique;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.PublicRateLimit;
import vn.safeonline.support.Api;
import vn.safeonline.support.SecondCity;

/**
 * Retention and erasure of children's personal data (README "Retention and erasure"): a plan's children's data are
 * anonymised by the retention job once its retention is over, and counts, tallies, check-ins, rankings and indicators
 * still add up; withdrawn entries are anonymised at once; a coordinator of the holding organisation exports and erases
 * one person's records, and the audit keeps that it happened, not the data.
 */
@QuarkusTest
class RetentionTest {
    static final String PLACEHOLDER = "Đã ẩn danh";
    /** Every name and phone the fixture gives children and guardians: none may survive anonymisation. */
    static final List<String> PERSONAL = List.of("Nguyễn Minh Khôi", "Trần Thu Hà", "Lê Bảo Ngọc", "Phạm Gia Huy", "Hồ Gia Linh",
            "Võ Thanh Tâm", "Đặng Mỹ Duyên", "Bùi Quốc Anh", "Minh Thư lớp 10A1", "Gia Bảo", "Phụ huynh", "0902000002", "0903000003",
            "0912000002", "0918000111", "0939949749", "0904000004", "0905000005", "0912000005", "ngoc.le@example.vn");

    @Inject
    BusinessClock clock;
    @Inject
    RetentionService job;
    @Inject
    EntityManager em;
    @Inject
    PublicRateLimit rateLimit;

    @BeforeEach
    void fresh() {
        rateLimit.reset();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** What the fixture made: a plan whose activity ends on {@code closesOn}. */
    record Fixture(long planId, long eventId, long quotaId, long campaignId, long contestId, long withdrawnEntry, List<Long> attendees,
                   LocalDate closesOn) {
    }

    private void at(ZonedDateTime t) {
        clock.set(t.toInstant());
    }

    private static String iso(ZonedDateTime t) {
        return t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
    }

    private static long id(io.restassured.response.ValidatableResponse r) {
        return ((Number) r.extract().path("id")).longValue();
    }

    /** A user of the organisation with the role; its username. */
    static String user(String orgCode, String role) {
        String username = "ret-" + role.toLowerCase() + unique();
        as("admin").body(Map.of("username", username, "fullName", "Cán bộ thử " + orgCode, "organizationId", orgId(orgCode),
                "roles", List.of(role), "password", "mat-khau-dai-1")).post("/api/users").then().statusCode(201);
        return username;
    }

    static long categoryId(long planId, String code) {
        return ((Number) as("congan").get("/api/plans/" + planId + "/invitee-categories").then().statusCode(200)
                .extract().path("items.find { it.code == '" + code + "' }.id")).longValue();
    }

    /**
     * A plan that ran around day t0 (the business clock is moved there while it is built): a ceremony with a pupils' quota
     * of Sở GD&ĐT (two by the form, two by a spreadsheet, one checked in), a campaign with a target and a report, pledges
     * on its wall, and a contest of Châu Văn Liêm's pupils judged, ranked and published, with one entry withdrawn.
     */
    Fixture fixture(ZonedDateTime t0) throws Exception {
        at(t0);
        long planId = Api.draftWithTask("Kế hoạch lưu trữ thử " + unique(), "SO-GDDT", null, null)[0];
        Api.issue(planId);
        ZonedDateTime eventStart = t0.plusDays(7).withHour(8).withMinute(0);
        var event = Map.of("title", "Lễ phát động thử lưu trữ", "startsAt", iso(eventStart),
                "endsAt", iso(eventStart.plusHours(3)), "format", "IN_PERSON",
                "venues", List.of(Map.of("name", "Hội trường Công an thành phố", "capacity", 300, "main", true)));
        long eventId = id(as("congan").body(event).post("/api/plans/" + planId + "/events").then().statusCode(201));
        long quotaId = id(as("congan").body(Map.of("ownerOrganizationId", orgId("SO-GDDT"), "categoryId", categoryId(planId, "STUDENT"), "count", 10,
                "deadline", iso(t0.plusDays(5)))).post("/api/events/" + eventId + "/quotas").then().statusCode(201));
        List<Long> attendees = new ArrayList<>();
        attendees.add(id(as("sogddt").body(Map.of("fullName", "Lê Bảo Ngọc", "phone", "0903 000 003", "email", "ngoc.le@example.vn",
                "school", "Trường THPT Châu Văn Liêm", "grade", "10A1", "guardianName", "Phụ huynh Lê Bảo Ngọc", "guardianPhone", "0918 000 111",
                "difficultCircumstances", true)).post("/api/quotas/" + quotaId + "/attendees").then().statusCode(201)));
        attendees.add(id(as("sogddt").body(Map.of("fullName", "Phạm Gia Huy", "school", "Trường THPT Châu Văn Liêm", "grade", "11A2",
                "guardianName", "Phụ huynh Phạm Gia Huy", "guardianPhone", "0904 000 004")).post("/api/quotas/" + quotaId + "/attendees").then().statusCode(201)));
        byte[] csv = String.join("\n", "Họ và tên,Chức vụ,Đơn vị,Số điện thoại,Email,Trường,Lớp,Họ tên phụ huynh,SĐT phụ huynh,Hoàn cảnh khó khăn",
                "Nguyễn Minh Khôi,Học sinh,,0902 000 002,,Trường THPT Châu Văn Liêm,10A1,Phụ huynh Nguyễn Minh Khôi,0912 000 002,x",
                "Trần Thu Hà,Học sinh,,0905 000 005,,Trường THPT Bình Thủy,11A2,Phụ huynh Trần Thu Hà,0912 000 005,",
                "Hồ Gia Linh,Học sinh,,0905.000.005,,,,,,").getBytes(StandardCharsets.UTF_8);
        long job = ((Number) given().header("Authorization", "Bearer " + token("sogddt")).multiPart("file", "hoc-sinh.csv", csv, "text/csv")
                .post("/api/quotas/" + quotaId + "/imports").then().statusCode(202).extract().path("id")).longValue();
        for (int i = 0; i < 200 && "PARSING".equals(as("sogddt").get("/api/imports/" + job).then().extract().path("status")); i++) Thread.sleep(50);
        as("sogddt").post("/api/imports/" + job + "/commit").then().statusCode(200).body("createdCount", equalTo(2));

        long campaignId = id(as("congan").body(Map.of("name", "Chiến dịch lưu trữ thử " + unique(), "startsOn", t0.toLocalDate().minusDays(1).toString(),
                "endsOn", t0.toLocalDate().plusDays(9).toString(), "pledgeTemplates", List.of("Tôi cam kết an toàn trên mạng.")))
                .post("/api/plans/" + planId + "/campaigns").then().statusCode(201));
        as("congan").body(Map.of("organizationIds", List.of(orgId("THPT-CHAUVANLIEM"), orgId("THPT-PHANNGOCHIEN")))).post("/api/campaigns/" + campaignId + "/units")
                .then().statusCode(200);
        as("congan").body(Map.of("name", "Trường có bài truyền thông", "kind", "UNITS_WITH_ACTIVITY", "activityType", "ANNOUNCEMENT_POST"))
                .post("/api/campaigns/" + campaignId + "/targets").then().statusCode(201);
        as("thptcvl").body(Map.of("type", "ANNOUNCEMENT_POST", "date", t0.toLocalDate().toString(), "place", "Trường", "pupils", 40))
                .post("/api/campaigns/" + campaignId + "/reports").then().statusCode(201);
        String wall = "/api/public/campaigns/" + as("congan").get("/api/campaigns/" + campaignId).then().statusCode(200).extract().path("publicId") + "/pledges";
        anonymous().body(Map.of("displayName", "Minh Thư lớp 10A1", "unitCode", "THPT-CHAUVANLIEM", "text", "Em hứa dùng mạng an toàn, văn minh."))
                .post(wall).then().statusCode(202);
        anonymous().body(Map.of("displayName", "Gia Bảo", "unitCode", "THPT-CHAUVANLIEM", "text", "Gọi mình số 0939949749 nhé")).post(wall).then().statusCode(202);
        long pledge = ((Number) as("congan").queryParam("size", 100).get("/api/campaigns/" + campaignId + "/pledges").then().statusCode(200)
                .extract().path("items.find { it.displayName == 'Minh Thư lớp 10A1' }.id")).longValue();
        as("congan").post("/api/pledges/" + pledge + "/approve").then().statusCode(200);

        long contestId = id(as("congan").body(Map.of("title", "Cuộc thi lưu trữ thử " + unique(), "categories", List.of("DRAWING"),
                "opensAt", iso(t0.minusHours(1)), "closesAt", iso(t0.plusDays(2)), "judgesPerEntry", 1,
                "criteria", List.of(Map.of("name", "Nội dung", "weight", 100, "maxScore", 10)))).post("/api/campaigns/" + campaignId + "/contests")
                .then().statusCode(201));
        List<Long> entries = new ArrayList<>();
        for (String pupil : List.of("Võ Thanh Tâm", "Đặng Mỹ Duyên", "Bùi Quốc Anh", "Hồ Gia Linh")) {
            entries.add(id(as("thptcvl").body(Map.of("category", "DRAWING", "pupilName", pupil, "grade", 10, "title", "Tranh của em",
                    "workText", "Bài của " + pupil, "consent", Map.of("guardianName", "Phụ huynh " + pupil, "guardianPhone", "0939 949 749", "method", "PAPER_FORM")))
                    .post("/api/contests/" + contestId + "/entries").then().statusCode(201)));
        }
        long withdrawn = entries.remove(3);
        as("thptcvl").post("/api/contest-entries/" + withdrawn + "/withdraw").then().statusCode(200);
        String judge = user("SO-GDDT", "OFFICER");
        long judgeId = ((Number) as("admin").queryParam("q", judge).get("/api/users").then().statusCode(200)
                .extract().path("items.find { it.username == '" + judge + "' }.id")).longValue();
        as("congan").body(Map.of("userIds", List.of(judgeId))).put("/api/contests/" + contestId + "/judges").then().statusCode(200);
        as("congan").post("/api/contests/" + contestId + "/assignments").then().statusCode(200).body("assigned", equalTo(3));
        List<Map<String, Object>> criteria = as("congan").get("/api/contests/" + contestId).then().statusCode(200).extract().path("criteria");
        long criterion = ((Number) criteria.get(0).get("id")).longValue();
        int score = 9;
        for (long entry : entries) {
            as(judge).body(Map.of("scores", List.of(Map.of("criterionId", criterion, "score", score)))).put("/api/contest-entries/" + entry + "/scores")
                    .then().statusCode(200);
            score -= 2;
        }

        at(eventStart.plusMinutes(5));
        as("congan").body(Map.of("attendeeId", attendees.get(0))).post("/api/events/" + eventId + "/check-ins").then().statusCode(201);
        String etag = as("congan").get("/api/contests/" + contestId).then().extract().header("ETag");
        as("congan").header("If-Match", etag).post("/api/contests/" + contestId + "/publish").then().statusCode(200);
        return new Fixture(planId, eventId, quotaId, campaignId, contestId, withdrawn, attendees, t0.toLocalDate().plusDays(9));
    }

    static String publicResults(Fixture f) {
        return "/api/public/contests/" + as("congan").get("/api/contests/" + f.contestId()).then().statusCode(200).extract().path("publicId") + "/results";
    }

    /** The figures anonymising must not change, as the organisers read them. */
    record Figures(String quota, String matrix, String checkIns, String ranking, String results, String indicators, long pledges, long attendeesOfEvent) {
    }

    Figures figures(Fixture f) {
        JsonPath ranking = as("congan").get("/api/contests/" + f.contestId() + "/ranking").then().statusCode(200).extract().jsonPath();
        JsonPath results = anonymous().get(publicResults(f)).then().statusCode(200).extract().jsonPath();
        return new Figures(
                as("sogddt").get("/api/quotas/" + f.quotaId()).then().statusCode(200).extract().jsonPath().getString("filled"),
                as("congan").get("/api/events/" + f.eventId() + "/quota-matrix").then().statusCode(200).extract().asString(),
                as("congan").get("/api/events/" + f.eventId() + "/check-ins/counts").then().statusCode(200).extract().asString(),
                List.of(ranking.getList("items.entryId"), ranking.getList("items.rank"), ranking.getList("items.total"), ranking.getList("items.school"),
                        ranking.getList("items.grade")).toString(),
                List.of(results.getList("items.rank"), results.getList("items.school"), results.getList("items.grade"), results.getList("items.total")).toString(),
                as("congan").get("/api/campaigns/" + f.campaignId() + "/indicators").then().statusCode(200).extract().asString(),
                ((Number) as("congan").queryParam("status", "APPROVED").get("/api/campaigns/" + f.campaignId() + "/pledges").then().statusCode(200)
                        .extract().path("total")).longValue(),
                ((Number) as("congan").get("/api/events/" + f.eventId() + "/attendees").then().statusCode(200).extract().path("total")).longValue());
    }

    /** Rows of the plan's attendees, import rows, contest entries and pledges whose text holds any of the children's names or phones. */
    long personalLeft(Fixture f) {
        String pattern = String.join("|", PERSONAL);
        return QuarkusTransaction.requiringNew().call(() -> {
            long n = 0;
            for (String sql : List.of(
                    "select count(*) from attendee a where a.event_id = ?1 and (row_to_json(a)::text ~ ?2 or a.phone is not null or a.guardian_phone is not null)",
                    "select count(*) from import_row r join import_job j on j.id = r.job_id join quota q on q.id = j.quota_id where q.event_id = ?1"
                            + " and (row_to_json(r)::text ~ ?2 or r.phone_norm is not null or r.name_search is not null)",
                    "select count(*) from contest_entry e join contest k on k.id = e.contest_id join campaign c on c.id = k.campaign_id"
                            + " where c.plan_id = (select plan_id from event where id = ?1) and (row_to_json(e)::text ~ ?2 or e.guardian_phone is not null)",
                    "select count(*) from pledge p join campaign c on c.id = p.campaign_id where c.plan_id = (select plan_id from event where id = ?1)"
                            + " and row_to_json(p)::text ~ ?2")) {
                n += ((Number) em.createNativeQuery(sql).setParameter(1, f.eventId()).setParameter(2, pattern).getSingleResult()).longValue();
            }
            return n;
        });
    }

    long anonymisedRows(Fixture f) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select (select count(*) from attendee where event_id = ?1"
                + " and anonymised_at is not null) + (select count(*) from contest_entry e join contest k on k.id = e.contest_id join campaign c"
                + " on c.id = k.campaign_id where c.plan_id = ?2 and e.anonymised_at is not null)").setParameter(1, f.eventId())
                .setParameter(2, f.planId()).getSingleResult()).longValue());
    }

    long auditEvents(String action, long planId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from audit_event where action = ?1"
                + " and entity_type = 'plan' and entity_id = ?2").setParameter(1, action).setParameter(2, planId).getSingleResult()).longValue());
    }

    @Test
    void pastRetentionNoChildsNameOrPhoneIsLeftAndTheFiguresStillAddUp() throws Exception {
        ZonedDateTime t0 = ZonedDateTime.of(2023, 3, 1, 9, 0, 0, 0, BusinessClock.ZONE);
        Fixture f = fixture(t0);

        // the managers set the retention: 30 days after the plan closes (its campaign's last day, the latest of its dates)
        String retention = "/api/plans/" + f.planId() + "/retention";
        var read = as("sogddt").get(retention).then().statusCode(200).body("retentionDays", equalTo(90))
                .body("closesOn", equalTo(f.closesOn().toString())).body("retainedUntil", equalTo(f.closesOn().plusDays(90).toString()))
                .body("canEdit", equalTo(false)).extract();
        String etag = read.header("ETag");
        Api.raw("congan").body(Map.of("retentionDays", 30)).put(retention).then().statusCode(428);
        as("congan").header("If-Match", "\"999\"").body(Map.of("retentionDays", 30)).put(retention).then().statusCode(412);
        Api.raw("congan").header("If-Match", etag).body(Map.of("retentionDays", 0)).put(retention).then().statusCode(400).body("errors[0].field", equalTo("retentionDays"));
        Api.raw("congan").header("If-Match", etag).body(Map.of("retentionDays", 3651)).put(retention).then().statusCode(400);
        as("sogddt").header("If-Match", etag).body(Map.of("retentionDays", 30)).put(retention).then().statusCode(403);
        SecondCity.ensure();
        as("hp-coordinator").get(retention).then().statusCode(404);
        as("hp-coordinator").header("If-Match", etag).body(Map.of("retentionDays", 30)).put(retention).then().statusCode(404);
        as("congan").header("If-Match", etag).body(Map.of("retentionDays", 30)).put(retention).then().statusCode(200)
                .body("retentionDays", equalTo(30)).body("retainedUntil", equalTo(f.closesOn().plusDays(30).toString())).body("expired", equalTo(false));
        as("ubnd").get("/api/plans/" + f.planId()).then().statusCode(200).header("ETag", org.hamcrest.Matchers.not(equalTo(etag)));

        // the withdrawn entry was anonymised at once
        as("thptcvl").get("/api/contest-entries/" + f.withdrawnEntry()).then().statusCode(200).body("pupilName", equalTo(PLACEHOLDER))
                .body("guardianName", nullValue()).body("guardianPhone", nullValue()).body("status", equalTo("WITHDRAWN"));

        // on the last day of retention nothing is touched
        at(f.closesOn().plusDays(30).atTime(23, 0).atZone(BusinessClock.ZONE));
        assertTrue(personalLeft(f) > 0, "the fixture holds children's data");
        RetentionService.Run early = job.runOnce();
        assertNull(early.of(f.planId()), "not expired yet");
        assertEquals(1, anonymisedRows(f), "only the withdrawn entry");

        // the next day the job anonymises it all
        at(f.closesOn().plusDays(31).atTime(2, 30).atZone(BusinessClock.ZONE));
        as("congan").get(retention).then().statusCode(200).body("expired", equalTo(true));
        Figures before = figures(f);
        RetentionService.Run run = job.runOnce();
        RetentionService.PlanOutcome mine = run.of(f.planId());
        assertNotNull(mine);
        assertFalse(mine.skipped());
        assertEquals(new RetentionSql.Anonymised(4, 3, 2, 3), mine.anonymised(), "4 delegates, 3 entries, 2 pledges, 3 spreadsheet rows");
        assertEquals(0, personalLeft(f), "no child's name or phone is left");
        assertEquals(before, figures(f), "counts, tallies, check-ins, rankings and indicators add up as before");
        as("congan").get("/api/events/" + f.eventId() + "/attendees").then().statusCode(200).body("items.fullName", org.hamcrest.Matchers.everyItem(equalTo(PLACEHOLDER)))
                .body("items.school", org.hamcrest.Matchers.hasItem("Trường THPT Châu Văn Liêm"));
        anonymous().get(publicResults(f)).then().statusCode(200).body("items.initial", org.hamcrest.Matchers.everyItem(equalTo("")));
        assertEquals(1, auditEvents("ANONYMISE", f.planId()));
        String audit = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select after::text from audit_event where action = 'ANONYMISE'"
                + " and entity_id = ?1").setParameter(1, f.planId()).getSingleResult());
        assertFalse(audit.matches("(?s).*(" + String.join("|", PERSONAL) + ").*"), audit);

        // running it again changes nothing
        RetentionService.PlanOutcome again = job.runOnce().of(f.planId());
        assertEquals(new RetentionSql.Anonymised(0, 0, 0, 0), again.anonymised());
        assertEquals(1, auditEvents("ANONYMISE", f.planId()), "nothing new to record");
        assertEquals(before, figures(f));
    }

    @Test
    void twoConcurrentRunsProcessAPlanOnce() throws Exception {
        ZonedDateTime t0 = ZonedDateTime.of(2022, 3, 1, 9, 0, 0, 0, BusinessClock.ZONE);
        Fixture f = fixture(t0);
        at(f.closesOn().plusDays(91).atTime(2, 30).atZone(BusinessClock.ZONE)); // the default: 90 days
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<RetentionService.Run>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) runs.add(pool.submit(() -> job.runOnce()));
        int total = 0;
        int processed = 0;
        for (Future<RetentionService.Run> r : runs) {
            RetentionService.PlanOutcome o = r.get().of(f.planId());
            assertNotNull(o);
            total += o.anonymised().total();
            if (!o.skipped() && o.anonymised().total() > 0) processed++;
        }
        pool.shutdown();
        assertEquals(1, processed, "one run did the plan");
        assertEquals(4 + 3 + 2 + 3, total, "each record once");
        assertEquals(1, auditEvents("ANONYMISE", f.planId()));
        assertEquals(0, personalLeft(f));
    }

    @Test
    void aCoordinatorOfTheHoldingOrganisationExportsAndErasesOnePerson() throws Exception {
        ZonedDateTime t0 = ZonedDateTime.of(2021, 3, 1, 9, 0, 0, 0, BusinessClock.ZONE);
        Fixture f = fixture(t0);
        clock.reset();
        String department = user("SO-GDDT", "COORDINATOR");
        String school = user("THPT-CHAUVANLIEM", "COORDINATOR");

        // the delegate submitted by the Department, found by name (no diacritics) and by the guardian's phone
        // (earlier fixtures hold namesakes: the department finds each of its own)
        as(department).queryParam("name", "le bao ngoc").get("/api/privacy/people").then().statusCode(200)
                .body("items.kind", org.hamcrest.Matchers.everyItem(equalTo("ATTENDEE"))).body("items.id", org.hamcrest.Matchers.hasItem(f.attendees().get(0).intValue()));
        as(department).queryParam("name", "Ngọc").queryParam("phone", "0918.000.111").get("/api/privacy/people").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(f.attendees().get(0).intValue()));
        as(department).get("/api/privacy/people").then().statusCode(400).body("errors[0].field", equalTo("name"));
        // the school's pupil: her contest entry, found by name
        long entry = ((Number) as("congan").get("/api/contests/" + f.contestId() + "/entries").then().statusCode(200)
                .extract().path("items.find { it.pupilName == 'Võ Thanh Tâm' }.id")).longValue();
        as(school).queryParam("name", "Võ Thanh Tâm").get("/api/privacy/people").then().statusCode(200)
                .body("items.kind", org.hamcrest.Matchers.everyItem(equalTo("CONTEST_ENTRY"))).body("items.id", org.hamcrest.Matchers.hasItem((int) entry));
        // nobody else finds them
        as("congan").queryParam("name", "le bao ngoc").get("/api/privacy/people").then().statusCode(200).body("total", equalTo(0));
        as(school).queryParam("name", "le bao ngoc").get("/api/privacy/people").then().statusCode(200).body("total", equalTo(0));
        as("sogddt").queryParam("name", "le bao ngoc").get("/api/privacy/people").then().statusCode(403); // an officer, not a coordinator

        var records = Map.of("records", List.of(Map.of("kind", "ATTENDEE", "id", f.attendees().get(0))));
        // another organisation's coordinator (the organiser, the school, another deployment) gets 404
        as("congan").body(records).post("/api/privacy/exports").then().statusCode(404);
        as(school).body(records).post("/api/privacy/erasures").then().statusCode(404);
        SecondCity.ensure();
        as("hp-coordinator").body(records).post("/api/privacy/exports").then().statusCode(404);
        as(department).body(Map.of("records", List.of(Map.of("kind", "CONTEST_ENTRY", "id", entry)))).post("/api/privacy/exports").then().statusCode(404);

        // the export holds everything: the delegate and the spreadsheet rows? (the form's delegate has none)
        as(department).body(records).post("/api/privacy/exports").then().statusCode(200)
                .body("attendees[0].fullName", equalTo("Lê Bảo Ngọc")).body("attendees[0].phone", equalTo("0903 000 003"))
                .body("attendees[0].email", equalTo("ngoc.le@example.vn")).body("attendees[0].guardianPhone", equalTo("0918 000 111"))
                .body("attendees[0].difficultCircumstances", equalTo(true)).body("attendees[0].checkedInAt", org.hamcrest.Matchers.notNullValue())
                .body("importRows.size()", equalTo(0));
        // a delegate that came by spreadsheet: its row comes with it
        long imported = ((Number) as("congan").queryParam("q", "nguyen minh khoi").get("/api/events/" + f.eventId() + "/attendees").then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id")).longValue();
        as(department).queryParam("name", "Nguyễn Minh Khôi").get("/api/privacy/people").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) imported));
        var both = Map.of("records", List.of(Map.of("kind", "ATTENDEE", "id", f.attendees().get(0)), Map.of("kind", "ATTENDEE", "id", imported)));
        as(department).body(both).post("/api/privacy/exports").then().statusCode(200).body("attendees.size()", equalTo(2))
                .body("importRows.size()", equalTo(1)).body("importRows[0].values.fullName", equalTo("Nguyễn Minh Khôi"))
                .body("importRows[0].values.guardianPhone", equalTo("0912 000 002"));
        as(school).body(Map.of("records", List.of(Map.of("kind", "CONTEST_ENTRY", "id", entry)))).post("/api/privacy/exports").then().statusCode(200)
                .body("contestEntries[0].pupilName", equalTo("Võ Thanh Tâm")).body("contestEntries[0].guardianPhone", equalTo("0939 949 749"));

        // erased: anonymised now, the rows stay
        String filled = as("sogddt").get("/api/quotas/" + f.quotaId()).then().extract().jsonPath().getString("filled");
        as(department).body(both).post("/api/privacy/erasures").then().statusCode(200).body("attendees", equalTo(2)).body("importRows", equalTo(1));
        as(school).body(Map.of("records", List.of(Map.of("kind", "CONTEST_ENTRY", "id", entry)))).post("/api/privacy/erasures").then().statusCode(200)
                .body("contestEntries", equalTo(1));
        as(department).body(both).post("/api/privacy/exports").then().statusCode(200).body("attendees[0].fullName", equalTo(PLACEHOLDER))
                .body("attendees[0].phone", nullValue()).body("attendees[0].email", nullValue()).body("attendees[0].guardianName", nullValue())
                .body("attendees[0].guardianPhone", nullValue()).body("attendees[0].difficultCircumstances", nullValue())
                .body("attendees[0].anonymisedAt", org.hamcrest.Matchers.notNullValue()).body("attendees[0].school", equalTo("Trường THPT Châu Văn Liêm"));
        as(department).queryParam("name", "le bao ngoc").get("/api/privacy/people").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(f.attendees().get(0).intValue())));
        assertEquals(filled, as("sogddt").get("/api/quotas/" + f.quotaId()).then().extract().jsonPath().getString("filled"));
        as(department).body(both).post("/api/privacy/erasures").then().statusCode(200).body("attendees", equalTo(0)); // again: nothing left
        long leftOfThem = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from attendee a where a.event_id = ?1"
                + " and row_to_json(a)::text ~ 'Lê Bảo Ngọc|Nguyễn Minh Khôi|0903|0902|0918 000 111|0912 000 002'").setParameter(1, f.eventId())
                .getSingleResult()).longValue() + ((Number) em.createNativeQuery("select count(*) from import_row r join import_job j on j.id = r.job_id"
                + " where j.quota_id = ?1 and row_to_json(r)::text ~ 'Nguyễn Minh Khôi|0902|0912 000 002'").setParameter(1, f.quotaId()).getSingleResult()).longValue());
        assertEquals(0, leftOfThem);

        // the audit keeps who, when, which records of which kinds — never the data
        List<String> trail = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select action || ' ' || actor || ' ' || coalesce(after::text, '')"
                + " from audit_event where entity_type = 'person' and actor in (?1, ?2) order by id").setParameter(1, department).setParameter(2, school)
                .getResultList());
        assertTrue(trail.stream().anyMatch(t -> t.startsWith("ERASE_PERSONAL_DATA " + department) && t.contains("ATTENDEE:" + imported)), trail.toString());
        assertTrue(trail.stream().anyMatch(t -> t.startsWith("EXPORT_PERSONAL_DATA " + school) && t.contains("CONTEST_ENTRY:" + entry)), trail.toString());
        for (String t : trail) {
            assertFalse(t.matches("(?s).*(" + String.join("|", PERSONAL) + "|Lê|Khôi|Tâm).*"), t);
        }
    }

    @Test
    void aPlanWithoutDatesHasNotClosedUntilItIsCancelled() {
        long planId = Api.draftWithTask("Kế hoạch không có ngày " + unique(), "SO-GDDT", null, null)[0];
        as("ubnd").get("/api/plans/" + planId + "/retention").then().statusCode(200).body("closesOn", nullValue())
                .body("retainedUntil", nullValue()).body("expired", equalTo(false)).body("canEdit", equalTo(true));
        at(ZonedDateTime.of(2024, 6, 1, 10, 0, 0, 0, BusinessClock.ZONE));
        as("ubnd").post("/api/plans/" + planId + "/cancel").then().statusCode(200);
        as("ubnd").get("/api/plans/" + planId + "/retention").then().statusCode(200).body("closesOn", equalTo("2024-06-01"))
                .body("retainedUntil", equalTo("2024-08-30"));
    }
}
