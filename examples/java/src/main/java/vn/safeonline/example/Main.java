package vn.safeonline.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.safeonline.sdk.ApiClient;
import vn.safeonline.sdk.api.AttendeesApi;
import vn.safeonline.sdk.api.AuthApi;
import vn.safeonline.sdk.api.EventsApi;
import vn.safeonline.sdk.api.PlansApi;
import vn.safeonline.sdk.api.QuotasApi;
import vn.safeonline.sdk.api.WebhooksApi;
import vn.safeonline.sdk.model.Attendee;
import vn.safeonline.sdk.model.AttendeeInput;
import vn.safeonline.sdk.model.Me;
import vn.safeonline.sdk.model.PageResponsePlanSummary;
import vn.safeonline.sdk.model.Quota;
import vn.safeonline.sdk.model.WebhookInput;
import vn.safeonline.sdk.model.WebhookSecret;

/**
 * A school or department system in Java, with the client openapi-generator makes from openapi.yaml at build time:
 * a token by client credentials, the plans its organisation is party to, a quota of its own with room, two attendees with
 * an Idempotency-Key each (the first replayed), and the attendee.submitted webhooks verified (Standard Webhooks).
 * Environment: BASE_URL, CLIENT_ID, CLIENT_SECRET, WEBHOOK_HOST (default 127.0.0.1). Exit code 0 when every step held.
 */
public class Main {
    record Received(String id, String timestamp, String signature, String body) {
    }

    static void check(boolean ok, String what) {
        if (!ok) throw new IllegalStateException("FAILED: " + what);
        System.out.println("ok - " + what);
    }

    static String env(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) throw new IllegalStateException("set " + name);
        return v;
    }

    /** Standard Webhooks: v1,base64(HMAC-SHA256(base64-decoded key after whsec_, "<id>.<timestamp>.<body>")), and a fresh timestamp. */
    static boolean verified(String secret, Received r) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = ("v1," + Base64.getEncoder().encodeToString(mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body())
                .getBytes(StandardCharsets.UTF_8)))).getBytes(StandardCharsets.US_ASCII);
        boolean fresh = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(r.timestamp())) < 300;
        for (String s : r.signature().split(" ")) {
            if (MessageDigest.isEqual(s.getBytes(StandardCharsets.US_ASCII), expected)) return fresh;
        }
        return false;
    }

    public static void main(String[] args) throws Exception {
        String base = env("BASE_URL");
        String host = System.getenv().getOrDefault("WEBHOOK_HOST", "127.0.0.1");
        ObjectMapper json = new ObjectMapper();

        // 1. the token (RFC 6749 §4.4): form-encoded, nothing but the client id and secret
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(env("CLIENT_ID"), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(env("CLIENT_SECRET"), StandardCharsets.UTF_8);
        HttpResponse<String> tokenResponse = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        check(tokenResponse.statusCode() == 200, "client-credentials token (" + tokenResponse.statusCode() + ")");
        String token = json.readTree(tokenResponse.body()).get("access_token").asText();
        ApiClient client = new ApiClient();
        client.updateBaseUri(base);
        client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));

        // 2. the plans it is party to, and a quota of its own with room (no If-None-Match: a first read)
        Me me = new AuthApi(client).getMe(null);
        check(me.getOrganization() != null, "who am I: " + me.getOrganization().getName());
        PageResponsePlanSummary plans = new PlansApi(client).listPlans(1, null, 50, null, null, null);
        check(plans.getTotal() > 0, "plans my organisation is party to: " + plans.getTotal());
        Quota quota = null;
        for (var plan : plans.getItems()) {
            for (var event : new EventsApi(client).listPlanEvents(plan.getId(), null).getItems()) {
                for (Quota q : new QuotasApi(client).listEventQuotas(event.getId(), null).getItems()) {
                    boolean room = q.getCount() == null || q.getFilled() + 2 <= q.getCount();
                    if (quota == null && q.getOwner().getId().equals(me.getOrganization().getId()) && q.getCanSubmit() && !q.getLocked() && room) quota = q;
                }
            }
        }
        check(quota != null, "a quota of my own with room: " + (quota == null ? "" : quota.getCategory().getName()));

        // 3. a receiver and the subscription
        List<Received> received = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 0);
        server.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(ex.getRequestHeaders().getFirst("webhook-id"), ex.getRequestHeaders().getFirst("webhook-timestamp"),
                    ex.getRequestHeaders().getFirst("webhook-signature"), body));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.start();
        WebhooksApi hooks = new WebhooksApi(client);
        WebhookSecret hook = hooks.createWebhook(new WebhookInput().url("http://" + host + ":" + server.getAddress().getPort() + "/hook")
                .eventTypes(List.of("attendee.submitted")));
        check(hook.getSecret().startsWith("whsec_"), "subscribed to attendee.submitted, secret received once");

        // 4. two attendees, each with its Idempotency-Key; the first replayed
        AttendeesApi attendees = new AttendeesApi(client);
        String stamp = UUID.randomUUID().toString().substring(0, 8);
        AttendeeInput first = new AttendeeInput().fullName("Lê Java " + stamp).position("Học sinh").school("Trường THPT Châu Văn Liêm").grade("12A1");
        AttendeeInput second = new AttendeeInput().fullName("Phạm Java " + stamp).position("Học sinh").school("Trường THPT Châu Văn Liêm").grade("12A1");
        Attendee a1 = attendees.createQuotaAttendee(quota.getId(), first, "vdj-" + stamp + "-1");
        Attendee a2 = attendees.createQuotaAttendee(quota.getId(), second, "vdj-" + stamp + "-2");
        check(!a1.getId().equals(a2.getId()), "two attendees submitted (" + a1.getId() + ", " + a2.getId() + ")");
        Attendee replay = attendees.createQuotaAttendee(quota.getId(), first, "vdj-" + stamp + "-1");
        check(replay.getId().equals(a1.getId()), "the replay of the first key gets the first attendee back (" + replay.getId() + ")");

        // 5. the webhooks, verified
        Set<Long> mine = Set.of(a1.getId(), a2.getId());
        long deadline = System.currentTimeMillis() + 60_000;
        Set<String> heard = new HashSet<>();
        while (System.currentTimeMillis() < deadline && heard.size() < 2) {
            Thread.sleep(500);
            synchronized (received) {
                for (Received r : received) {
                    JsonNode event = json.readTree(r.body());
                    if (verified(hook.getSecret(), r) && mine.contains(event.get("data").get("id").asLong())) heard.add(r.id());
                }
            }
        }
        boolean allSigned = true;
        synchronized (received) {
            for (Received r : received) allSigned &= verified(hook.getSecret(), r);
        }
        check(allSigned, "every delivery signed (" + received.size() + " received)");
        check(heard.size() == 2, "attendee.submitted received for both attendees, each verified");
        hooks.deleteWebhook(hook.getWebhook().getId());
        server.stop(0);
        System.out.println("the Java client ran every step");
    }
}
