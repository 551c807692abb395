package vn.safeonline.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.unique;
import static vn.safeonline.support.Api.withToken;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.safeonline.attendee.CeremonyTest;
import vn.safeonline.common.BusinessClock;

/**
 * A school's or a department's system: registered with scopes, it signs in with nothing but its client id and secret
 * (client-credentials grant), meets the organisation rules of its organisation, and is refused outside its scopes.
 */
@QuarkusTest
class SystemClientTest {
    @Inject
    BusinessClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Registered(long id, String clientId, String secret) {
    }

    static Registered register(String by, String orgCode, List<String> scopes) {
        var r = as(by).body(Map.of("name", "Phần mềm quản lý " + orgCode + " " + unique(), "organizationId", orgId(orgCode), "scopes", scopes))
                .post("/api/system-clients").then().statusCode(201).body("client.scopes", equalTo(scopes.stream().sorted().toList())).extract();
        return new Registered(((Number) r.path("client.id")).longValue(), r.path("client.clientId"), r.path("secret"));
    }

    static io.restassured.response.Response grant(String clientId, String secret) {
        return given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret).post("/api/auth/token");
    }

    static String token(Registered c) {
        return grant(c.clientId(), c.secret()).then().statusCode(200).body("token_type", equalTo("Bearer")).extract().path("access_token");
    }

    @Test
    void aDepartmentsSystemSubmitsAttendeesWithItsClientCredentialsAndIsRefusedOutsideItsScopesAndOrganisation() {
        CeremonyTest.Setup s = CeremonyTest.setup(5); // 5 student places for Sở GD&ĐT; Sở Nội vụ has places too
        Registered c = register("admin", "SO-GDDT", List.of("plans:read", "attendees:write"));
        as("admin").get("/api/system-clients/" + c.id()).then().statusCode(200).body("secret", nullValue()).body("organization.code", equalTo("SO-GDDT"));
        assertTrue(c.secret().startsWith("scs_") && c.secret().length() > 40);

        var granted = grant(c.clientId(), c.secret()).then().statusCode(200).body("scope", equalTo("attendees:write plans:read"))
                .body("expires_in", equalTo(900)).extract();
        String token = granted.path("access_token");
        // the token names the published key
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        String kid = given().get("/.well-known/jwks.json").then().statusCode(200).body("keys[0].kty", equalTo("RSA")).body("keys[0].alg", equalTo("RS256"))
                .extract().path("keys[0].kid");
        assertTrue(header.contains("\"kid\":\"" + kid + "\""), header);
        // HTTP Basic works the same
        given().contentType("application/x-www-form-urlencoded").auth().preemptive().basic(c.clientId(), c.secret()).formParam("grant_type", "client_credentials")
                .post("/api/auth/token").then().statusCode(200);

        // within its scopes and its organisation's rules
        withToken(token).get("/api/me").then().statusCode(200).body("organization.code", equalTo("SO-GDDT"));
        withToken(token).get("/api/plans/" + s.planId()).then().statusCode(200);
        String key = "he-thong-" + unique();
        Map<String, Object> pupil = CeremonyTest.student("Đặng Minh Thư", "0907 555 111");
        long id = ((Number) withToken(token).header("Idempotency-Key", key).body(pupil).post("/api/quotas/" + s.studentQuota() + "/attendees")
                .then().statusCode(201).extract().path("id")).longValue();
        withToken(token).header("Idempotency-Key", key).body(pupil).post("/api/quotas/" + s.studentQuota() + "/attendees")
                .then().statusCode(201).body("id", equalTo((int) id)); // a retry gets the first answer
        withToken(token).get("/api/attendees/" + id).then().statusCode(200).body("phone", equalTo("0907 555 111")); // the Department holds the pupil
        withToken(token).body(Map.of("fullName", "Người khác", "unit", "Hội")).post("/api/quotas/" + s.associationQuota() + "/attendees")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(403), equalTo(404))); // Sở Nội vụ's quota: not its own

        // outside its scopes: refused, whatever the organisation rules would say
        withToken(token).get("/api/campaigns").then().statusCode(200); // plans:read covers reading campaigns
        withToken(token).get("/api/users").then().statusCode(403); // (the ADMIN role check answers first)
        withToken(token).get("/api/notifications").then().statusCode(403).body("code", equalTo("insufficient-scope")); // for people only
        withToken(token).get("/api/organizations").then().statusCode(403).body("code", equalTo("insufficient-scope"));
        long task = ((Number) as("sogddt").get("/api/plans/" + s.planId() + "/tasks").then().statusCode(200).extract().path("items[0].id")).longValue();
        withToken(token).body(Map.of("reportDate", clock.today().toString(), "done", false, "text", "Báo cáo từ hệ thống của Sở"))
                .post("/api/tasks/" + task + "/progress-reports").then().statusCode(403).body("code", equalTo("insufficient-scope"));
        // given the scope, the same report goes through (the Department leads the task)
        as("admin").body(Map.of("scopes", List.of("plans:read", "attendees:write", "progress:write"))).put("/api/system-clients/" + c.id() + "/scopes")
                .then().statusCode(200);
        withToken(token).body(Map.of("reportDate", clock.today().toString(), "done", false, "text", "Báo cáo từ hệ thống của Sở"))
                .post("/api/tasks/" + task + "/progress-reports").then().statusCode(not(equalTo(403)));

        // a client never signs in with a password, and a person's form cannot be used for it
        given().contentType("application/json").body(Map.of("username", c.clientId(), "password", "bat-ky-mat-khau")).post("/api/auth/token")
                .then().statusCode(401);
        grant(c.clientId(), c.secret() + "x").then().statusCode(401).body("code", equalTo("invalid-client"));
        grant("sc-khongco", c.secret()).then().statusCode(401).body("code", equalTo("invalid-client"));
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password").formParam("client_id", c.clientId())
                .formParam("client_secret", c.secret()).post("/api/auth/token").then().statusCode(400);
    }

    @Test
    void aSecretRotatesWithOverlapAndARevokedClientStopsAtOnce() {
        Registered c = register("admin", "THPT-CHAUVANLIEM", List.of("activities:write"));
        String token = token(c);
        String rotated = as("admin").post("/api/system-clients/" + c.id() + "/rotate-secret").then().statusCode(200)
                .body("client.previousSecretValidUntil", notNullValue()).extract().path("secret");
        grant(c.clientId(), rotated).then().statusCode(200);
        grant(c.clientId(), c.secret()).then().statusCode(200); // both live during the rotation
        clock.set(clock.now().plus(Duration.ofHours(25)).toInstant());
        grant(c.clientId(), c.secret()).then().statusCode(401); // the old one has ended
        grant(c.clientId(), rotated).then().statusCode(200);
        clock.reset();
        as("admin").get("/api/system-clients/" + c.id()).then().body("lastUsedAt", notNullValue());

        withToken(token).get("/api/me").then().statusCode(200);
        as("admin").post("/api/system-clients/" + c.id() + "/revoke").then().statusCode(200).body("revokedAt", notNullValue());
        withToken(token).get("/api/me").then().statusCode(401); // its tokens stop at once
        grant(c.clientId(), rotated).then().statusCode(401);
        as("admin").post("/api/system-clients/" + c.id() + "/rotate-secret").then().statusCode(409);
    }

    @Test
    void eachClientHasItsOwnAllowancePerMinuteAnnouncedInRateLimitHeaders() {
        Registered c = register("admin", "SO-GDDT", List.of("plans:read"));
        Registered other = register("admin", "SO-GDDT", List.of("plans:read"));
        String token = token(c);
        clock.set(java.time.Instant.parse("2026-12-05T03:00:10Z")); // one clock minute (the window is counted in PostgreSQL)
        int limit = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("app.client.rate.per-minute", Integer.class);
        withToken(token).get("/api/me").then().statusCode(200).header("RateLimit-Policy", equalTo("\"client\";q=" + limit + ";w=60"))
                .header("RateLimit", equalTo("\"client\";r=" + (limit - 1) + ";t=50"));
        for (int i = 1; i < limit; i++) given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200);
        withToken(token).get("/api/me").then().statusCode(429).body("code", equalTo("rate-limited")).header("Retry-After", equalTo("50"))
                .header("RateLimit", equalTo("\"client\";r=0;t=50"));
        withToken(token(other)).get("/api/me").then().statusCode(200); // another client has its own allowance
        as("sogddt").get("/api/me").then().statusCode(200).header("RateLimit", nullValue()); // people are not limited this way
        clock.set(java.time.Instant.parse("2026-12-05T03:01:00Z"));
        withToken(token).get("/api/me").then().statusCode(200); // the next minute
    }

    @Test
    void onlyADeploymentsAdminOrACoordinatorAboveTheOrganisationRegistersClients() {
        // the police's coordinator is not above the Department of Education; an officer registers nothing
        as("congan").body(Map.of("name", "Hệ thống", "organizationId", orgId("SO-GDDT"), "scopes", List.of("plans:read")))
                .post("/api/system-clients").then().statusCode(403);
        as("sogddt").body(Map.of("name", "Hệ thống", "organizationId", orgId("SO-GDDT"), "scopes", List.of("plans:read")))
                .post("/api/system-clients").then().statusCode(403);
        Registered own = register("congan", "CA-TP", List.of("checkin:write"));
        as("congan").get("/api/system-clients").then().statusCode(200).body("items.find { it.id == " + own.id() + " }.clientId", equalTo(own.clientId()));
        as("admin").get("/api/system-clients/" + own.id()).then().statusCode(200); // the deployment's admin manages every client
        as("sogddt").get("/api/system-clients/" + own.id()).then().statusCode(404);
        // a bad scope is a field error, not a 500
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + vn.safeonline.support.Api.token("admin")).contentType("application/json")
                .body(Map.of("name", "Hệ thống", "organizationId", orgId("SO-GDDT"), "scopes", List.of("everything"))).post("/api/system-clients")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.startsWith("scopes"));
    }
}
