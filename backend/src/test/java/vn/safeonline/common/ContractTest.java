package vn.safeonline.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vn.safeonline.support.Api;

@QuarkusTest
class ContractTest {

    /** The committed openapi.yaml is what clients generate from: it must be what the server serves. */
    @Test
    void committedContractEqualsTheServedOne() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode committed = yaml.readTree(Files.readString(Api.CONTRACT));
        JsonNode served = yaml.readTree(given().get("/q/openapi").then().statusCode(200).extract().asString());
        assertEquals(served, committed, "openapi.yaml differs from the served contract: run `make openapi` and commit it");
    }

    @Test
    void unknownRoutesAndMethodsAreProblems() {
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
        Api.raw("ubnd").delete("/api/plans").then().statusCode(405).contentType("application/problem+json")
                .body("code", equalTo("method-not-allowed"));
    }

    @Test
    void errorsNeverCarryAStackTrace() {
        String body = Api.raw("ubnd").body("[1,2,3]").post("/api/plans").then().statusCode(400).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("at vn.") || body.contains("Exception"), body);
    }
}
