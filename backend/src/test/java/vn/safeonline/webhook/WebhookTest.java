package vn.safeonline.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.unique;
import static vn.safeonline.support.Api.withToken;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.safeonline.attendee.CeremonyTest;
import vn.safeonline.common.BusinessClock;

/**
 * A school or department system hears what happened through webhooks: a receiver started here fails twice, then
 * succeeds; each event arrives verified (Standard Webhooks signature checked here, independently), after the backoff — the
 * clock is moved, nothing sleeps.
 */
@QuarkusTest
class WebhookTest {
    @Inject
    BusinessClock clock;
    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    jakarta.persistence.EntityManager em;
    @Inject
    vn.safeonline.notification.NotificationJobs jobs;

    HttpServer server;

    @AfterEach
    void stop() {
        clock.reset();
        if (server != null) server.stop(0);
    }

    record Received(String id, String timestamp, String signature, String body, int answered) {
    }

    /** A receiver on a free port that answers the given statuses in turn (then the last one); what it received. */
    List<Received> receiver(int... statuses) throws Exception {
        List<Received> got = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger n = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int i = n.getAndIncrement();
            int status = statuses[Math.min(i, statuses.length - 1)];
            got.add(new Received(ex.getRequestHeaders().getFirst("webhook-id"), ex.getRequestHeaders().getFirst("webhook-timestamp"),
                    ex.getRequestHeaders().getFirst("webhook-signature"), body, status));
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        server.start();
        return got;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The receiver's check, written from the Standard Webhooks spec, not from our signer. */
    static boolean verified(String secret, Received r) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        for (String s : r.signature().split(" ")) if (s.equals(expected)) return true;
        return false;
    }

    static String clientToken(String clientId, String secret) {
        return given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).post("/api/auth/token").then().statusCode(200).extract().path("access_token");
    }

    @Test
    void aReceiverThatFailsTwiceGetsEachEventOnceVerifiedAfterTheBackoff() throws Exception {
        dispatcher.run(); // what earlier tests left in the outbox is fanned out before this one starts
        List<Received> got = receiver(500, 500, 200);
        CeremonyTest.Setup s = CeremonyTest.setup(5);
        var reg = as("admin").body(Map.of("name", "Hệ thống Sở " + unique(), "organizationId", orgId("SO-GDDT"), "scopes", List.of("attendees:write")))
                .post("/api/system-clients").then().statusCode(201).extract();
        String token = clientToken(reg.path("client.clientId"), reg.path("secret"));
        // the client subscribes itself; a type beyond its scopes is refused
        withToken(token).body(Map.of("url", url(), "eventTypes", List.of("plan.issued"))).post("/api/webhooks").then().statusCode(422);
        var hook = withToken(token).body(Map.of("url", url(), "eventTypes", List.of("attendee.submitted"))).post("/api/webhooks").then().statusCode(201).extract();
        String secret = hook.path("secret");
        long hookId = ((Number) hook.path("webhook.id")).longValue();
        assertTrue(secret.startsWith("whsec_"));

        Instant t0 = clock.now().toInstant(); // now, held still (the quota closes in five days)
        clock.set(t0);
        for (String name : List.of("Lê Hoàng Nam", "Trịnh Bảo Ngọc")) {
            withToken(token).header("Idempotency-Key", "wh-" + unique()).body(CeremonyTest.student(name, null)).post("/api/quotas/" + s.studentQuota() + "/attendees")
                    .then().statusCode(201);
        }
        as("sonoivu").body(Map.of("fullName", "Người của Sở Nội vụ", "unit", "Hội")).post("/api/quotas/" + s.associationQuota() + "/attendees"); // not this client's

        WebhookDispatcher.Run first = dispatcher.run();
        assertEquals(2, first.attempted(), "two events for this client (the other agency's is not its business)");
        assertEquals(0, first.delivered());
        assertEquals(0, dispatcher.run().attempted(), "nothing is retried before the backoff");
        clock.set(t0.plus(Duration.ofSeconds(6)));
        WebhookDispatcher.Run second = dispatcher.run();
        assertEquals(2, second.delivered());

        List<Received> ok = got.stream().filter(r -> r.answered() == 200).toList();
        assertEquals(2, ok.size());
        assertEquals(2, ok.stream().map(Received::id).distinct().count(), "each event once");
        for (Received r : got) assertTrue(verified(secret, r), "signed: " + r);
        for (Received r : ok) {
            assertTrue(r.body().contains("\"type\":\"attendee.submitted\"") && r.body().contains("/api/attendees/"), r.body());
            assertTrue(!r.body().contains("Lê Hoàng Nam") && !r.body().contains("0918"), "thin: no personal data");
        }
        // the same event keeps its webhook-id on every attempt
        assertEquals(got.get(0).id().equals(ok.get(0).id()) || got.get(0).id().equals(ok.get(1).id()), true);

        // the log, and a redelivery with the same id
        var log = withToken(token).get("/api/webhooks/" + hookId + "/deliveries").then().statusCode(200).body("total", equalTo(2))
                .body("items[0].status", equalTo("DELIVERED")).body("items[0].attempts", equalTo(2)).extract();
        long delivery = ((Number) log.path("items[0].id")).longValue();
        String webhookId = log.path("items[0].webhookId");
        withToken(token).post("/api/webhook-deliveries/" + delivery + "/redeliver").then().statusCode(204);
        assertEquals(1, dispatcher.run().delivered());
        assertEquals(webhookId, got.get(got.size() - 1).id());
        // the department's administrator reads the same log; another agency does not
        as("admin").get("/api/webhooks/" + hookId + "/deliveries").then().statusCode(200);
        as("sonoivu").get("/api/webhooks/" + hookId).then().statusCode(404);
    }

    @Test
    void aGoneReceiverIsDisabledAndPrivateAddressesAreRefusedOutsideTests() throws Exception {
        dispatcher.run();
        List<Received> got = receiver(410);
        var reg = as("admin").body(Map.of("name", "Hệ thống Công an " + unique(), "organizationId", orgId("CA-TP"), "scopes", List.of("plans:read")))
                .post("/api/system-clients").then().statusCode(201).extract();
        long client = ((Number) reg.path("client.id")).longValue();
        long hookId = ((Number) as("admin").body(Map.of("systemClientId", client, "url", url(), "eventTypes", List.of("plan.issued"))).post("/api/webhooks")
                .then().statusCode(201).extract().path("webhook.id")).longValue();
        long plan = vn.safeonline.support.Api.draftWithTask("Kế hoạch thử webhook " + unique(), "SO-GDDT", null, null)[0];
        vn.safeonline.support.Api.issue(plan); // the police is the standing agency of every plan here: it hears of it
        dispatcher.run();
        assertEquals(1, got.size());
        as("admin").get("/api/webhooks/" + hookId).then().statusCode(200).body("active", equalTo(false));
        // the police's coordinators are told by email that it was disabled
        long mails = ((Number) em.createNativeQuery("select count(*) from email_outbox where dedupe_key like 'webhook-disabled:" + hookId + ":%'")
                .getSingleResult()).longValue();
        assertTrue(mails >= 1, "mails queued: " + mails);
        assertNotNull(as("admin").get("/api/webhooks/" + hookId).then().extract().path("disabledReason"));

        // a generated client accepts only problem+json on a 204 operation: served, not refused with 406
        as("admin").header("Accept", "application/problem+json").delete("/api/webhooks/" + hookId).then().statusCode(204);
        assertNotNull(UrlGuard.refusal("http://127.0.0.1:8080/hook", false));
        assertNotNull(UrlGuard.refusal("https://10.0.0.5/hook", false));
        assertNotNull(UrlGuard.refusal("https://localhost/hook", false));
        assertNotNull(UrlGuard.refusal("http://example.vn/hook", false), "https only");
        assertEquals(null, UrlGuard.refusal("https://93.184.216.34/hook", false));
    }

    @Test
    void aTaskTurningOverdueIsHeardOnceByTheLeadAgencysSystem() throws Exception {
        dispatcher.run();
        List<Received> got = receiver(200);
        var reg = as("admin").body(Map.of("name", "Hệ thống Sở " + unique(), "organizationId", orgId("SO-GDDT"), "scopes", List.of("plans:read")))
                .post("/api/system-clients").then().statusCode(201).extract();
        long client = ((Number) reg.path("client.id")).longValue();
        String secret = as("admin").body(Map.of("systemClientId", client, "url", url(), "eventTypes", List.of("task.overdue"))).post("/api/webhooks")
                .then().statusCode(201).extract().path("secret");
        long[] plan = vn.safeonline.support.Api.draftWithTask("Kế hoạch quá hạn " + unique(), "SO-GDDT", clock.today().minusDays(1), null);
        vn.safeonline.support.Api.issue(plan[0]);
        jobs.overdueTasks();
        jobs.overdueTasks(); // detected once
        dispatcher.run();
        List<Received> mine = got.stream().filter(r -> r.body().contains("/api/tasks/" + plan[1] + "\"")).toList();
        assertEquals(1, mine.size(), got.toString());
        assertTrue(mine.get(0).body().contains("\"type\":\"task.overdue\"") && verified(secret, mine.get(0)));
    }

    @Test
    void theEventTypesAndTheirScopesAreOneTableReadByPeopleAndClients() {
        as("admin").get("/api/webhook-event-types").then().statusCode(200)
                .body("size()", equalTo(9)).body("find { it.type == 'attendee.submitted' }.scope", equalTo("attendees:write"))
                .body("find { it.type == 'pledge.approved' }.scope", equalTo("indicators:read"));
        var reg = as("admin").body(Map.of("name", "Hệ thống điểm danh " + unique(), "organizationId", orgId("CA-TP"), "scopes", List.of("checkin:write")))
                .post("/api/system-clients").then().statusCode(201).extract();
        withToken(clientToken(reg.path("client.clientId"), reg.path("secret"))).get("/api/webhook-event-types").then().statusCode(200)
                .body("type", org.hamcrest.Matchers.hasItem("checkin.recorded"));
    }
}
