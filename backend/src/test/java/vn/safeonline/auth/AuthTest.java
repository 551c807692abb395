package vn.safeonline.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.safeonline.support.Api.anonymous;
import static vn.safeonline.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthTest {

    @Test
    void demoUserGetsATokenThatOpensTheApi() {
        String token = anonymous().body(Map.of("username", "sogddt", "password", "demo1234"))
                .post("/api/auth/token").then().statusCode(200)
                .body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(900)) // 15 minutes; the session goes on with the refresh cookie (SessionTest)
                .extract().path("accessToken");
        anonymous().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200)
                .body("username", equalTo("sogddt"))
                .body("roles", hasItem("OFFICER"))
                .body("organization.code", equalTo("SO-GDDT"))
                .body("organization.name", equalTo("Sở Giáo dục và Đào tạo"));
    }

    @Test
    void wrongPasswordAndUnknownUserAreTheSame401Problem() {
        for (var body : new Map[]{Map.of("username", "sogddt", "password", "wrong-one"), Map.of("username", "nobody", "password", "demo1234")}) {
            anonymous().body(body).post("/api/auth/token").then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("code", equalTo("invalid-credentials"))
                    .body("title", equalTo("Tên đăng nhập hoặc mật khẩu không đúng"));
        }
    }

    @Test
    void titlesFollowAcceptLanguage() {
        anonymous().header("Accept-Language", "en").body(Map.of("username", "x", "password", "y"))
                .post("/api/auth/token").then().statusCode(401).body("title", equalTo("Invalid username or password"));
    }

    @Test
    void missingFieldsAreListed() {
        io.restassured.RestAssured.given().contentType("application/json").body(Map.of("username", "")).post("/api/auth/token").then().statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("password"));
    }

    @Test
    void noTokenForgedTokenAndExpiredTokenAre401() {
        io.restassured.RestAssured.get("/api/me").then().statusCode(401).body("code", equalTo("unauthenticated"));
        anonymous().header("Authorization", "Bearer " + "not.a.jwt").get("/api/me").then().statusCode(401);
        String expired = Jwt.upn("sogddt").issuedAt(1_600_000_000L).expiresAt(1_600_000_100L).sign();
        anonymous().header("Authorization", "Bearer " + expired).get("/api/me").then().statusCode(401);
    }

    @Test
    void rolesComeFromTheDatabaseNotFromTheToken() {
        // the token claims ADMIN, the database says OFFICER: the admin-only audit log stays closed
        String claimsAdmin = Jwt.upn("sogddt").groups("ADMIN").sign();
        anonymous().header("Authorization", "Bearer " + claimsAdmin).get("/api/audit-events").then().statusCode(403).body("code", equalTo("forbidden"));
        as("admin").get("/api/audit-events").then().statusCode(200).body("items", notNullValue());
    }

    @Test
    void aTokenOfAnUnknownUserOpensNothing() {
        anonymous().header("Authorization", "Bearer " + Jwt.upn("ghost").sign()).get("/api/me").then().statusCode(401);
    }

    @Test
    void aPasswordOverBcrypts72BytesIsRefusedNotA500() {
        // 25 characters, 75 bytes in UTF-8: bcrypt would throw
        String longPassword = "ệ".repeat(25);
        anonymous().body(Map.of("username", "sogddt", "password", longPassword)).post("/api/auth/token").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("password"))
                .body("errors.code", hasItem("MaxUtf8Bytes"));
        // 72 bytes is still a password (a wrong one)
        anonymous().body(Map.of("username", "sogddt", "password", "ệ".repeat(24))).post("/api/auth/token").then().statusCode(401);
    }
}
