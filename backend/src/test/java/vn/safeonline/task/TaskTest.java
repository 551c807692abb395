package vn.safeonline.task;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.draftWithTask;
import static vn.safeonline.support.Api.issue;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.raw;
import static vn.safeonline.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.support.SecondCity;

@QuarkusTest
class TaskTest {
    static final LocalDate TODAY = LocalDate.now(vn.safeonline.common.BusinessClock.ZONE);

    @BeforeAll
    static void twoCities() {
        SecondCity.ensure();
    }

    private static Map<String, Object> report(LocalDate date, Integer value, boolean done) {
        var m = new java.util.HashMap<String, Object>(Map.of("reportDate", date.toString(), "done", done, "text", "Báo cáo ngày " + date,
                "evidenceLinks", List.of("https://sogddt.cantho.gov.vn/tin-tuc/123")));
        if (value != null) m.put("value", value);
        return m;
    }

    @Test
    void theLeadAgencyReportsAndTheStatusFollows() {
        long[] ids = draftWithTask("Báo cáo " + unique(), "SO-GDDT", TODAY.plusDays(10),
                Map.of("kind", "COUNT", "value", 70, "unit", "đại biểu"));
        long taskId = ids[1];
        as("congan").body(report(TODAY, 10, false)).post("/api/tasks/" + taskId + "/progress-reports").then().statusCode(409)
                .body("code", equalTo("invalid-transition")); // a draft takes no reports
        issue(ids[0]);
        as("sogddt").get("/api/tasks/" + taskId).then().statusCode(200).body("status", equalTo("NOT_STARTED"))
                .body("permissions.canReport", equalTo(true)).body("percentReached", equalTo(0));
        as("sogddt").body(report(TODAY.minusDays(1), 43, false)).post("/api/tasks/" + taskId + "/progress-reports").then().statusCode(201)
                .body("reportedBy.fullName", equalTo("Nguyễn Thị Lan")).body("organization.code", equalTo("SO-GDDT"));
        as("sogddt").get("/api/tasks/" + taskId).then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("reachedValue", equalTo(43)).body("percentReached", equalTo(61.4f)).body("reportCount", equalTo(1));
        as("sogddt").body(report(TODAY, 70, false)).post("/api/tasks/" + taskId + "/progress-reports").then().statusCode(201);
        as("congan").get("/api/tasks/" + taskId).then().statusCode(200).body("status", equalTo("DONE_ON_TIME"))
                .body("percentReached", equalTo(100)).body("permissions.canReport", equalTo(false));
        as("congan").get("/api/tasks/" + taskId + "/progress-reports").then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].value", equalTo(70));
    }

    @Test
    void aTaskPastItsDueDateIsOverdueUntilDoneThenDoneLate() {
        long[] ids = draftWithTask("Quá hạn " + unique(), "SO-NOIVU", TODAY.minusDays(3), null);
        issue(ids[0]);
        as("sonoivu").get("/api/tasks/" + ids[1]).then().body("status", equalTo("OVERDUE"));
        as("sonoivu").queryParam("organization", orgId("SO-NOIVU")).queryParam("status", "OVERDUE").queryParam("size", 100)
                .get("/api/tasks").then().statusCode(200).body("items.id", hasItem((int) ids[1])).body("items.status", everyItem(equalTo("OVERDUE")));
        as("sonoivu").body(report(TODAY, null, true)).post("/api/tasks/" + ids[1] + "/progress-reports").then().statusCode(201);
        as("sonoivu").get("/api/tasks/" + ids[1]).then().body("status", equalTo("DONE_LATE")).body("percentReached", equalTo(100));
    }

    @Test
    void nobodyElseReportsOrSeesTheReports() {
        long[] ids = draftWithTask("Quyền báo cáo " + unique(), "SO-GDDT", TODAY.plusDays(5), null);
        issue(ids[0]);
        as("sonoivu").body(report(TODAY, 1, false)).post("/api/tasks/" + ids[1] + "/progress-reports").then().statusCode(404);
        as("congan").body(report(TODAY, 1, false)).post("/api/tasks/" + ids[1] + "/progress-reports").then().statusCode(403)
                .body("code", equalTo("forbidden"));
        as("hp-coordinator").get("/api/tasks/" + ids[1]).then().statusCode(404);
        as("ubnd").get("/api/tasks/" + ids[1] + "/progress-reports").then().statusCode(200);
        as("xem").get("/api/tasks/" + ids[1] + "/progress-reports").then().statusCode(404); // not party to this plan
    }

    @Test
    void reportsAreValidated() {
        long[] ids = draftWithTask("Kiểm tra báo cáo " + unique(), "SO-GDDT", TODAY.plusDays(5), null);
        issue(ids[0]);
        String url = "/api/tasks/" + ids[1] + "/progress-reports";
        var bad = new java.util.HashMap<>(report(TODAY, 1, false));
        bad.put("evidenceLinks", List.of("javascript:alert(1)"));
        raw("sogddt").body(bad).post(url).then().statusCode(400).body("errors[0].field", equalTo("evidenceLinks[0]"));
        bad = new java.util.HashMap<>(report(TODAY, -5, false));
        raw("sogddt").body(bad).post(url).then().statusCode(400).body("errors[0].field", equalTo("value"));
        as("sogddt").body(report(TODAY.plusDays(2), 1, false)).post(url).then().statusCode(422).body("errors[0].field", equalTo("reportDate"));
        as("sogddt").get(url).then().body("total", equalTo(0));
    }

    @Test
    void tasksOfADraftAreEditedWithIfMatchAndValidated() {
        long[] ids = draftWithTask("Sửa nhiệm vụ " + unique(), "SO-GDDT", null, null);
        String url = "/api/tasks/" + ids[1];
        var edit = Map.of("leadOrganizationId", orgId("SO-VHTTDL"), "cooperatingOrganizationIds", List.of(orgId("BAO-PTTH-CT")),
                "text", "Mời 20 cơ quan báo chí", "dueDate", "2026-05-28", "target", Map.of("kind", "COUNT", "value", 20, "unit", "cơ quan"));
        as("ubnd").header("If-Match", "\"0\"").body(edit).put(url).then().statusCode(200)
                .body("leadOrganization.code", equalTo("SO-VHTTDL")).body("cooperatingOrganizations[0].code", equalTo("BAO-PTTH-CT"))
                .body("target.value", equalTo(20));
        as("ubnd").header("If-Match", "\"0\"").body(edit).put(url).then().statusCode(412);
        as("ubnd").header("If-Match", "\"1\"").body(Map.of("leadOrganizationId", orgId("SO-GDDT"), "cooperatingOrganizationIds", List.of(orgId("SO-GDDT")),
                "text", "x", "target", Map.of("kind", "PERCENT", "value", 150, "unit", "%"))).put(url).then().statusCode(422)
                .body("errors.field", hasItem("cooperatingOrganizationIds[0]")).body("errors.field", hasItem("target.value"));
        as("sogddt").header("If-Match", "\"1\"").body(edit).put(url).then().statusCode(403); // officers never edit tasks
        as("sogddt").get(url).then().statusCode(404); // nor see a draft's
        as("ubnd").delete(url).then().statusCode(204);
        as("ubnd").get(url).then().statusCode(404);
    }

    @Test
    void theStandingAgencySeesTheRollUpAndUrgesTheLaggards() {
        long[] a = draftWithTask("Tổng hợp " + unique(), "SO-GDDT", TODAY.minusDays(1), Map.of("kind", "COUNT", "value", 20, "unit", "trường"));
        long planId = a[0];
        as("ubnd").body(Map.of("leadOrganizationId", orgId("SO-NOIVU"), "text", "Mời 10 hội", "dueDate", TODAY.plusDays(3).toString(),
                "target", Map.of("kind", "COUNT", "value", 10, "unit", "hội"))).post("/api/plans/" + planId + "/tasks").then().statusCode(201);
        long culture = ((Number) as("ubnd").body(Map.of("leadOrganizationId", orgId("SO-VHTTDL"), "text", "Mời 20 cơ quan báo chí"))
                .post("/api/plans/" + planId + "/tasks").then().statusCode(201).extract().path("id")).longValue();
        issue(planId);
        as("sovhttdl").body(report(TODAY, null, true)).post("/api/tasks/" + culture + "/progress-reports").then().statusCode(201);
        as("sonoivu").body(report(TODAY, 4, false)).post("/api/tasks/" + (culture - 1) + "/progress-reports").then().statusCode(201);

        as("congan").get("/api/plans/" + planId + "/progress").then().statusCode(200)
                .body("totals.overdue", equalTo(1)).body("totals.inProgress", equalTo(1)).body("totals.doneOnTime", equalTo(1))
                .body("organizations[0].organization.code", equalTo("SO-GDDT")) // the overdue come first
                .body("organizations[0].lagging", equalTo(true))
                .body("organizations.find { it.organization.code == 'SO-NOIVU' }.percentReached", equalTo(40))
                .body("organizations.find { it.organization.code == 'SO-VHTTDL' }.lagging", equalTo(false))
                .body("percentReached", equalTo(46.7f));
        as("sogddt").get("/api/plans/" + planId + "/progress").then().statusCode(403);

        as("congan").body(Map.of()).post("/api/plans/" + planId + "/reminders").then().statusCode(200)
                .body("organizations", equalTo(2)).body("notified", greaterThanOrEqualTo(2));
        as("sogddt").queryParam("unread", true).get("/api/notifications").then().statusCode(200)
                .body("items.planId", hasItem((int) planId)).body("items[0].kind", equalTo("REMINDER"));
        as("sovhttdl").queryParam("unread", true).get("/api/notifications").then().statusCode(200).body("items.planId", not(hasItem((int) planId)));
        as("congan").body(Map.of("organizationIds", List.of(orgId("SO-VHTTDL")))).post("/api/plans/" + planId + "/reminders").then()
                .statusCode(422).body("errors[0].field", equalTo("organizationIds"));
        as("sogddt").body(Map.of()).post("/api/plans/" + planId + "/reminders").then().statusCode(403);

        long notification = ((Number) as("sogddt").queryParam("unread", true).get("/api/notifications").then().extract().path("items[0].id")).longValue();
        as("sogddt").post("/api/notifications/" + notification + "/read").then().statusCode(204);
        as("sonoivu").post("/api/notifications/" + notification + "/read").then().statusCode(404);
    }

    @Test
    void theTaskListIsBoundedByWhatTheCallerMaySee() {
        List<Integer> mine = as("sogddt").queryParam("size", 100).get("/api/tasks").then().statusCode(200).body("total", greaterThanOrEqualTo(4))
                .body("items.planReference", everyItem(notNullValue())).extract().path("items.id");
        // the other deployment's coordinator sees none of them (its own deployment may have tasks: the security suite adds some)
        List<Integer> theirs = as("hp-coordinator").queryParam("size", 100).get("/api/tasks").then().statusCode(200)
                .body("items.planReference", not(hasItem("120/KH-UBND"))).body("items.planReference", not(hasItem("135/KH-UBND")))
                .extract().path("items.id");
        org.junit.jupiter.api.Assertions.assertTrue(java.util.Collections.disjoint(mine, theirs), mine + " / " + theirs);
        raw("sogddt").queryParam("status", "FINISHED").get("/api/tasks").then().statusCode(400);
    }

    @Inject
    BusinessClock clock;

    /** 00:30 on 11 March 2030 in Vietnam is still 10 March in UTC: every "today" must be Vietnam's. */
    @Test
    void todayIsVietnamsDayBetweenMidnightAndSevenInTheMorning() {
        long[] ids = draftWithTask("Giờ Việt Nam " + unique(), "SO-GDDT", LocalDate.of(2030, 3, 10), null);
        issue(ids[0]);
        try {
            clock.set(Instant.parse("2030-03-10T17:30:00Z"));
            as("sogddt").get("/api/tasks/" + ids[1]).then().statusCode(200).body("status", equalTo("OVERDUE")); // due yesterday in Vietnam
            as("sogddt").body(Map.of("reportDate", "2030-03-11", "done", false, "text", "Báo cáo lúc 00:30"))
                    .post("/api/tasks/" + ids[1] + "/progress-reports").then().statusCode(201); // today, not the future
            as("ubnd").get("/api/plans/" + ids[0] + "/reports/defaults").then().statusCode(200).body("asOf", equalTo("2030-03-11"));
            as("ubnd").queryParam("status", "OVERDUE").queryParam("planId", ids[0]).get("/api/tasks").then().statusCode(200)
                    .body("total", equalTo(1));
            clock.set(Instant.parse("2030-03-10T16:59:00Z")); // 23:59 on the due day in Vietnam: not overdue yet, the report of the 11th not yet made
            as("sogddt").get("/api/tasks/" + ids[1]).then().statusCode(200).body("status", equalTo("NOT_STARTED"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aTaskMeasuredByTargetsTakesNoTypedFigure() {
        Number planId = as("congan").queryParam("q", "khong mot minh").queryParam("size", 100).get("/api/plans").then().statusCode(200)
                .extract().path("items.find { it.reference == '120/KH-UBND' && it.status == 'ISSUED' }.id");
        Number taskId = as("sogddt").queryParam("size", 100).get("/api/plans/" + planId + "/tasks").then().statusCode(200)
                .extract().path("items.find { it.measuredByTargets && it.leadOrganization.code == 'SO-GDDT' }.id");
        as("sogddt").body(Map.of("reportDate", TODAY.toString(), "value", 100, "done", true, "text", "100% trường học"))
                .post("/api/tasks/" + taskId + "/progress-reports").then().statusCode(422)
                .body("errors.field", hasItem("value")).body("errors.field", hasItem("done"));
        as("sogddt").get("/api/tasks/" + taskId).then().statusCode(200).body("measuredByTargets", equalTo(true)).body("reachedValue", equalTo(null));
    }
}
