package vn.safeonline.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.safeonline.campaign.CampaignTest;

/** A path has one spelling: the others are refused before routing, so no rule can be walked around. */
@QuarkusTest
class RequestGuardTest {
    @Inject
    PublicRateLimit rateLimit;
    @Inject
    BusinessClock clock;
    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void fresh() {
        rateLimit.reset();
    }

    /** What came back for a request written byte for byte: HTTP clients would normalise these paths before sending. */
    record Answer(int status, String head, String body) {
    }

    Answer send(String method, String path, String language, String body) throws Exception {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(10_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\n"
                    + (language == null ? "" : "Accept-Language: " + language + "\r\n") + "Content-Length: " + content.length + "\r\n\r\n";
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            return new Answer(Integer.parseInt(answer.substring(9, 12)), answer.substring(0, split).toLowerCase(), answer.substring(split + 4));
        }
    }

    void assertRefused(Answer a) {
        assertEquals(400, a.status(), a.head() + a.body());
        assertTrue(a.head().contains("content-type: application/problem+json"), a.head());
        assertTrue(a.body().contains("\"code\":\"malformed-request\""), a.body());
    }

    private static io.restassured.specification.RequestSpecification raw() {
        return given().urlEncodingEnabled(false).contentType("application/json");
    }

    @Test
    void theRateLimitCannotBeWalkedAroundBySpellingThePathDifferently() throws Exception {
        clock.set(clock.instant()); // no refill while the allowance is spent, however slow the machine
        try {
            spellingsAreLimitedToo();
        } finally {
            clock.reset();
        }
    }

    private void spellingsAreLimitedToo() throws Exception {
        String campaign = vn.safeonline.support.Api.publicCampaign(CampaignTest.demoCampaign());
        String canonical = campaign + "/adoptions";
        int limited = 0;
        for (int i = 0; i < 80 && limited == 0; i++) {
            if (raw().body(Map.of("deviceId", UUID.randomUUID().toString())).post(canonical).statusCode() == 429) limited++;
        }
        assertEquals(1, limited, "the canonical path is limited");
        String rest = campaign.substring("/api/public/".length()) + "/adoptions";
        for (String spelling : List.of("/api//public/" + rest, "//api/public/" + rest, "/api/%70ublic/" + rest, "/api/public;x=1/" + rest,
                "/api/./public/" + rest, "/api/x/../public/" + rest, "/api/public/" + rest.replace("/adoptions", "/%61doptions"),
                "/api/public/%2e/" + rest, "/api/public/" + rest + ";jsessionid=1")) {
            assertRefused(send("POST", spelling, null, "{\"deviceId\":\"" + UUID.randomUUID() + "\"}"));
        }
        // a backslash is refused by the HTTP decoder itself, before any handler (a bare 400): refused all the same
        assertEquals(400, send("POST", "/api\\public/" + rest, null, "{}").status());
        raw().body(Map.of("deviceId", UUID.randomUUID().toString())).post(canonical).then().statusCode(429);
    }

    @Test
    void nonCanonicalPathsAreRefusedEverywhereNotOnlyOnPublicPages() throws Exception {
        for (String path : List.of("/api/plans;x=1", "/api//plans", "/q/../api/plans", "/khung-anh/1;x=y", "/api/plans/%2F1", "/./")) {
            assertRefused(send("GET", path, null, null));
        }
        Answer en = send("GET", "/api/%70lans", "en", null);
        assertRefused(en);
        assertTrue(en.body().contains("\"title\":\"Malformed request\"") && en.body().contains("not in its canonical form"), en.body());
        assertTrue(send("GET", "/api/%70lans", null, null).body().contains("Đường dẫn yêu cầu không ở dạng chuẩn"));
    }

    @Test
    void canonicalSpellingsStillWork() {
        assertEquals(null, RequestGuard.nonCanonical("/api/public/campaigns/1/adoptions"));
        assertEquals(null, RequestGuard.nonCanonical("/api/organizations/%C4%90"));
        assertEquals(null, RequestGuard.nonCanonical("/assets/index-C92OzyTS.js"));
        given().get(vn.safeonline.support.Api.publicCampaign(CampaignTest.demoCampaign())).then().statusCode(200);
    }

    @Test
    void anOverLongUriIsA414Problem() {
        raw().get("/api/public/campaigns/1?x=" + "a".repeat(9000)).then().statusCode(414)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("uri-too-long"));
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() throws Exception {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/public/campaigns/1/adoptions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 999999999\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"code\":\"payload-too-large\""), answer);
        }
    }
}
