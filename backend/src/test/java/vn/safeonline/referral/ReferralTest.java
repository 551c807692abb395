package vn.safeonline.referral;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.raw;
import static vn.safeonline.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.support.SecondCity;

/** Support referrals: from open to closed on the SLA clock, seen by nobody but the two organisations, escalated by count. */
@QuarkusTest
class ReferralTest {
    static final String CODE = "^HT-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$";

    @Inject
    BusinessClock clock;
    @Inject
    vn.safeonline.retention.RetentionService retention;

    @BeforeAll
    static void twoCities() {
        SecondCity.ensure();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aClosedCaseForgetsTheChildAfterRetentionAndKeepsItsCounts() {
        Instant t0 = Instant.parse("2032-03-02T02:00:00Z");
        clock.set(t0);
        long receiverOrg = organisation("UNION", "THANHDOAN-CT");
        String key = "rf-keep-" + unique();
        long id = ((Number) as("thptcvl").header("Idempotency-Key", key).body(input(receiverOrg)).post("/api/referrals").then().statusCode(201)
                .extract().path("id")).longValue();
        var other = input(receiverOrg);
        other.put("childAlias", "L.V.B");
        as("thptcvl").header("Idempotency-Key", key).body(other).post("/api/referrals").then().statusCode(422); // the key is taken
        as("thptcvl").header("If-Match", etag("thptcvl", id)).body(Map.of("outcome", "WITHDRAWN", "note", "Gia đình đã tự liên hệ tổng đài 111."))
                .post("/api/referrals/" + id + "/close").then().statusCode(200);
        // 89 days on: kept
        clock.set(t0.plus(Duration.ofDays(89)));
        retention.runOnce();
        as("thptcvl").get("/api/referrals/" + id).then().statusCode(200).body("childAlias", equalTo("N.T.A")).body("note", notNullValue());
        // past 90 days: the alias and the notes are gone; the case, its kind, dates and outcome stay
        clock.set(t0.plus(Duration.ofDays(91)));
        assertEquals(true, retention.runOnce().referralsAnonymised() >= 1);
        as("thptcvl").get("/api/referrals/" + id).then().statusCode(200).body("childAlias", equalTo("Đã ẩn danh")).body("note", nullValue())
                .body("outcomeNote", nullValue()).body("status", equalTo("CLOSED")).body("outcome", equalTo("WITHDRAWN")).body("riskKind", equalTo("MANIPULATION"));
        assertEquals(0, retention.runOnce().referralsAnonymised(), "a second run changes nothing");
        // the stored answer of the idempotent opening (it could carry a child's data) is forgotten after 48 hours: the key is free again
        as("thptcvl").header("Idempotency-Key", key).body(other).post("/api/referrals").then().statusCode(201);
    }

    /** A new account of an existing organisation, made by the administrator. */
    static String account(long orgId, String role) {
        String username = "rf-" + unique();
        as("admin").body(Map.of("username", username, "fullName", "Cán bộ thử hồ sơ hỗ trợ", "organizationId", orgId, "roles", List.of(role),
                "password", "mat-khau-thu-1", "active", true)).post("/api/users").then().statusCode(201);
        return username;
    }

    /** A new organisation of the demo deployment, so that its counts belong to one test. */
    static long organisation(String type, String parentCode) {
        return ((Number) as("admin").body(Map.of("code", "RF-" + unique(), "name", "Đơn vị thử hồ sơ hỗ trợ " + unique(), "type", type,
                "parentId", orgId(parentCode))).post("/api/organizations").then().statusCode(201).extract().path("id")).longValue();
    }

    static Map<String, Object> input(long receiverId) {
        return new HashMap<>(Map.of("receivingOrganizationId", receiverId, "riskKind", "MANIPULATION", "childAlias", "N.T.A",
                "childGrade", 8, "note", "Em bị một tài khoản lạ dụ gặp mặt, đe dọa tung ảnh."));
    }

    static long open(String user, long receiverId) {
        return ((Number) as(user).body(input(receiverId)).post("/api/referrals").then().statusCode(201).extract().path("id")).longValue();
    }

    static String etag(String user, long id) {
        return as(user).get("/api/referrals/" + id).then().statusCode(200).extract().header("ETag");
    }

    static Response escalations(String user) {
        return as(user).get("/api/referral-escalations");
    }

    /** The escalation row of one receiving organisation, or null when it has nothing overdue. */
    static Map<String, Object> rowOf(Response escalations, long orgId) {
        List<Map<String, Object>> rows = escalations.then().statusCode(200).extract().jsonPath().getList("receivers");
        return rows.stream().filter(r -> ((Number) ((Map<?, ?>) r.get("organization")).get("id")).longValue() == orgId).findFirst().orElse(null);
    }

    @Test
    void aCaseGoesFromOpenToClosedOnItsSlaClock() {
        Instant t0 = Instant.parse("2031-06-10T02:00:00Z"); // 09:00 in Vietnam
        clock.set(t0);
        long receiverOrg = organisation("UNION", "THANHDOAN-CT");
        String receiver = account(receiverOrg, "OFFICER");
        String key = "rf-open-" + unique();

        Response opened = as("thptcvl").header("Idempotency-Key", key).body(input(receiverOrg)).post("/api/referrals");
        opened.then().statusCode(201).header("Location", containsString("/api/referrals/")).body("code", matchesPattern(CODE))
                .body("status", equalTo("OPEN")).body("sla.overdue", empty()).body("$", not(org.hamcrest.Matchers.hasKey("childAlias")));
        long id = opened.jsonPath().getLong("id");
        String code = opened.jsonPath().getString("code");
        // a replay answers the first receipt, and makes no second case
        as("thptcvl").header("Idempotency-Key", key).body(input(receiverOrg)).post("/api/referrals").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo((int) id)).body("code", equalTo(code));
        as(receiver).queryParam("side", "RECEIVED").get("/api/referrals").then().statusCode(200).body("total", equalTo(1));

        as("thptcvl").get("/api/referrals/" + id).then().statusCode(200).body("side", equalTo("OPENED")).body("childAlias", equalTo("N.T.A"))
                .body("school.code", equalTo("THPT-CHAUVANLIEM")).body("receiver.id", equalTo((int) receiverOrg))
                .body("permissions.canWithdraw", equalTo(true)).body("permissions.canAcknowledge", equalTo(false));
        Response fresh = as(receiver).get("/api/referrals/" + id);
        fresh.then().statusCode(200).body("side", equalTo("RECEIVED")).body("permissions.canAcknowledge", equalTo(true)).body("sla.overdue", empty());
        assertEquals(t0.plus(Duration.ofHours(24)), OffsetDateTime.parse(fresh.jsonPath().getString("sla.acknowledgeBy")).toInstant());
        assertEquals(t0.plus(Duration.ofHours(72)), OffsetDateTime.parse(fresh.jsonPath().getString("sla.contactBy")).toInstant());
        assertEquals(null, rowOf(escalations("congan"), receiverOrg), "nothing overdue yet");

        // 24 hours on the dot is still in time; a minute later the acknowledgement is overdue and escalates by count
        clock.set(t0.plus(Duration.ofHours(24)));
        as(receiver).get("/api/referrals/" + id).then().body("sla.overdue", empty());
        clock.set(t0.plus(Duration.ofHours(25)));
        as(receiver).get("/api/referrals/" + id).then().statusCode(200).body("sla.overdue", equalTo(List.of("ACKNOWLEDGEMENT")));
        as("thptcvl").queryParam("side", "OPENED").queryParam("size", 100).get("/api/referrals").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.sla.overdue", equalTo(List.of("ACKNOWLEDGEMENT")));
        Response counts = escalations("congan");
        Map<String, Object> row = rowOf(counts, receiverOrg);
        assertEquals(Map.of("acknowledgementOverdue", 1, "firstContactOverdue", 0, "overdueCases", 1),
                Map.of("acknowledgementOverdue", row.get("acknowledgementOverdue"), "firstContactOverdue", row.get("firstContactOverdue"),
                        "overdueCases", row.get("overdueCases")));
        String text = counts.asString();
        assertFalse(text.contains(code) || text.contains("N.T.A") || text.contains("dụ gặp mặt"), "counts only: " + text);
        assertEquals(row, rowOf(escalations("admin"), receiverOrg), "the administrators read the same counts");

        // only the receiver acknowledges, with the version it read
        as("thptcvl").header("If-Match", etag("thptcvl", id)).post("/api/referrals/" + id + "/acknowledge").then().statusCode(403);
        raw(receiver).post("/api/referrals/" + id + "/acknowledge").then().statusCode(428);
        as(receiver).header("If-Match", "\"99\"").post("/api/referrals/" + id + "/acknowledge").then().statusCode(412);
        as(receiver).header("If-Match", etag(receiver, id)).post("/api/referrals/" + id + "/first-contact").then().statusCode(409)
                .body("code", equalTo("invalid-transition"));
        as(receiver).header("If-Match", etag(receiver, id)).post("/api/referrals/" + id + "/acknowledge").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedAt", notNullValue()).body("sla.overdue", empty())
                .body("permissions.canRecordContact", equalTo(true));
        assertEquals(null, rowOf(escalations("congan"), receiverOrg), "acknowledged late, but no longer overdue");
        as("thptcvl").header("If-Match", etag("thptcvl", id)).body(Map.of("outcome", "WITHDRAWN")).post("/api/referrals/" + id + "/close")
                .then().statusCode(409); // acknowledged: the opener no longer withdraws it

        // 72 hours without first contact
        clock.set(t0.plus(Duration.ofHours(73)));
        as("thptcvl").get("/api/referrals/" + id).then().body("sla.overdue", equalTo(List.of("FIRST_CONTACT")));
        row = rowOf(escalations("congan"), receiverOrg);
        assertEquals(List.of(0, 1, 1), List.of(row.get("acknowledgementOverdue"), row.get("firstContactOverdue"), row.get("overdueCases")));

        as(receiver).header("If-Match", etag(receiver, id)).post("/api/referrals/" + id + "/first-contact").then().statusCode(200)
                .body("status", equalTo("IN_CONTACT")).body("contactedAt", notNullValue()).body("sla.overdue", empty());
        assertEquals(null, rowOf(escalations("congan"), receiverOrg));

        // closing: the opener's only outcome is WITHDRAWN, the receiver's any other
        as("thptcvl").header("If-Match", etag("thptcvl", id)).body(Map.of("outcome", "SUPPORT_PROVIDED")).post("/api/referrals/" + id + "/close")
                .then().statusCode(422).body("errors[0].field", equalTo("outcome"));
        as(receiver).header("If-Match", etag(receiver, id)).body(Map.of("outcome", "WITHDRAWN")).post("/api/referrals/" + id + "/close")
                .then().statusCode(422).body("errors[0].field", equalTo("outcome"));
        as(receiver).header("If-Match", etag(receiver, id)).body(Map.of("outcome", "SUPPORT_PROVIDED", "note", "Đã tư vấn tâm lý hai buổi."))
                .post("/api/referrals/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("SUPPORT_PROVIDED")).body("closedAt", notNullValue()).body("sla.overdue", empty())
                .body("permissions.canClose", equalTo(false));
        as(receiver).header("If-Match", etag(receiver, id)).body(Map.of("outcome", "NOT_REACHED")).post("/api/referrals/" + id + "/close")
                .then().statusCode(409);

        // a week on, a closed case is never overdue
        clock.set(t0.plus(Duration.ofDays(7)));
        as(receiver).get("/api/referrals/" + id).then().body("sla.overdue", empty());
        assertEquals(null, rowOf(escalations("congan"), receiverOrg));

        // every read was logged, without the child's data
        Response audit = as("admin").queryParam("entityType", "referral").queryParam("size", 100).get("/api/audit-events");
        audit.then().statusCode(200).body("items.action", hasItems("READ_PERSONAL_DATA", "CREATE", "STATUS"))
                .body("items.findAll { it.entityId == " + id + " && it.action == 'READ_PERSONAL_DATA' }.size()", org.hamcrest.Matchers.greaterThan(5));
        assertFalse(audit.asString().contains("N.T.A") || audit.asString().contains("dụ gặp mặt"), "no child data in the audit log");
    }

    @Test
    void onlyTheOpenerAndTheReceiverSeeACase() {
        long id = open("thptcvl", orgId("THANHDOAN-CT"));
        String otherSchool = account(orgId("THPT-PHANNGOCHIEN"), "OFFICER");
        String wardPolice = account(orgId("CA-" + firstWard()), "COORDINATOR");
        for (String user : List.of("thptcvl", "thanhdoan", "giamkhao")) {
            as(user).get("/api/referrals/" + id).then().statusCode(200).body("id", equalTo((int) id));
            as(user).queryParam("size", 100).get("/api/referrals").then().statusCode(200).body("items.id", hasItem((int) id));
        }
        // another school, the administrator, the Department of Education above the school, the standing agency, the Women's
        // Union, a viewer, the city police's own ward unit, another deployment: 404, and absent from their lists
        for (String user : List.of(otherSchool, "admin", "sogddt", "congan", "hoiphunu", "xem", wardPolice, "hp-coordinator", "hp-admin")) {
            as(user).get("/api/referrals/" + id).then().statusCode(404).body("code", equalTo("not-found"));
            raw(user).header("If-Match", "*").post("/api/referrals/" + id + "/acknowledge").then().statusCode(404);
            raw(user).header("If-Match", "*").body(Map.of("outcome", "WITHDRAWN")).post("/api/referrals/" + id + "/close").then().statusCode(404);
            as(user).queryParam("size", 100).get("/api/referrals").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        }
        // the standing agency and the administrators read counts; nobody else does
        escalations("congan").then().statusCode(200).body("receivers", notNullValue());
        escalations("admin").then().statusCode(200);
        for (String user : List.of("sogddt", "thptcvl", "thanhdoan", otherSchool, "xem")) escalations(user).then().statusCode(403);
    }

    private static String firstWard() {
        return as("admin").queryParam("type", "WARD").queryParam("size", 1).get("/api/organizations").then().statusCode(200)
                .extract().path("items[0].code");
    }

    @Test
    void theOpenerWithdrawsACaseNotYetAcknowledged() {
        long id = open("thptcvl", orgId("THANHDOAN-CT"));
        as("thanhdoan").header("If-Match", etag("thanhdoan", id)).body(Map.of("outcome", "NO_ACTION_NEEDED")).post("/api/referrals/" + id + "/close")
                .then().statusCode(409); // the receiver acknowledges before closing
        as("thptcvl").header("If-Match", etag("thptcvl", id)).body(Map.of("outcome", "WITHDRAWN", "note", "Mở nhầm hồ sơ."))
                .post("/api/referrals/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED")).body("outcome", equalTo("WITHDRAWN"))
                .body("acknowledgedAt", nullValue()).body("permissions.canWithdraw", equalTo(false));
        as("thanhdoan").header("If-Match", etag("thanhdoan", id)).post("/api/referrals/" + id + "/acknowledge").then().statusCode(409);
        as("thanhdoan").queryParam("side", "RECEIVED").queryParam("status", "CLOSED").queryParam("size", 100).get("/api/referrals").then()
                .statusCode(200).body("items.id", hasItem((int) id)).body("items.status", org.hamcrest.Matchers.everyItem(equalTo("CLOSED")));
    }

    @Test
    void schoolsPoliceAndUnionsOpenCasesForSupportOrganisations() {
        as("thptcvl").get("/api/referral-access").then().statusCode(200)
                .body("canOpen", equalTo(true)).body("canReceive", equalTo(true)).body("canSeeEscalations", equalTo(false));
        as("congan").get("/api/referral-access").then().body("canOpen", equalTo(true)).body("canSeeEscalations", equalTo(true));
        as("admin").get("/api/referral-access").then().body("canOpen", equalTo(false)).body("canReceive", equalTo(false))
                .body("canSeeEscalations", equalTo(true));
        as("sogddt").get("/api/referral-access").then().body("canOpen", equalTo(false)).body("canReceive", equalTo(true));
        as("baocantho").get("/api/referral-access").then().body("canOpen", equalTo(false)).body("canReceive", equalTo(false));

        // a department, the press, a viewer, the administrator do not open cases
        for (String user : List.of("sogddt", "baocantho", "xem", "admin")) {
            as(user).body(input(orgId("THANHDOAN-CT"))).post("/api/referrals").then().statusCode(403);
        }
        as("sogddt").get("/api/referral-receivers").then().statusCode(403);
        // the receivers: support organisations of the deployment, not the opener itself, not the press
        as("thptcvl").queryParam("q", "thanh doan").get("/api/referral-receivers").then().statusCode(200)
                .body("items.code", hasItem("THANHDOAN-CT"));
        as("thptcvl").queryParam("q", "chau van liem").get("/api/referral-receivers").then().statusCode(200)
                .body("items.code", not(hasItem("THPT-CHAUVANLIEM")));
        as("thptcvl").queryParam("q", "bao").queryParam("size", 100).get("/api/referral-receivers").then().statusCode(200)
                .body("items.code", not(hasItem("BAO-PTTH-CT")));
        for (long wrong : new long[]{orgId("THPT-CHAUVANLIEM"), orgId("BAO-PTTH-CT"), 2147480001L}) {
            as("thptcvl").body(input(wrong)).post("/api/referrals").then().statusCode(422)
                    .body("code", equalTo("unprocessable")).body("errors[0].field", equalTo("receivingOrganizationId"));
        }
        // a ward police officer opens a case for a pupil of a school, sent to the school
        String wardPolice = account(orgId("CA-" + firstWard()), "OFFICER");
        Map<String, Object> body = input(orgId("THPT-CHAUVANLIEM"));
        body.remove("childGrade");
        body.put("childAge", 15);
        body.put("riskKind", "ONLINE_KIDNAPPING");
        body.put("schoolId", orgId("THPT-CHAUVANLIEM"));
        long id = ((Number) as(wardPolice).body(body).post("/api/referrals").then().statusCode(201).extract().path("id")).longValue();
        as("thptcvl").get("/api/referrals/" + id).then().statusCode(200).body("side", equalTo("RECEIVED")).body("childAge", equalTo(15))
                .body("riskKind", equalTo("ONLINE_KIDNAPPING")).body("school.code", equalTo("THPT-CHAUVANLIEM"));
        body.put("schoolId", orgId("SO-GDDT"));
        as(wardPolice).body(body).post("/api/referrals").then().statusCode(422).body("errors[0].field", equalTo("schoolId"));
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        long receiver = orgId("THANHDOAN-CT");
        Map<String, Object> body = input(receiver);
        body.put("riskKind", "KIDNAPPING");
        raw("thptcvl").body(body).post("/api/referrals").then().statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors[0].field", equalTo("riskKind"));
        raw("thptcvl").body(Map.of()).post("/api/referrals").then().statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors.field", hasItems("receivingOrganizationId", "riskKind", "childAlias"))
                .body("errors.find { it.field == 'childAlias' }.message", equalTo("không được để trống"));
        body = input(receiver);
        body.put("childAlias", "Bé 0912345678");
        body.put("note", "Gọi mẹ em: 0912 345 678");
        raw("thptcvl").header("Accept-Language", "en").body(body).post("/api/referrals").then().statusCode(400)
                .body("errors.field", equalTo(List.of("childAlias", "note")))
                .body("errors.find { it.field == 'note' }.message", equalTo("no phone number or email (contact details of the child)"));
        raw("thptcvl").body(body).post("/api/referrals").then().statusCode(400)
                .body("errors.find { it.field == 'note' }.message", equalTo("không ghi số điện thoại hay email (thông tin liên lạc của trẻ)"));
        body = input(receiver);
        body.put("note", "x".repeat(501));
        body.put("childGrade", 13);
        raw("thptcvl").body(body).post("/api/referrals").then().statusCode(400).body("errors.field", equalTo(List.of("childGrade", "note")));
        body = input(receiver);
        body.remove("childGrade");
        as("thptcvl").body(body).post("/api/referrals").then().statusCode(422).body("errors[0].field", equalTo("childAge"));
        raw("thptcvl").queryParam("side", "BOTH").get("/api/referrals").then().statusCode(400).body("errors[0].field", equalTo("side"));
        long id = open("thptcvl", receiver);
        raw("thanhdoan").header("If-Match", etag("thanhdoan", id)).body(Map.of("outcome", "SOLVED")).post("/api/referrals/" + id + "/close")
                .then().statusCode(400).body("errors[0].field", equalTo("outcome"));
        as("thptcvl").get("/api/referrals/" + 2147480001L).then().statusCode(404);
    }
}
