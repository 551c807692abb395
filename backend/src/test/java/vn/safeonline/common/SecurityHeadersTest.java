package vn.safeonline.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.safeonline.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SPA's pages and files carry the browser's protections and the right caching; the API stays JSON. */
@QuarkusTest
@TestProfile(SecurityHeadersTest.WithSpa.class)
class SecurityHeadersTest {

    /** A built SPA as Vite lays it out: index.html and hashed assets. */
    public static class WithSpa implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dir = Files.createTempDirectory("spa");
                Files.createDirectories(dir.resolve("assets"));
                Files.writeString(dir.resolve("index.html"), "<!doctype html><html><head><script type=\"module\" src=\"/assets/index-C92OzyTS.js\"></script></head><body></body></html>");
                Files.writeString(dir.resolve("assets/index-C92OzyTS.js"), "console.log(1)");
                Files.writeString(dir.resolve("assets/index-BPt_OFj8.css"), "body{}");
                Files.writeString(dir.resolve("favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
                Files.writeString(dir.resolve("sw.js"), "self.addEventListener('fetch', () => {})");
                Files.writeString(dir.resolve("manifest.webmanifest"), "{\"name\":\"Điểm danh\"}");
                return Map.of("app.spa.dir", dir.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void spaPagesCarryThePoliciesAndAreRevalidated() {
        for (String page : new String[]{"/", "/plans/12", "/khung-anh/3", "/index.html"}) {
            given().get(page).then().statusCode(200).contentType(startsWith("text/html"))
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("object-src 'none'"))
                    .header("Content-Security-Policy", containsString("base-uri 'self'"))
                    .header("Content-Security-Policy", containsString("connect-src 'self'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                    .header("Permissions-Policy", containsString("camera=()"))
                    .header("Cache-Control", equalTo("no-cache"));
        }
    }

    @Test
    void onlyTheDoorMayUseTheCamera() {
        given().get("/events/42/check-in").then().statusCode(200).header("Permissions-Policy", containsString("camera=(self)"));
        given().get("/events/42/attendees").then().statusCode(200).header("Permissions-Policy", containsString("camera=()"));
    }

    @Test
    void theOfflineDoorMayRunItsServiceWorkerAndWasmAndGetsNewBuildsAtOnce() {
        given().get("/events/42/check-in").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'wasm-unsafe-eval';"))
                .header("Content-Security-Policy", containsString("worker-src 'self'"))
                .header("Content-Security-Policy", containsString("manifest-src 'self'"));
        given().get("/sw.js").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
        given().get("/manifest.webmanifest").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void hashedAssetsAreImmutable() {
        given().get("/assets/index-C92OzyTS.js").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable")).header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/assets/index-BPt_OFj8.css").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
    }

    @Test
    void apiResponsesStayJsonWithNosniff() {
        as("admin").get("/api/me").then().statusCode(200).contentType(startsWith("application/json"))
                .header("X-Content-Type-Options", equalTo("nosniff")).header("Content-Security-Policy", nullValue());
        given().get("/api/plans").then().statusCode(401).contentType(startsWith("application/problem+json"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
