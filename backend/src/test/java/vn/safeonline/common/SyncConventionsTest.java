package vn.safeonline.common;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.draftWithTask;
import static vn.safeonline.support.Api.issue;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.planInput;
import static vn.safeonline.support.Api.raw;
import static vn.safeonline.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.safeonline.attendee.CeremonyTest;
import vn.safeonline.campaign.CampaignTest;

/** Issue 13 part 5: conditional reads, updatedSince, the envelope's size, and Idempotency-Key on the creates a system retries. */
@QuarkusTest
class SyncConventionsTest {
    static final LocalDate TODAY = LocalDate.now(BusinessClock.ZONE);

    private static Map<String, Object> report(int value, String text) {
        return Map.of("reportDate", TODAY.toString(), "done", false, "value", value, "text", text,
                "evidenceLinks", List.of("https://sogddt.cantho.gov.vn/tin-tuc/" + value));
    }

    /** Rows changed from now on: a little before, since the database's and the test's clocks are the same machine's. */
    private static String mark() throws InterruptedException {
        Thread.sleep(20);
        String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        Thread.sleep(20);
        return at;
    }

    @Test
    void aSingleObjectAnswers304UntilItChanges() {
        long[] ids = draftWithTask("ETag " + unique(), "SO-GDDT", TODAY.plusDays(10), Map.of("kind", "COUNT", "value", 70, "unit", "đại biểu"));
        String url = "/api/tasks/" + ids[1];
        String etag = as("ubnd").get(url).then().statusCode(200).header("ETag", startsWith("\"0.")).extract().header("ETag");
        as("ubnd").header("If-None-Match", etag).get(url).then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());
        as("ubnd").header("If-None-Match", "W/" + etag).get(url).then().statusCode(304);
        as("ubnd").header("If-None-Match", "\"x\", " + etag).get(url).then().statusCode(304);
        as("ubnd").header("If-None-Match", "*").get(url).then().statusCode(304);
        as("ubnd").header("If-None-Match", "\"0\"").get(url).then().statusCode(200); // the bare version is not this answer's tag

        // the read's tag still works in If-Match (only the version counts there)
        String planEtag = as("ubnd").get("/api/plans/" + ids[0]).then().statusCode(200).extract().header("ETag");
        var edit = new HashMap<>(planInput("ETag sửa " + unique()));
        as("ubnd").header("If-Match", planEtag).body(edit).put("/api/plans/" + ids[0]).then().statusCode(200).header("ETag", "\"1\"");
        as("ubnd").header("If-Match", planEtag).body(edit).put("/api/plans/" + ids[0]).then().statusCode(412);
        as("ubnd").header("If-None-Match", planEtag).get("/api/plans/" + ids[0]).then().statusCode(200);

        // a progress report changes the task's derived progress, not its version: the tag follows all the same
        issue(ids[0]);
        etag = as("sogddt").get(url).then().statusCode(200).extract().header("ETag");
        as("sogddt").header("If-None-Match", etag).get(url).then().statusCode(304);
        as("sogddt").body(report(43, "Đã mời 43 đại biểu")).post(url + "/progress-reports").then().statusCode(201);
        String after = as("sogddt").header("If-None-Match", etag).get(url).then().statusCode(200).body("reachedValue", equalTo(43))
                .header("ETag", startsWith("\"0.")).extract().header("ETag");
        assertNotEquals(etag, after);
    }

    @Test
    void aListAnswers304UntilItChanges() {
        long[] ids = draftWithTask("ETag danh sách " + unique(), "SO-GDDT", null, null);
        String url = "/api/plans/" + ids[0] + "/tasks";
        String etag = as("ubnd").get(url).then().statusCode(200).header("ETag", notNullValue()).body("total", equalTo(1)).extract().header("ETag");
        assertEquals(etag, as("ubnd").get(url).then().statusCode(200).extract().header("ETag"), "the same list, the same tag");
        as("ubnd").header("If-None-Match", etag).get(url).then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());
        as("ubnd").body(Map.of("leadOrganizationId", orgId("SO-NOIVU"), "text", "Nhiệm vụ thứ hai")).post(url).then().statusCode(201);
        String after = as("ubnd").header("If-None-Match", etag).get(url).then().statusCode(200).body("total", equalTo(2)).extract().header("ETag");
        assertNotEquals(etag, after);
        // another reader who sees another page of it gets another tag
        as("ubnd").queryParam("size", 1).header("If-None-Match", after).get(url).then().statusCode(200);
    }

    @Test
    void tasksChangedSinceAnInstant() throws InterruptedException {
        long[] ids = draftWithTask("Đồng bộ " + unique(), "SO-GDDT", TODAY.plusDays(10), Map.of("kind", "COUNT", "value", 10, "unit", "lớp"));
        long other = ((Number) as("ubnd").body(Map.of("leadOrganizationId", orgId("SO-GDDT"), "text", "Nhiệm vụ không đổi"))
                .post("/api/plans/" + ids[0] + "/tasks").then().statusCode(201).extract().path("id")).longValue();
        issue(ids[0]);
        String mark = mark();
        as("sogddt").queryParam("updatedSince", mark).get("/api/plans/" + ids[0] + "/tasks").then().statusCode(200).body("total", equalTo(0));
        as("sogddt").body(report(4, "Đã làm 4 lớp")).post("/api/tasks/" + ids[1] + "/progress-reports").then().statusCode(201);
        as("sogddt").queryParam("updatedSince", mark).get("/api/plans/" + ids[0] + "/tasks").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) ids[1])).body("items[0].updatedAt", notNullValue());
        as("sogddt").queryParam("updatedSince", mark).queryParam("planId", ids[0]).get("/api/tasks").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", not(hasItem((int) other)));
        as("sogddt").queryParam("updatedSince", "2000-01-01T00:00:00Z").queryParam("planId", ids[0]).get("/api/tasks").then().statusCode(200)
                .body("total", equalTo(2));
        raw("sogddt").queryParam("updatedSince", "hôm qua").get("/api/tasks").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
        raw("sogddt").queryParam("updatedSince", "2026-13-01T00:00:00Z").get("/api/plans/" + ids[0] + "/tasks").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
    }

    @Test
    void attendeesChangedSinceIncludeTheCancelled() throws InterruptedException {
        CeremonyTest.Setup s = CeremonyTest.setup(5);
        String url = "/api/quotas/" + s.studentQuota() + "/attendees";
        int kept = ((Number) as("sogddt").body(CeremonyTest.student("Trần Văn Giữ", null)).post(url).then().statusCode(201).extract().path("id")).intValue();
        int withdrawn = ((Number) as("sogddt").body(CeremonyTest.student("Lê Thị Rút", null)).post(url).then().statusCode(201).extract().path("id")).intValue();
        String mark = mark();
        as("sogddt").queryParam("updatedSince", mark).get(url).then().statusCode(200).body("total", equalTo(0));
        as("sogddt").post("/api/attendees/" + withdrawn + "/cancel").then().statusCode(200);
        as("sogddt").queryParam("updatedSince", mark).get(url).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(withdrawn)).body("items[0].status", equalTo("CANCELLED"));
        as("congan").queryParam("updatedSince", mark).get("/api/events/" + s.eventId() + "/attendees").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(withdrawn)).body("items.id", not(hasItem(kept)));
        raw("congan").queryParam("updatedSince", "2026-05-27").get("/api/events/" + s.eventId() + "/attendees").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
    }

    @Test
    void activityReportsChangedSinceAndTheirIdempotencyKey() throws InterruptedException {
        long id = CampaignTest.freshCampaign();
        String url = "/api/campaigns/" + id + "/reports";
        as("congan").body(Map.of("organizationId", orgId("THPT-CHAUVANLIEM"), "type", "ANNOUNCEMENT_POST", "date", "2025-10-15"))
                .post(url).then().statusCode(201);
        String mark = mark();
        String key = "he-thong-pnh-" + unique();
        var body = Map.of("organizationId", orgId("THPT-PHANNGOCHIEN"), "type", "ANNOUNCEMENT_POST", "date", "2025-10-28");
        int first = ((Number) as("congan").header("Idempotency-Key", key).body(body).post(url).then().statusCode(201).extract().path("id")).intValue();
        as("congan").header("Idempotency-Key", key).body(body).post(url).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as("congan").header("Idempotency-Key", key).body(Map.of("organizationId", orgId("THPT-PHANNGOCHIEN"), "type", "ANNOUNCEMENT_POST",
                "date", "2025-10-29")).post(url).then().statusCode(422).body("code", equalTo("idempotency-key-reused"));
        as("congan").queryParam("updatedSince", mark).get(url).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(first)).body("items[0].updatedAt", notNullValue());
        as("congan").get(url).then().statusCode(200).body("total", equalTo(2));
        raw("congan").queryParam("updatedSince", "x").get(url).then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
    }

    @Test
    void progressReportsTakeAnIdempotencyKey() {
        long[] ids = draftWithTask("Khóa " + unique(), "SO-GDDT", TODAY.plusDays(10), Map.of("kind", "COUNT", "value", 70, "unit", "đại biểu"));
        issue(ids[0]);
        String url = "/api/tasks/" + ids[1] + "/progress-reports";
        String key = "so-gddt-" + unique();
        int first = ((Number) as("sogddt").header("Idempotency-Key", key).body(report(20, "Lần một")).post(url).then().statusCode(201)
                .extract().path("id")).intValue();
        as("sogddt").header("Idempotency-Key", key).body(report(20, "Lần một")).post(url).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as("sogddt").header("Idempotency-Key", key).body(report(30, "Lần hai")).post(url).then().statusCode(422)
                .body("code", equalTo("idempotency-key-reused")).body("errors[0].field", equalTo("Idempotency-Key"));
        as("sogddt").get(url).then().statusCode(200).body("total", equalTo(1));
        as("sogddt").get("/api/tasks/" + ids[1]).then().body("reachedValue", equalTo(20)).body("reportCount", equalTo(1));
    }

    @Test
    void checkInsAreListedSinceAnInstantAndTakeAnIdempotencyKey() throws InterruptedException {
        CeremonyTest.Setup s = CeremonyTest.setup(5);
        String quota = "/api/quotas/" + s.studentQuota() + "/attendees";
        int a = ((Number) as("sogddt").body(CeremonyTest.student("Võ Minh Khang", null)).post(quota).then().statusCode(201).extract().path("id")).intValue();
        int b = ((Number) as("sogddt").body(CeremonyTest.student("Phan Thu Hà", null)).post(quota).then().statusCode(201).extract().path("id")).intValue();
        String door = "/api/events/" + s.eventId() + "/check-ins";
        as("congan").body(Map.of("attendeeId", a)).post(door).then().statusCode(201);
        String mark = mark();
        String key = "cua-1-" + unique();
        String at = as("congan").header("Idempotency-Key", key).body(Map.of("attendeeId", b, "venueId", s.hallId())).post(door).then().statusCode(201)
                .body("outcome", equalTo("CHECKED_IN")).extract().path("checkedInAt");
        as("congan").header("Idempotency-Key", key).body(Map.of("attendeeId", b, "venueId", s.hallId())).post(door).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("outcome", equalTo("CHECKED_IN")).body("attendeeId", equalTo(b)).body("checkedInAt", equalTo(at));
        as("congan").header("Idempotency-Key", key).body(Map.of("attendeeId", a)).post(door).then().statusCode(422)
                .body("code", equalTo("idempotency-key-reused"));
        as("congan").body(Map.of("attendeeId", b)).post(door).then().statusCode(200).body("outcome", equalTo("ALREADY_CHECKED_IN"));

        as("congan").get(door).then().statusCode(200).body("total", equalTo(2)).body("items.attendeeId", hasItem(a));
        as("congan").queryParam("updatedSince", mark).get(door).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].attendeeId", equalTo(b)).body("items[0].venueId", equalTo((int) s.hallId()))
                .body("items[0].method", equalTo("SEARCH")).body("items[0].updatedAt", notNullValue());
        as("sogddt").get(door).then().statusCode(org.hamcrest.Matchers.oneOf(403, 404)); // as the counters: the organisers' door only
        raw("congan").queryParam("updatedSince", "27/05/2026").get(door).then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
        // an instant Java reads but PostgreSQL cannot hold (the fuzzer's find: a 500 before)
        raw("congan").queryParam("updatedSince", "+999999999-12-31T23:59:59Z").get(door).then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince")).body("errors[0].code", equalTo("InstantOutOfRange"));
    }

    @Test
    void theEnvelopeSizeIsThePageSizeAskedFor() {
        long[] ids = draftWithTask("Cỡ trang " + unique(), "SO-GDDT", null, null);
        as("ubnd").queryParam("size", 7).get("/api/plans/" + ids[0] + "/tasks").then().statusCode(200)
                .body("size", equalTo(7)).body("items.size()", equalTo(1)).body("total", equalTo(1));
        as("ubnd").queryParam("size", 7).queryParam("planId", ids[0]).get("/api/tasks").then().statusCode(200).body("size", equalTo(7));
        as("ubnd").get("/api/plans/" + ids[0] + "/tasks").then().body("size", equalTo(20)); // the default
        // a list that is not paged: everything on page 1, with the largest page size, whatever the number of items
        as("ubnd").get("/api/plans/" + ids[0] + "/events").then().statusCode(200).body("size", equalTo(100)).body("items.size()", equalTo(0));
        as("ubnd").get("/api/plans/" + ids[0] + "/invitee-categories").then().statusCode(200).body("size", equalTo(100))
                .body("items", everyItem(notNullValue()));
    }
}
