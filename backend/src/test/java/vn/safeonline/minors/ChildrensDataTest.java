package vn.safeonline.minors;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.safeonline.attendee.CeremonyTest;
import vn.safeonline.attendee.ImportTest;
import vn.safeonline.campaign.CampaignTest;
import vn.safeonline.contest.ContestTest;

/**
 * One rule for a child's personal data (MinorsData), walked role by role through every place a pupil appears: the delegate
 * (detail, the event's list, the quota's list), the contest entry (list, detail, the consent answer), the import rows, and
 * the judge's view. Contact, guardian and circumstance fields: the holder (the submitting agency or the school) and the receiver
 * only; masked for everyone else, ADMIN included; a judge sees entries blinded, even one who manages the contest.
 */
@QuarkusTest
class ChildrensDataTest {
    enum Sees { ALL, MASKED, NOTHING }

    @Test
    void aPupilDelegateIsMaskedForEveryoneButTheSubmitterAndTheReceiver() {
        CeremonyTest.Setup s = CeremonyTest.setup(5);
        long id = ((Number) as("sogddt").body(CeremonyTest.student("Bùi Thùy Vy", "0907 123 456")).post("/api/quotas/" + s.studentQuota() + "/attendees")
                .then().statusCode(201).extract().path("id")).longValue();
        Map<String, Sees> roles = new LinkedHashMap<>();
        roles.put("sogddt", Sees.ALL);      // the Department submitted the pupil: it holds the relationship
        roles.put("congan", Sees.ALL);      // the standing agency receives the list for the ceremony
        roles.put("admin", Sees.MASKED);    // ADMIN included
        roles.put("ubnd", Sees.MASKED);     // the issuer organises but does not receive the list
        roles.put("xem", Sees.NOTHING);     // a viewer of the issuer's office reads plans, not delegates
        roles.put("sonoivu", Sees.NOTHING); // another agency
        roles.put("thptcvl", Sees.NOTHING); // a school that did not submit
        roles.put("thanhdoan", Sees.NOTHING);
        roles.forEach((user, sees) -> {
            var detail = as(user).get("/api/attendees/" + id).then();
            assertEquals(sees == Sees.NOTHING ? 404 : 200, detail.extract().statusCode(), user);
            if (sees == Sees.NOTHING) {
                as(user).get("/api/events/" + s.eventId() + "/attendees").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(404)))
                        .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Bùi Thùy Vy")));
                return;
            }
            JsonPath one = detail.extract().jsonPath();
            JsonPath listed = JsonPath.from(as(user).get("/api/events/" + s.eventId() + "/attendees").then().statusCode(200).extract().asString());
            String inList = "items.find { it.id == " + id + " }.";
            for (String prefix : List.of("", inList)) {
                JsonPath j = prefix.isEmpty() ? one : listed;
                assertEquals("Bùi Thùy Vy", j.getString(prefix + "fullName"), user);
                assertEquals(sees == Sees.MASKED, j.getBoolean(prefix + "personalDataMasked"), user);
                if (sees == Sees.ALL) {
                    assertEquals("0907 123 456", j.getString(prefix + "phone"), user);
                    assertEquals("0918 000 111", j.getString(prefix + "guardianPhone"), user);
                    assertTrue(j.getBoolean(prefix + "difficultCircumstances"), user);
                } else {
                    assertEquals("********56", j.getString(prefix + "phone"), user);
                    assertEquals("********11", j.getString(prefix + "guardianPhone"), user);
                    assertEquals(null, (Object) j.get(prefix + "guardianName"), user);
                    assertEquals(null, (Object) j.get(prefix + "difficultCircumstances"), user);
                }
            }
        });
        // the quota's own list: the submitter sees it whole
        as("sogddt").get("/api/quotas/" + s.studentQuota() + "/attendees").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.guardianPhone", equalTo("0918 000 111"));
        // every unmasked read is audited, with the fields but never their values
        String audit = as("admin").queryParam("entityType", "attendee").queryParam("size", 100).get("/api/audit-events").then().statusCode(200)
                .body("items.action", hasItem("READ_PERSONAL_DATA")).extract().asString();
        assertTrue(audit.contains("phone,email,guardian,circumstances"), audit);
        assertFalse(audit.contains("0907 123 456") || audit.contains("0918 000 111"), "no values in the audit");
    }

    @Test
    void aContestEntryShowsTheGuardianOnlyToTheSchoolAndNothingToAJudge() {
        long campaign = CampaignTest.freshCampaign();
        OffsetDateTime now = OffsetDateTime.now();
        long contest = ContestTest.contest(campaign, now.minusHours(1), now.plusDays(7));
        long entry = ((Number) as("thptcvl").header("Idempotency-Key", "bai-" + unique()).body(ContestTest.schoolEntry("Trần Minh Khoa", "Tranh lớp 10A1"))
                .post("/api/contests/" + contest + "/entries").then().statusCode(201).body("guardianPhone", equalTo("0939 949 749"))
                .body("personalDataMasked", equalTo(false)).extract().path("id")).longValue();
        Map<String, Sees> roles = new LinkedHashMap<>();
        roles.put("thptcvl", Sees.ALL);   // the pupil's school holds the relationship and the consent
        roles.put("congan", Sees.MASKED); // the contest's organisers: the pupil's name, not the guardian
        roles.put("ubnd", Sees.MASKED);
        roles.put("admin", Sees.MASKED);  // ADMIN included
        roles.put("sogddt", Sees.MASKED); // the Department of Education above the school
        roles.put("sonoivu", Sees.NOTHING);
        roles.forEach((user, sees) -> {
            var detail = as(user).get("/api/contest-entries/" + entry).then();
            assertEquals(sees == Sees.NOTHING ? 404 : 200, detail.extract().statusCode(), user);
            if (sees == Sees.NOTHING) {
                return;
            }
            JsonPath one = detail.extract().jsonPath();
            JsonPath listed = JsonPath.from(as(user).get("/api/contests/" + contest + "/entries").then().statusCode(200).extract().asString());
            for (JsonPath j : List.of(one, listed.setRootPath("items.find { it.id == " + entry + " }"))) {
                assertEquals("Trần Minh Khoa", j.getString("pupilName"), user);
                assertEquals(sees == Sees.MASKED, j.getBoolean("personalDataMasked"), user);
                assertFalse(j.getBoolean("blinded"), user);
                assertEquals(sees == Sees.ALL ? "Nguyễn Văn Bình" : null, j.getString("guardianName"), user);
                assertEquals(sees == Sees.ALL ? "0939 949 749" : "********49", j.getString("guardianPhone"), user);
            }
        });

        // a judge — here the organiser's own coordinator made a judge, and the school's officer made one — sees entries only blinded
        long congan = ContestTest.userId("congan");
        long school = ContestTest.userId("thptcvl");
        String outsider = ContestTest.judge("THANHDOAN-CT");
        as("congan").body(Map.of("userIds", List.of(congan, school, ContestTest.userId(outsider)))).put("/api/contests/" + contest + "/judges").then().statusCode(200);
        for (String judge : List.of("congan", "thptcvl")) {
            String body = as(judge).get("/api/contests/" + contest + "/entries").then().statusCode(200).extract().asString();
            assertFalse(body.contains("Trần Minh Khoa") || body.contains("Nguyễn Văn Bình") || body.contains("0939") || body.contains("Châu Văn Liêm"), judge + ": " + body);
            as(judge).get("/api/contest-entries/" + entry).then().statusCode(200).body("blinded", equalTo(true)).body("pupilName", nullValue())
                    .body("school", nullValue()).body("guardianPhone", nullValue());
        }
        as(outsider).get("/api/contest-entries/" + entry).then().statusCode(404);
        as(outsider).get("/api/contests/" + contest + "/entries").then().statusCode(200).body("total", equalTo(0));
        // the manager still runs the contest: the overview answers, with the counts
        as("congan").get("/api/contests/" + contest).then().statusCode(200).body("entries", equalTo(1)).body("isJudge", equalTo(true));

        // the school's reads with the guardian are audited by field
        String audit = as("admin").queryParam("entityType", "contest_entry").queryParam("size", 100).get("/api/audit-events").then().statusCode(200)
                .extract().asString();
        assertTrue(audit.contains("pupilName,guardianName,guardianPhone"), audit);
        assertFalse(audit.contains("0939 949 749"), "no values in the audit");
    }

    @Test
    void importRowsOfPupilsReachOnlyTheSubmitterAndTheReadIsAudited() throws Exception {
        CeremonyTest.Setup s = CeremonyTest.setup(4);
        long job = ImportTest.uploadAndWait("sogddt", s.studentQuota(), "hoc-sinh.csv", ImportTest.csv("\uFEFF" + ImportTest.HEADER,
                "Nguyễn Minh Khôi,Học sinh,,0902 000 002,,Trường THPT Châu Văn Liêm,10A1,Nguyễn Văn Cha,0912 000 002,x"));
        as("sogddt").get("/api/imports/" + job + "/rows").then().statusCode(200).body("items[0].values.guardianPhone", equalTo("0912 000 002"));
        for (String other : List.of("congan", "admin", "ubnd", "sonoivu")) as(other).get("/api/imports/" + job + "/rows").then().statusCode(404);
        as("admin").queryParam("entityType", "import_job").get("/api/audit-events").then().statusCode(200)
                .body("items.find { it.entityId == " + job + " }.after.fields", notNullValue());
    }
}
