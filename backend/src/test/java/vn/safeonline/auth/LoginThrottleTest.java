package vn.safeonline.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.anonymous;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.safeonline.common.AuditEvent;
import vn.safeonline.common.BusinessClock;

/**
 * The sign-in throttle (issue "Locked doors"): per account 5 free failures, then a delay doubling from 1 s up to a
 * 15-minute lock; per address (here 8, behind a proxy that forwards the client's address) the same after more.
 * The clock is moved, never slept on.
 */
@QuarkusTest
@TestProfile(LoginThrottleTest.Throttled.class)
class LoginThrottleTest {

    public static class Throttled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.login.address.free-failures", "8",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    static final String PASSWORD = "mat-khau-dung";

    @Inject
    BusinessClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String newAccount() {
        String username = "khoa" + unique();
        as("admin").body(Map.of("username", username, "fullName", "Lê Văn Khoa", "organizationId", orgId("SO-GDDT"),
                "roles", List.of("OFFICER"), "password", PASSWORD)).post("/api/users").then().statusCode(201);
        return username;
    }

    static String newAddress() {
        int n = unique();
        return "203.0." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    static Response signIn(String address, String username, String password) {
        return anonymous().header("X-Forwarded-For", address).body(Map.of("username", username, "password", password))
                .post("/api/auth/token");
    }

    @Test
    void wrongPasswordsAreDelayedThenLockedAndTheRightOneWaitsToo() {
        String user = newAccount(); // each attempt from another address: only the account's count speaks
        Instant t = Instant.parse("2031-03-02T01:00:00Z");
        clock.set(t);
        for (int i = 0; i < 5; i++) signIn(newAddress(), user, "sai-" + i).then().statusCode(401);
        signIn(newAddress(), user, "sai-5").then().statusCode(401); // the sixth is checked, and sets the first delay
        signIn(newAddress(), user, PASSWORD).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", "1").body("code", equalTo("login-throttled"));
        long expected = 1;
        while (expected < 900) {
            t = t.plusSeconds(expected);
            clock.set(t);
            signIn(newAddress(), user, "sai").then().statusCode(401);
            expected = Math.min(expected * 2, 900);
            signIn(newAddress(), user, PASSWORD).then().statusCode(429).header("Retry-After", String.valueOf(expected));
        }
        clock.set(t.plusSeconds(899));
        signIn(newAddress(), user, PASSWORD).then().statusCode(429).header("Retry-After", "1"); // locked for 15 minutes
        clock.set(t.plusSeconds(900));
        signIn(newAddress(), user, PASSWORD).then().statusCode(200); // then the right password is accepted
        // and the account starts afresh: five free failures again
        for (int i = 0; i < 6; i++) signIn(newAddress(), user, "sai-" + i).then().statusCode(401);
        signIn(newAddress(), user, "sai").then().statusCode(429);
    }

    @Test
    void aBurstOfWrongPasswordsIsRefusedAndTheRightOneDoesNotGetIn() {
        // the finding: 200 wrong passwords at 20/s were all checked, then the right one let in
        String user = newAccount();
        String from = newAddress();
        clock.set(Instant.parse("2031-03-03T01:00:00Z"));
        int checked = 0;
        for (int i = 0; i < 40; i++) if (signIn(from, user, "doan-" + i).statusCode() == 401) checked++;
        assertEquals(6, checked);
        signIn(from, user, PASSWORD).then().statusCode(429);
    }

    @Test
    void concurrentAttemptsAreCountedOnceEach() throws Exception {
        // one atomic upsert per attempt: 20 at the same instant, as two replicas would see them, check 6 passwords
        String user = newAccount();
        clock.set(Instant.parse("2031-03-04T01:00:00Z"));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String from = newAddress();
                calls.add(() -> signIn(from, user, "song-song").statusCode());
            }
            int unauthorized = 0, tooMany = 0;
            for (Future<Integer> f : pool.invokeAll(calls)) {
                if (f.get() == 401) unauthorized++;
                if (f.get() == 429) tooMany++;
            }
            assertEquals(6, unauthorized);
            assertEquals(14, tooMany);
        } finally {
            pool.shutdown();
        }
    }

    /** The body as a map, without the request's own id (each answer names its request). */
    private static java.util.Map<String, Object> withoutRequestId(Response r) {
        java.util.Map<String, Object> body = new java.util.HashMap<>(r.jsonPath().getMap(""));
        assertTrue(body.remove("requestId") != null, "a problem names its request");
        return body;
    }

    @Test
    void anUnknownAccountGetsTheSameAnswersAsAKnownOne() {
        String known = newAccount();
        String unknown = "khongco" + unique();
        clock.set(Instant.parse("2031-03-05T01:00:00Z"));
        String fromKnown = newAddress();
        String fromUnknown = newAddress();
        for (int i = 0; i < 7; i++) {
            Response a = signIn(fromKnown, known, "sai");
            Response b = signIn(fromUnknown, unknown, "sai");
            assertEquals(a.statusCode(), b.statusCode());
            assertEquals(withoutRequestId(a), withoutRequestId(b));
            assertEquals(a.header("Retry-After"), b.header("Retry-After"));
        }
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottledWhileOthersSignIn() {
        String from = newAddress();
        clock.set(Instant.parse("2031-03-06T01:00:00Z"));
        for (int i = 0; i < 9; i++) signIn(from, "thu" + unique(), "sai").then().statusCode(401); // 8 free, the 9th sets a delay
        String user = newAccount();
        signIn(from, user, PASSWORD).then().statusCode(429).body("code", equalTo("login-throttled"));
        signIn(newAddress(), user, PASSWORD).then().statusCode(200);
    }

    @Test
    @io.quarkus.test.TestTransaction
    void aFailedSignInIsAuditedWithoutThePassword() {
        String user = newAccount();
        String from = newAddress();
        signIn(from, user, "bi-mat-sai-123").then().statusCode(401);
        List<AuditEvent> events = AuditEvent.list("action = 'LOGIN_FAILED' and actor = ?1", user);
        assertEquals(1, events.size());
        AuditEvent e = events.get(0);
        assertNotNull(e.entityId);
        assertNotNull(e.tenantId);
        assertFalse(e.after.contains("bi-mat-sai-123"));
        assertEquals(true, e.after.contains(from));
    }
}
