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
        // the document is built on its first request (io.quarkus.smallrye.openapi.runtime.LazyOpenApiDocumentService): both forms
        JsonNode json = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("json")).extract().asString());
        assertEquals(json, committed, "the JSON form of the contract is the committed one too");
    }

    /** A task's history tells the lead's reports from the cooperating agencies' contributions, and a task says which the caller may send. */
    @Test
    void theContractTellsALeadsReportFromAContribution() throws Exception {
        JsonNode schemas = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Api.CONTRACT)).path("components").path("schemas");
        org.junit.jupiter.api.Assertions.assertTrue(names(schemas.path("ProgressReport").path("required")).contains("contribution"));
        org.junit.jupiter.api.Assertions.assertTrue(names(schemas.path("ProgressReport").path("required")).contains("organization"));
        org.junit.jupiter.api.Assertions.assertTrue(names(schemas.path("TaskPermissions").path("required")).contains("canContribute"));
        assertEquals("boolean", schemas.path("ProgressReport").path("properties").path("contribution").path("type").asText());
    }

    private static java.util.List<String> names(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
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
