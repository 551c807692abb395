package vn.safeonline.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.anonymous;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.unique;
import static vn.safeonline.support.Api.withToken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.safeonline.common.BusinessClock;

/**
 * Browser sessions (issue 16, item 5): a short access token in the answer, the refresh token in an HttpOnly,
 * SameSite=Strict cookie, rotated on each refresh, the whole session revoked when a used one comes back, revoked at
 * sign-out; the account is read again on every refresh. The business clock is moved, never slept on.
 */
@QuarkusTest
class SessionTest {
    static final String PASSWORD = "mat-khau-phien";
    static final Pattern COOKIE = Pattern.compile("^safeonline_refresh=([A-Za-z0-9_-]{43}); Path=/api/auth; HttpOnly; Secure; SameSite=Strict$");

    @Inject
    BusinessClock clock;
    @Inject
    SessionPruning pruning;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Account(long id, String username, int version) {
    }

    record Signed(String accessToken, String cookie) {
    }

    static Account newAccount() {
        String username = "phien" + unique();
        var created = as("admin").body(Map.of("username", username, "fullName", "Phạm Văn Phiên", "organizationId", orgId("SO-GDDT"),
                "roles", List.of("OFFICER"), "password", PASSWORD)).post("/api/users").then().statusCode(201).extract();
        return new Account(((Number) created.path("id")).longValue(), username, created.path("version"));
    }

    /** The refresh token in a Set-Cookie header, checked for its attributes. */
    static String cookieOf(Response r) {
        String header = r.getHeader("Set-Cookie");
        Matcher m = COOKIE.matcher(header == null ? "" : header);
        assertTrue(m.matches(), "Set-Cookie: " + header);
        return m.group(1);
    }

    static Signed signIn(Account a) {
        Response r = anonymous().body(Map.of("username", a.username(), "password", PASSWORD)).post("/api/auth/token");
        r.then().statusCode(200).body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(900)).header("Cache-Control", "no-store");
        return new Signed(r.path("accessToken"), cookieOf(r));
    }

    static Response refresh(String cookie) {
        return anonymous().header("X-Requested-With", "XMLHttpRequest").cookie("safeonline_refresh", cookie).post("/api/auth/refresh");
    }

    static Signed refreshed(String cookie) {
        Response r = refresh(cookie);
        r.then().statusCode(200).body("expiresIn", equalTo(900));
        return new Signed(r.path("accessToken"), cookieOf(r));
    }

    static void refused(String cookie) {
        refresh(cookie).then().statusCode(401).contentType("application/problem+json").body("code", equalTo("session-expired"))
                .body("type", equalTo("/problems/session-expired"));
    }

    static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void signInSetsAnHttpOnlyStrictCookieAndAShortAccessToken() {
        Account a = newAccount();
        Signed s = signIn(a);
        withToken(s.accessToken()).get("/api/me").then().statusCode(200).body("username", equalTo(a.username()));
        String claims = claims(s.accessToken());
        Matcher iat = Pattern.compile("\"iat\":(\\d+)").matcher(claims);
        Matcher exp = Pattern.compile("\"exp\":(\\d+)").matcher(claims);
        assertTrue(iat.find() && exp.find(), claims);
        assertEquals(900, Long.parseLong(exp.group(1)) - Long.parseLong(iat.group(1)));
        // a wrong password sets no cookie
        Response wrong = anonymous().body(Map.of("username", a.username(), "password", "sai-mat-khau")).post("/api/auth/token");
        wrong.then().statusCode(401).body("code", equalTo("invalid-credentials"));
        assertNull(wrong.getHeader("Set-Cookie"));
    }

    @Test
    void refreshRotatesTheCookieAndAnswersANewAccessToken() {
        Signed first = signIn(newAccount());
        Signed second = refreshed(first.cookie());
        assertNotEquals(first.cookie(), second.cookie());
        withToken(second.accessToken()).get("/api/me").then().statusCode(200);
        Signed third = refreshed(second.cookie()); // the new one rotates in turn
        assertNotEquals(second.cookie(), third.cookie());
    }

    @Test
    void aUsedRefreshTokenComingBackRevokesTheWholeSession() {
        Account a = newAccount();
        Signed first = signIn(a);
        Signed second = refreshed(first.cookie());
        refused(first.cookie()); // stolen copy of the first cookie: theft detected
        refused(second.cookie()); // the legitimate newer one is revoked too
        as("admin").queryParam("entityType", "user").queryParam("entityId", a.id()).get("/api/audit-events").then().statusCode(200)
                .body("items.action", hasItem("SESSION_REUSED")).body("items.action", hasItem("LOGIN"));
        // a new sign-in starts a new session
        refreshed(signIn(a).cookie());
    }

    @Test
    void signOutRevokesTheSessionAndClearsTheCookie() {
        Account a = newAccount();
        Signed s = signIn(a);
        Signed next = refreshed(s.cookie());
        Response out = anonymous().header("X-Requested-With", "XMLHttpRequest").cookie("safeonline_refresh", next.cookie()).post("/api/auth/logout");
        out.then().statusCode(204);
        assertTrue(out.getHeader("Set-Cookie").matches("^safeonline_refresh=; Max-Age=0; .*Path=/api/auth; HttpOnly; Secure; SameSite=Strict$"),
                out.getHeader("Set-Cookie"));
        refused(next.cookie());
        as("admin").queryParam("entityType", "user").queryParam("entityId", a.id()).get("/api/audit-events").then().statusCode(200)
                .body("items.action", hasItem("LOGOUT"));
        // without a cookie, sign-out only clears
        anonymous().header("X-Requested-With", "XMLHttpRequest").post("/api/auth/logout").then().statusCode(204);
    }

    @Test
    void theCookieOperationsNeedTheCustomHeader() {
        Signed s = signIn(newAccount());
        given().cookie("safeonline_refresh", s.cookie()).post("/api/auth/refresh").then().statusCode(403).body("code", equalTo("forbidden"));
        given().cookie("safeonline_refresh", s.cookie()).post("/api/auth/logout").then().statusCode(403).body("code", equalTo("forbidden"));
        refreshed(s.cookie()); // neither refused call used the token up
    }

    @Test
    void anExpiredOrUnknownOrMissingCookieIsRefusedInBothLanguages() {
        Instant t = Instant.parse("2031-04-06T01:00:00Z");
        clock.set(t);
        Signed s = signIn(newAccount());
        clock.set(t.plus(Duration.ofHours(7)));
        Signed alive = refreshed(s.cookie()); // within the idle timeout (8 h); slides the session on
        clock.set(t.plus(Duration.ofHours(7 + 8)).plusSeconds(1));
        refused(alive.cookie());
        refused("khong-co-phien-nay-" + unique());
        anonymous().header("X-Requested-With", "XMLHttpRequest").post("/api/auth/refresh").then().statusCode(401).body("code", equalTo("session-expired"));
        refresh("x" + unique()).then().statusCode(401).body("title", equalTo("Phiên đăng nhập đã hết hạn, hãy đăng nhập lại"));
        anonymous().header("X-Requested-With", "XMLHttpRequest").header("Accept-Language", "en").cookie("safeonline_refresh", "x" + unique())
                .post("/api/auth/refresh").then().statusCode(401).body("title", equalTo("Your session has ended; sign in again"));
    }

    @Test
    void aSessionEndsAtItsMaximumLifetimeHoweverOftenItIsRefreshed() {
        Instant t = Instant.parse("2031-04-07T01:00:00Z");
        clock.set(t);
        String cookie = signIn(newAccount()).cookie();
        for (int h = 6; h <= 18; h += 6) {
            clock.set(t.plus(Duration.ofHours(h)));
            cookie = refreshed(cookie).cookie();
        }
        clock.set(t.plus(Duration.ofHours(24)));
        refused(cookie);
    }

    @Test
    void refreshReadsTheAccountAgainDisabledIsRefusedAndNewRolesAreInTheToken() {
        Account a = newAccount();
        Signed s = signIn(a);
        assertTrue(claims(s.accessToken()).contains("\"OFFICER\""));
        int version = a.version();
        Map<String, Object> user = new java.util.HashMap<>(Map.of("username", a.username(), "fullName", "Phạm Văn Phiên",
                "organizationId", orgId("SO-GDDT"), "roles", List.of("COORDINATOR"), "active", true));
        as("admin").header("If-Match", "\"" + version + "\"").body(user).put("/api/users/" + a.id()).then().statusCode(200);
        Signed promoted = refreshed(s.cookie());
        assertTrue(claims(promoted.accessToken()).contains("\"COORDINATOR\""), claims(promoted.accessToken()));
        withToken(promoted.accessToken()).get("/api/me").then().statusCode(200).body("roles", equalTo(List.of("COORDINATOR")));

        user.put("active", false);
        as("admin").header("If-Match", "\"" + (version + 1) + "\"").body(user).put("/api/users/" + a.id()).then().statusCode(200);
        refused(promoted.cookie());
        user.put("active", true); // back again: the old session stays revoked
        as("admin").header("If-Match", "\"" + (version + 2) + "\"").body(user).put("/api/users/" + a.id()).then().statusCode(200);
        refused(promoted.cookie());
    }

    @Test
    void systemClientsGetTheirTokenAsBeforeAndNoCookie() {
        var c = as("admin").body(Map.of("name", "Phần mềm phiên " + unique(), "organizationId", orgId("SO-GDDT"), "scopes", List.of("plans:read")))
                .post("/api/system-clients").then().statusCode(201).extract();
        Response r = given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", (String) c.path("client.clientId")).formParam("client_secret", (String) c.path("secret")).post("/api/auth/token");
        r.then().statusCode(200).body("expires_in", equalTo(900)).body("scope", equalTo("plans:read")).body("$", not(org.hamcrest.Matchers.hasKey("refresh_token")));
        assertNull(r.getHeader("Set-Cookie"));
    }

    @Test
    void expiredRefreshTokensArePrunedAndTheLiveOnesStay() {
        Instant t = Instant.parse("2031-04-08T01:00:00Z");
        clock.set(t);
        String cookie = signIn(newAccount()).cookie();
        clock.set(t.plus(Duration.ofHours(1)));
        String live = refreshed(cookie).cookie();
        clock.set(t.plus(Duration.ofHours(2)));
        pruning.prune(); // nothing of this session has expired
        refreshed(live);
        clock.set(t.plus(Duration.ofDays(2)));
        var run = pruning.prune();
        assertTrue(run.count("refreshTokens") >= 3, run.toString());
    }
}
