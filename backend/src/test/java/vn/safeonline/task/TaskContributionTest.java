package vn.safeonline.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.issue;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.planInput;
import static vn.safeonline.support.Api.unique;
import static vn.safeonline.support.Api.withToken;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.support.SecondCity;
import vn.safeonline.webhook.WebhookDispatcher;

/**
 * A cooperating agency (phối hợp) reports its contribution to a task: accepted for its officers and for its system with
 * progress:write, kept in the task's history with its organisation and in the official report, and the task's figure and
 * status stay the lead's. Nobody else reports.
 */
@QuarkusTest
class TaskContributionTest {
    static final LocalDate TODAY = LocalDate.now(BusinessClock.ZONE);

    @Inject
    WebhookDispatcher dispatcher;

    HttpServer server;

    @BeforeAll
    static void twoCities() {
        SecondCity.ensure();
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    /** An issued plan with one task led by the Department of Education (70 delegates), the Department of Home Affairs cooperating. */
    static long[] issuedWithCooperator(String title) {
        long planId = ((Number) as("ubnd").body(planInput(title)).post("/api/plans").then().statusCode(201).extract().path("id")).longValue();
        var task = new HashMap<String, Object>(Map.of("leadOrganizationId", orgId("SO-GDDT"), "cooperatingOrganizationIds", List.of(orgId("SO-NOIVU")),
                "text", "Tổ chức tuyên truyền an toàn trên mạng cho học sinh " + title, "dueDate", TODAY.plusDays(10).toString(),
                "target", Map.of("kind", "COUNT", "value", 70, "unit", "đại biểu")));
        long taskId = ((Number) as("ubnd").body(task).post("/api/plans/" + planId + "/tasks").then().statusCode(201).extract().path("id")).longValue();
        issue(planId);
        return new long[]{planId, taskId};
    }

    static Map<String, Object> report(String text, Integer value, boolean done) {
        var m = new HashMap<String, Object>(Map.of("reportDate", TODAY.toString(), "done", done, "text", text,
                "evidenceLinks", List.of("https://snv.cantho.gov.vn/tin-tuc/" + unique())));
        if (value != null) m.put("value", value);
        return m;
    }

    @Test
    void aContributionIsKeptWithItsOrganisationAndOnlyTheLeadSetsTheFigure() throws Exception {
        long[] ids = issuedWithCooperator("Phối hợp " + unique());
        String url = "/api/tasks/" + ids[1] + "/progress-reports";
        as("sonoivu").get("/api/tasks/" + ids[1]).then().statusCode(200)
                .body("permissions.canReport", equalTo(false)).body("permissions.canContribute", equalTo(true));
        as("sogddt").get("/api/tasks/" + ids[1]).then().statusCode(200)
                .body("permissions.canReport", equalTo(true)).body("permissions.canContribute", equalTo(false));

        // the cooperating agency's contribution: accepted, its figure its own
        as("sonoivu").body(report("Đã tổ chức 3 buổi tập huấn cho cán bộ đoàn thể về bảo vệ trẻ em trên môi trường mạng", 3, false)).post(url)
                .then().statusCode(201).body("contribution", equalTo(true)).body("organization.code", equalTo("SO-NOIVU")).body("value", equalTo(3));
        as("sogddt").get("/api/tasks/" + ids[1]).then().statusCode(200).body("status", equalTo("NOT_STARTED"))
                .body("percentReached", equalTo(0)).body("reportCount", equalTo(0));
        // a contribution never completes the task, even with a figure past the target
        as("sonoivu").body(report("Xong phần việc", null, true)).post(url).then().statusCode(422).body("errors[0].field", equalTo("done"));
        as("sonoivu").body(report("Đã mời 80 đại biểu", 80, false)).post(url).then().statusCode(201);
        as("sogddt").get("/api/tasks/" + ids[1]).then().body("status", equalTo("NOT_STARTED")).body("percentReached", equalTo(0));

        // the lead's report sets it
        as("sogddt").body(report("35/70 đại biểu đã đăng ký", 35, false)).post(url).then().statusCode(201).body("contribution", equalTo(false));
        as("sogddt").get("/api/tasks/" + ids[1]).then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("reachedValue", equalTo(35)).body("percentReached", equalTo(50)).body("reportCount", equalTo(1));

        // the history lists both kinds, each with the organisation that reported
        as("ubnd").get(url).then().statusCode(200).body("total", equalTo(3))
                .body("items.findAll { it.contribution }.organization.code", equalTo(List.of("SO-NOIVU", "SO-NOIVU")))
                .body("items.findAll { !it.contribution }.organization.code", equalTo(List.of("SO-GDDT")));
        as("sonoivu").get(url).then().statusCode(200).body("total", equalTo(3));

        // the official report names the contribution in the task's row
        byte[] bytes = as("ubnd").get("/api/plans/" + ids[0] + "/reports/progress.docx").then().statusCode(200).extract().asByteArray();
        String text;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> cells = new ArrayList<>();
            for (XWPFTable t : d.getTables()) {
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) cells.add(c.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")));
                }
            }
            text = String.join("\n", cells);
        }
        assertTrue(text.contains("Phối hợp: Sở Nội vụ — Đã mời 80 đại biểu"), text);
        assertTrue(text.contains("35/70 đại biểu đã đăng ký"), text);
    }

    @Test
    void anAgencyNeitherLeadNorCooperatingIsRefused() {
        long[] ids = issuedWithCooperator("Không phối hợp " + unique());
        String url = "/api/tasks/" + ids[1] + "/progress-reports";
        // the standing agency is party to the plan but not to the task: 403; another city's coordinator does not see it: 404
        as("congan").body(report("Không phải việc của tôi", 1, false)).post(url).then().statusCode(403).body("code", equalTo("forbidden"));
        as("hp-coordinator").body(report("Không phải việc của tôi", 1, false)).post(url).then().statusCode(404);
        as("congan").get("/api/tasks/" + ids[1]).then().body("permissions.canReport", equalTo(false)).body("permissions.canContribute", equalTo(false));
        as("ubnd").get(url).then().body("total", equalTo(0));
    }

    static String clientToken(String orgCode, List<String> scopes) {
        var r = as("admin").body(Map.of("name", "Phần mềm " + orgCode + " " + unique(), "organizationId", orgId(orgCode), "scopes", scopes))
                .post("/api/system-clients").then().statusCode(201).extract();
        return given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", (String) r.path("client.clientId")).formParam("client_secret", (String) r.path("secret"))
                .post("/api/auth/token").then().statusCode(200).extract().path("access_token");
    }

    @Test
    void theCooperatingAgencysSystemReportsWithTheProgressScopeOnly() {
        long[] ids = issuedWithCooperator("Hệ thống phối hợp " + unique());
        String url = "/api/tasks/" + ids[1] + "/progress-reports";
        withToken(clientToken("SO-NOIVU", List.of("plans:read"))).body(report("Từ hệ thống của Sở Nội vụ", 2, false)).post(url)
                .then().statusCode(403).body("code", equalTo("insufficient-scope"));
        withToken(clientToken("SO-NOIVU", List.of("plans:read", "progress:write"))).body(report("Từ hệ thống của Sở Nội vụ", 2, false)).post(url)
                .then().statusCode(201).body("contribution", equalTo(true)).body("organization.code", equalTo("SO-NOIVU"));
        as("sogddt").get("/api/tasks/" + ids[1]).then().body("status", equalTo("NOT_STARTED")).body("reportCount", equalTo(0));
    }

    @Test
    void theLeadsSystemHearsOfAContributionWithTheReportersOrganisation() throws Exception {
        dispatcher.run();
        List<String> got = Collections.synchronizedList(new ArrayList<>());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            got.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        var reg = as("admin").body(Map.of("name", "Hệ thống Sở " + unique(), "organizationId", orgId("SO-GDDT"), "scopes", List.of("plans:read")))
                .post("/api/system-clients").then().statusCode(201).extract();
        as("admin").body(Map.of("systemClientId", ((Number) reg.path("client.id")).longValue(), "url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/hook", "eventTypes", List.of("task.progress_reported"))).post("/api/webhooks")
                .then().statusCode(201);
        long[] ids = issuedWithCooperator("Webhook phối hợp " + unique());
        String url = "/api/tasks/" + ids[1] + "/progress-reports";
        as("sonoivu").body(report("Phần của Sở Nội vụ", 1, false)).post(url).then().statusCode(201);
        as("sogddt").body(report("Phần của Sở Giáo dục và Đào tạo", 10, false)).post(url).then().statusCode(201);
        dispatcher.run();
        List<String> mine = got.stream().filter(b -> b.contains("/api/tasks/" + ids[1] + "/progress-reports\"")).toList();
        assertEquals(2, mine.size(), got.toString());
        assertTrue(mine.stream().anyMatch(b -> b.contains("\"contribution\":true") && b.contains("\"id\":" + orgId("SO-NOIVU"))), mine.toString());
        assertTrue(mine.stream().anyMatch(b -> b.contains("\"contribution\":false") && b.contains("\"id\":" + orgId("SO-GDDT"))), mine.toString());
        assertTrue(mine.stream().allMatch(b -> b.contains("\"type\":\"task.progress_reported\"")), mine.toString());
    }
}
