package vn.safeonline.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test requests: tokens minted here, and every call checked against the committed openapi.yaml. */
public final class Api {
    public static final Path CONTRACT = Path.of("../openapi.yaml").toAbsolutePath().normalize();
    private static final OpenApiValidationFilter CONTRACT_CHECK = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString()).build());
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() % 100000));

    private Api() {
    }

    /** A token as the embedded issuer makes it; the roles come from the database. */
    public static String token(String username) {
        return Jwt.upn(username).groups("OFFICER").sign();
    }

    public static RequestSpecification as(String username) {
        return given().filter(CONTRACT_CHECK).header("Authorization", "Bearer " + token(username)).contentType(ContentType.JSON);
    }

    /** A request with a token obtained elsewhere (a system client's), checked against the contract. */
    public static RequestSpecification withToken(String accessToken) {
        return given().filter(CONTRACT_CHECK).header("Authorization", "Bearer " + accessToken).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().filter(CONTRACT_CHECK).contentType(ContentType.JSON);
    }

    /** Not checked against the contract: for inputs the contract itself refuses. */
    public static RequestSpecification raw(String username) {
        return given().header("Authorization", "Bearer " + token(username)).contentType(ContentType.JSON);
    }

    public static int unique() {
        return SEQ.incrementAndGet();
    }

    /** The public path of a campaign, by its database id: "/api/public/campaigns/{publicId}". */
    public static String publicCampaign(long campaignId) {
        return "/api/public/campaigns/" + as("admin").get("/api/campaigns/" + campaignId).then().statusCode(200).extract().path("publicId");
    }

    /** The public path of a contest, by its database id. */
    public static String publicContest(long contestId) {
        return "/api/public/contests/" + as("admin").get("/api/contests/" + contestId).then().statusCode(200).extract().path("publicId");
    }

    public static long orgId(String code) {
        return ((Number) as("admin").queryParam("q", code).get("/api/organizations").then().statusCode(200)
                .extract().path("items.find { it.code == '" + code + "' }.id")).longValue();
    }

    public static Map<String, Object> planInput(String title) {
        return Map.of(
                "symbol", "KH-UBND",
                "place", "Cần Thơ",
                "title", title,
                "standingOrganizationId", orgId("CA-TP"),
                "legalBases", List.of(Map.of("kind", "Quyết định", "number", "468/QĐ-TTg", "date", "2026-03-23", "issuer", "Thủ tướng Chính phủ")),
                "purpose", "Mục đích",
                "contentSections", List.of(Map.of("heading", "1. Thời gian", "body", "08:00 29/5/2026")),
                "recipients", List.of(Map.of("organizationId", orgId("SO-GDDT"), "label", "Sở Giáo dục và Đào tạo"), Map.of("label", "Lưu: VT, NC")),
                "signerName", "Trương Cảnh Tuyên",
                "startDate", "2026-01-01");
    }

    /** A draft by ubnd with one task led by the given organisation; returns [planId, taskId]. */
    public static long[] draftWithTask(String title, String leadCode, LocalDate due, Map<String, Object> target) {
        long planId = ((Number) as("ubnd").body(planInput(title)).post("/api/plans").then().statusCode(201).extract().path("id")).longValue();
        var task = new java.util.HashMap<String, Object>(Map.of("leadOrganizationId", orgId(leadCode), "text", "Nhiệm vụ thử " + title));
        if (due != null) task.put("dueDate", due.toString());
        if (target != null) task.put("target", target);
        long taskId = ((Number) as("ubnd").body(task).post("/api/plans/" + planId + "/tasks").then().statusCode(201).extract().path("id")).longValue();
        return new long[]{planId, taskId};
    }

    public static void issue(long planId) {
        as("ubnd").body(Map.of("number", String.valueOf(unique()), "issueDate", LocalDate.now(vn.safeonline.common.BusinessClock.ZONE).toString()))
                .post("/api/plans/" + planId + "/issue").then().statusCode(200);
    }
}
