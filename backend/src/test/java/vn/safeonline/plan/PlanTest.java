package vn.safeonline.plan;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.draftWithTask;
import static vn.safeonline.support.Api.issue;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.planInput;
import static vn.safeonline.support.Api.raw;
import static vn.safeonline.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.safeonline.support.SecondCity;

@QuarkusTest
class PlanTest {

    @BeforeAll
    static void twoCities() {
        SecondCity.ensure();
    }

    private static long create(String title) {
        return ((Number) as("ubnd").body(planInput(title)).post("/api/plans").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/plans/")).extract().path("id")).longValue();
    }

    @Test
    void theDemoPlansCarryTheirDocuments() {
        var plan = as("congan").queryParam("q", "khong mot minh").get("/api/plans").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].reference", equalTo("120/KH-UBND"))
                .body("items[0].taskCount", equalTo(11)).extract();
        long id = ((Number) plan.path("items[0].id")).longValue();
        as("congan").get("/api/plans/" + id).then().statusCode(200)
                .body("signerName", equalTo("Trương Cảnh Tuyên"))
                .body("signerAuthority", equalTo("TM. ỦY BAN NHÂN DÂN"))
                .body("standingOrganization.code", equalTo("CA-TP"))
                .body("legalBases.number", hasItem("7912/A05-P3"))
                .body("status", equalTo("ISSUED"))
                .body("permissions.canRemind", equalTo(true))
                .body("permissions.canEdit", equalTo(false));
        as("sogddt").queryParam("q", "Tổ chức Lễ phát động Chương trình").get("/api/plans").then().statusCode(200)
                .body("items[0].reference", equalTo("135/KH-UBND")).body("items[0].myTaskCount", equalTo(1));
    }

    @Test
    void aCoordinatorDraftsEditsAndIssuesAPlan() {
        String title = "Kế hoạch thử " + unique();
        var created = as("ubnd").body(planInput(title)).post("/api/plans").then().statusCode(201)
                .header("ETag", "\"0\"").body("status", equalTo("DRAFT")).body("reference", equalTo("/KH-UBND"))
                .body("issuingOrganization.code", equalTo("UBND-CT"))
                .body("recipients[0].organization.code", equalTo("SO-GDDT"))
                .body("recipients[1].organization", nullValue())
                .body("permissions.canIssue", equalTo(true)).extract();
        long id = ((Number) created.path("id")).longValue();

        var edit = new HashMap<>(planInput(title + " (sửa)"));
        as("ubnd").header("If-Match", "\"0\"").body(edit).put("/api/plans/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo(title + " (sửa)"));
        as("ubnd").header("If-Match", "\"0\"").body(edit).put("/api/plans/" + id).then().statusCode(412);
        raw("ubnd").body(edit).put("/api/plans/" + id).then().statusCode(428);

        // issuing needs a number, a date and at least one task
        as("ubnd").post("/api/plans/" + id + "/issue").then().statusCode(422)
                .body("errors.field", hasItem("number")).body("errors.field", hasItem("issueDate")).body("errors.field", hasItem("tasks"));
        as("ubnd").body(Map.of("leadOrganizationId", orgId("SO-GDDT"), "text", "Mời 20 trường")).post("/api/plans/" + id + "/tasks").then().statusCode(201);
        String number = String.valueOf(unique());
        as("ubnd").body(Map.of("number", number, "issueDate", "2026-05-25")).post("/api/plans/" + id + "/issue").then().statusCode(200)
                .body("status", equalTo("ISSUED")).body("reference", equalTo(number + "/KH-UBND")).body("issuedAt", notNullValue())
                .body("permissions.canEdit", equalTo(false));

        // the document is frozen now
        as("ubnd").header("If-Match", "\"2\"").body(edit).put("/api/plans/" + id).then().statusCode(409).body("code", equalTo("plan-frozen"));
        as("ubnd").body(Map.of("leadOrganizationId", orgId("SO-GDDT"), "text", "Thêm")).post("/api/plans/" + id + "/tasks").then()
                .statusCode(409).body("code", equalTo("plan-frozen"));
        as("ubnd").post("/api/plans/" + id + "/issue").then().statusCode(409).body("code", equalTo("invalid-transition"));

        // every recipient sees it at once
        as("sogddt").get("/api/plans/" + id).then().statusCode(200).body("title", equalTo(title + " (sửa)"));

        // the same number again in the same year is refused
        long other = draftWithTask("Trùng số " + unique(), "SO-NOIVU", null, null)[0];
        as("ubnd").body(Map.of("number", number, "issueDate", "2026-06-01")).post("/api/plans/" + other + "/issue").then().statusCode(409)
                .body("errors[0].field", equalTo("number"));

        as("ubnd").post("/api/plans/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        as("ubnd").post("/api/plans/" + id + "/cancel").then().statusCode(409).body("code", equalTo("invalid-transition"));

        as("admin").queryParam("entityType", "plan").queryParam("entityId", id).get("/api/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("CLOSE", "ISSUE", "UPDATE", "CREATE")))
                .body("items[1].before.status", equalTo("DRAFT")).body("items[1].after.status", equalTo("ISSUED"))
                .body("items[1].actor", equalTo("ubnd"));
    }

    @Test
    void draftsAreSeenOnlyByTheIssuerAndTheStandingAgency() {
        long id = draftWithTask("Dự thảo kín " + unique(), "SO-GDDT", null, null)[0];
        as("congan").get("/api/plans/" + id).then().statusCode(200);
        as("sogddt").get("/api/plans/" + id).then().statusCode(404).body("code", equalTo("not-found"));
        as("sogddt").queryParam("status", "DRAFT").get("/api/plans").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        as("hp-coordinator").get("/api/plans/" + id).then().statusCode(404);
        issue(id);
        as("sogddt").get("/api/plans/" + id).then().statusCode(200);
        as("sonoivu").get("/api/plans/" + id).then().statusCode(404);
        as("hp-coordinator").get("/api/plans/" + id).then().statusCode(404);
    }

    @Test
    void onlyTheIssuersCoordinatorsChangeAPlan() {
        long id = draftWithTask("Quyền " + unique(), "SO-GDDT", null, null)[0];
        as("sogddt").body(planInput("x")).post("/api/plans").then().statusCode(403);
        as("congan").header("If-Match", "\"0\"").body(planInput("Đổi")).put("/api/plans/" + id).then().statusCode(403);
        as("congan").post("/api/plans/" + id + "/issue").then().statusCode(403);
        issue(id);
        as("sogddt").post("/api/plans/" + id + "/close").then().statusCode(403);
        as("congan").post("/api/plans/" + id + "/close").then().statusCode(200); // the standing agency closes
    }

    @Test
    void cancelKeepsTheReason() {
        long id = create("Hủy " + unique());
        as("ubnd").body(Map.of("reason", "Trùng nội dung với Kế hoạch 120/KH-UBND")).post("/api/plans/" + id + "/cancel").then()
                .statusCode(200).body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("Trùng nội dung với Kế hoạch 120/KH-UBND"));
    }

    @Test
    void searchIgnoresDiacriticsAndFiltersByStatus() {
        String title = "Tuyên truyền phòng chống lừa đảo trực tuyến " + unique();
        long id = create(title);
        as("ubnd").queryParam("q", "tuyen truyen phong chong lua dao").queryParam("status", "DRAFT").get("/api/plans").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        as("ubnd").queryParam("q", "tuyen truyen phong chong lua dao").queryParam("status", "ISSUED").get("/api/plans").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        as("ubnd").queryParam("sort", "-issueDate,title").queryParam("size", 5).get("/api/plans").then().statusCode(200)
                .body("size", equalTo(5)).body("page", equalTo(1));
    }

    @Test
    void badInputsGetClearErrorsAndChangeNothing() {
        long before = ((Number) as("ubnd").get("/api/plans").then().extract().path("total")).longValue();
        var input = new HashMap<>(planInput(""));
        input.put("contactPhone", "call me");
        raw("ubnd").body(input).post("/api/plans").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("contactPhone"));
        input = new HashMap<>(planInput("x".repeat(2 * 1024 * 1024)));
        raw("ubnd").body(input).post("/api/plans").then().statusCode(400).body("errors[0].field", equalTo("title"));
        input = new HashMap<>(planInput("Ngày sai"));
        input.put("startDate", "29/5/2026");
        raw("ubnd").body(input).post("/api/plans").then().statusCode(400).body("errors[0].field", equalTo("startDate"));
        input = new HashMap<>(planInput("Ngày sai"));
        input.put("legalBases", List.of(Map.of("kind", "Quyết định", "number", "")));
        raw("ubnd").body(input).post("/api/plans").then().statusCode(400).body("errors[0].field", equalTo("legalBases[0].number"));
        input = new HashMap<>(planInput("Đơn vị lạ"));
        input.put("standingOrganizationId", 987654321);
        as("ubnd").body(input).post("/api/plans").then().statusCode(422).body("errors[0].field", equalTo("standingOrganizationId"));
        input = new HashMap<>(planInput("Ngày ngược"));
        input.put("endDate", "2025-12-31");
        as("ubnd").body(input).post("/api/plans").then().statusCode(422).body("errors[0].field", equalTo("endDate"));
        raw("ubnd").body("{\"title\": ").post("/api/plans").then().statusCode(400).body("code", equalTo("malformed-request"));
        raw("ubnd").queryParam("status", "LOST").get("/api/plans").then().statusCode(400).body("errors[0].field", equalTo("status"));
        long after = ((Number) as("ubnd").get("/api/plans").then().extract().path("total")).longValue();
        org.junit.jupiter.api.Assertions.assertEquals(before, after);
    }

    @Test
    void unknownPlanIs404Problem() {
        as("ubnd").get("/api/plans/99999999").then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
        as("ubnd").post("/api/plans/99999999/issue").then().statusCode(404);
        as("sogddt").get("/api/plans/99999999/tasks").then().statusCode(404);
    }
}
