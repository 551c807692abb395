package vn.safeonline.org;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.safeonline.support.SecondCity;

@QuarkusTest
class OrganizationTest {

    @BeforeAll
    static void twoCities() {
        SecondCity.ensure();
    }

    @Test
    void theRealOrganisationsOfCanThoAreLoaded() {
        as("sogddt").queryParam("size", 1).get("/api/organizations").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(180)).body("items", hasSize(1)).body("size", equalTo(1));
        as("sogddt").queryParam("type", "SCHOOL_UPPER_SECONDARY").queryParam("size", 100).get("/api/organizations").then()
                .statusCode(200).body("total", greaterThanOrEqualTo(32)).body("items.code", hasItem("THPT-CHAUVANLIEM"))
                .body("items.parent.code", everyItem(equalTo("SO-GDDT")));
    }

    @Test
    void searchIgnoresDiacritics() {
        as("sogddt").queryParam("q", "cong an thanh pho can tho").get("/api/organizations").then().statusCode(200)
                .body("items.name", hasItem("Công an thành phố Cần Thơ"));
        as("sogddt").queryParam("q", "CHÂU VĂN LIÊM").get("/api/organizations").then().statusCode(200)
                .body("items.code", hasItem("THPT-CHAUVANLIEM"));
        as("sogddt").queryParam("q", "%").get("/api/organizations").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void wardPoliceSitUnderTheCityPolice() {
        as("congan").queryParam("parentId", orgId("CA-TP")).queryParam("type", "WARD_POLICE").get("/api/organizations").then()
                .statusCode(200).body("total", equalTo(103));
    }

    @Test
    void aDeploymentSeesOnlyItsOwnTree() {
        as("hp-coordinator").queryParam("size", 100).get("/api/organizations").then().statusCode(200)
                .body("total", equalTo(2)).body("items.code", not(hasItem("CA-TP")));
        long canThoEducation = orgId("SO-GDDT");
        as("hp-coordinator").get("/api/organizations/" + canThoEducation).then().statusCode(404).body("code", equalTo("not-found"));
        as("sogddt").queryParam("q", "Hải Phòng").get("/api/organizations").then().statusCode(200).body("items", empty());
    }

    @Test
    void badQueryParametersAre400() {
        vn.safeonline.support.Api.raw("sogddt").queryParam("type", "CASTLE").get("/api/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        vn.safeonline.support.Api.raw("sogddt").queryParam("size", 1000).get("/api/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        vn.safeonline.support.Api.raw("sogddt").queryParam("sort", "password").get("/api/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void adminAddsAndRenamesWithOptimisticLocking() {
        String code = "THPT-TEST-" + unique();
        long parent = orgId("SO-GDDT");
        var created = as("admin").body(Map.of("code", code, "name", "Trường THPT Thử Nghiệm", "type", "SCHOOL_UPPER_SECONDARY", "parentId", parent))
                .post("/api/organizations").then().statusCode(201).header("ETag", "\"0\"")
                .body("parent.code", equalTo("SO-GDDT")).extract();
        long id = ((Number) created.path("id")).longValue();
        var rename = Map.of("code", code, "name", "Trường THPT Thử Nghiệm Mới", "type", "SCHOOL_UPPER_SECONDARY", "parentId", parent);
        vn.safeonline.support.Api.raw("admin").body(rename).put("/api/organizations/" + id).then().statusCode(428).body("code", equalTo("precondition-required"));
        as("admin").header("If-Match", "\"7\"").body(rename).put("/api/organizations/" + id).then().statusCode(412).body("code", equalTo("version-conflict"));
        as("admin").header("If-Match", "\"0\"").body(rename).put("/api/organizations/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("Trường THPT Thử Nghiệm Mới"));
        as("admin").queryParam("entityType", "organization").queryParam("entityId", id).get("/api/audit-events").then().statusCode(200)
                .body("items.action", equalTo(java.util.List.of("UPDATE", "CREATE")))
                .body("items[0].before.name", equalTo("Trường THPT Thử Nghiệm"))
                .body("items[0].after.name", equalTo("Trường THPT Thử Nghiệm Mới"));
        as("admin").body(Map.of("code", code, "name", "Trùng mã", "type", "OTHER", "parentId", parent))
                .post("/api/organizations").then().statusCode(422).body("errors[0].field", equalTo("code"));
    }

    @Test
    void sameCodeIsFineInAnotherDeployment() {
        as("hp-admin").queryParam("q", "SO-GDDT").get("/api/organizations").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void onlyAdministratorsChangeOrganisations() {
        as("sogddt").body(Map.of("code", "X-" + unique(), "name", "Đơn vị", "type", "OTHER"))
                .post("/api/organizations").then().statusCode(403).body("code", equalTo("forbidden"));
    }

    @Test
    void invalidInputIsRefusedWithFieldErrors() {
        vn.safeonline.support.Api.raw("admin").body(Map.of("code", "lower case", "name", "x".repeat(301), "type", "OTHER"))
                .post("/api/organizations").then().statusCode(400)
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("name"));
        vn.safeonline.support.Api.raw("admin").body(Map.of("code", "OK-" + unique(), "name", "Đơn vị", "type", "CASTLE"))
                .post("/api/organizations").then().statusCode(400).body("errors[0].field", equalTo("type"));
        as("admin").body(Map.of("code", "OK-" + unique(), "name", "Đơn vị", "type", "OTHER", "parentId", 999999999))
                .post("/api/organizations").then().statusCode(422).body("errors[0].field", equalTo("parentId"));
    }
}
