package vn.safeonline.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every answer names its request; a problem repeats the id in its body, so a user can quote it to the operators. */
@QuarkusTest
class RequestIdTest {
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void everyAnswerHasAnIdAndAProblemRepeatsIt() {
        var ok = given().get("/q/health/ready").then().statusCode(200).header(RequestId.HEADER, matchesPattern(UUID)).extract();
        var problem = given().get("/api/plans").then().statusCode(401).header(RequestId.HEADER, matchesPattern(UUID)).extract();
        assertEquals(problem.header(RequestId.HEADER), problem.path("requestId"));
        assertNotEquals(ok.header(RequestId.HEADER), problem.header(RequestId.HEADER), "each request has its own");
    }

    @Test
    void aPlainIdFromTheCallerIsKeptAndAnythingElseReplaced() {
        given().header(RequestId.HEADER, "nginx-4f1c.77_a").contentType("application/json").body(Map.of("username", ""))
                .post("/api/auth/token").then().statusCode(400)
                .header(RequestId.HEADER, equalTo("nginx-4f1c.77_a")).body("requestId", equalTo("nginx-4f1c.77_a"));
        for (String bad : new String[]{"two words", "x".repeat(65), "<script>", "ý"}) {
            given().header(RequestId.HEADER, bad).get("/api/plans").then().statusCode(401)
                    .header(RequestId.HEADER, matchesPattern(UUID)).body("requestId", matchesPattern(UUID));
        }
    }

    @Test
    void aRequestRefusedBeforeRoutingHasOneToo() {
        given().urlEncodingEnabled(false).get("/api/plans/" + "9".repeat(9000)).then().statusCode(414)
                .header(RequestId.HEADER, matchesPattern(UUID)).body("requestId", matchesPattern(UUID));
    }
}
