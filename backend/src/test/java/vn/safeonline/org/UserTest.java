package vn.safeonline.org;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.safeonline.support.Api.anonymous;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserTest {

    @Test
    void anAdministratorOpensAnAccountThatCanLogInAndSuspendsIt() {
        String username = "truong" + unique();
        var input = Map.of("username", username, "fullName", "Trần Thị Thu", "organizationId", orgId("THPT-CHAUVANLIEM"),
                "roles", List.of("OFFICER"), "password", "mat-khau-dai");
        long id = ((Number) as("admin").body(input).post("/api/users").then().statusCode(201)
                .body("organization.code", equalTo("THPT-CHAUVANLIEM")).body("roles", equalTo(List.of("OFFICER")))
                .extract().path("id")).longValue();
        anonymous().body(Map.of("username", username, "password", "mat-khau-dai")).post("/api/auth/token").then().statusCode(200);
        as(username).get("/api/me").then().statusCode(200).body("organization.code", equalTo("THPT-CHAUVANLIEM"));

        var suspend = new java.util.HashMap<>(input);
        suspend.remove("password");
        suspend.put("active", false);
        as("admin").header("If-Match", "\"0\"").body(suspend).put("/api/users/" + id).then().statusCode(200).body("active", equalTo(false));
        as(username).get("/api/me").then().statusCode(401); // its token stops working at once
        anonymous().body(Map.of("username", username, "password", "mat-khau-dai")).post("/api/auth/token").then().statusCode(401);
        as("admin").queryParam("q", username).get("/api/users").then().statusCode(200).body("items.username", hasItem(username));
        as("admin").body(input).post("/api/users").then().statusCode(422).body("errors[0].field", equalTo("username"));
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        as("ubnd").get("/api/users").then().statusCode(403);
    }

    @Test
    void aPasswordOverBcrypts72BytesIsAFieldErrorNotA500() {
        var input = new java.util.HashMap<String, Object>(Map.of("username", "dai" + unique(), "fullName", "Trần Thị Thu",
                "organizationId", orgId("THPT-CHAUVANLIEM"), "roles", List.of("OFFICER"), "password", "ệ".repeat(30)));
        as("admin").body(input).post("/api/users").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("password")).body("errors.code", hasItem("MaxUtf8Bytes"));
        input.put("password", "ệ".repeat(24)); // exactly 72 bytes
        as("admin").body(input).post("/api/users").then().statusCode(201);
    }
}
