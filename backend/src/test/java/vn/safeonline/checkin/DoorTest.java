package vn.safeonline.checkin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.raw;
import static vn.safeonline.support.Api.token;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.safeonline.attendee.Attendee;
import vn.safeonline.attendee.CeremonyTest;
import vn.safeonline.attendee.ShortCode;
import vn.safeonline.common.BusinessClock;

/** The door on a weak network: short codes, the offline list, queued scans synced once, conflicts, late arrivals, live counters, cards in batches. */
@QuarkusTest
public class DoorTest {
    @Inject
    EntityManager em;
    @Inject
    BusinessClock clock;

    record Door(CeremonyTest.Setup s, long[] ids, String[] tokens, String[] codes) {
    }

    private Door door(int delegates) {
        CeremonyTest.Setup s = CeremonyTest.setup(delegates);
        long[] ids = new long[delegates];
        String[] tokens = new String[delegates];
        String[] codes = new String[delegates];
        String[] names = {"Hồ Gia Linh", "Trần Bảo Ngọc", "Lê Minh Triết", "Phạm Anh Thư", "Võ Quốc Bảo"};
        for (int i = 0; i < delegates; i++) {
            var body = CeremonyTest.student(names[i % names.length] + " " + i, "0907 11" + (1000 + i));
            ids[i] = ((Number) as("sogddt").body(body).post("/api/quotas/" + s.studentQuota() + "/attendees").then().statusCode(201)
                    .body("shortCode", notNullValue()).extract().path("id")).longValue();
            Attendee a = Attendee.<Attendee>findByIdOptional(ids[i]).orElseThrow();
            tokens[i] = a.invitationToken;
            codes[i] = a.shortCode;
        }
        return new Door(s, ids, tokens, codes);
    }

    private static Map<String, Object> scan(String nonce, String key, Object value, OffsetDateTime at, String method) {
        var m = new HashMap<String, Object>(Map.of("nonce", nonce, key, value, "scannedAt",
                at.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME), "method", method));
        return m;
    }

    @Test
    void everyCodeTheDatabaseGivesPassesTheCheckAndATypoIsCaught() {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("select short_code from attendee").getResultList();
        assertFalse(codes.isEmpty());
        for (String c : codes) assertTrue(ShortCode.problem(c).isEmpty(), c + " passes the server's check");
        // SQL's check symbol and Java's agree on random data too
        @SuppressWarnings("unchecked")
        List<String> fresh = em.createNativeQuery("select short_code_new() from generate_series(1, 500)").getResultList();
        for (String c : fresh) assertTrue(ShortCode.problem(c).isEmpty(), c);
        // every single-symbol substitution and every adjacent transposition of distinct symbols is caught
        String code = fresh.get(0);
        for (int i = 0; i < code.length(); i++) {
            for (char c : ShortCode.ALPHABET.toCharArray()) {
                if (c == code.charAt(i)) continue;
                String typo = code.substring(0, i) + c + code.substring(i + 1);
                assertTrue(ShortCode.problem(typo).isPresent(), typo);
            }
        }
        for (String c : fresh) {
            for (int i = 0; i + 1 < c.length(); i++) {
                for (int j = i + 1; j < c.length(); j++) {
                    if (c.charAt(i) == c.charAt(j)) continue;
                    char[] swapped = c.toCharArray();
                    swapped[i] = c.charAt(j);
                    swapped[j] = c.charAt(i);
                    assertTrue(ShortCode.problem(new String(swapped)).isPresent(), c + " with " + i + "↔" + j + " swapped");
                }
            }
        }
        assertTrue(ShortCode.problem("K7M-4QX-9TV").isEmpty(), "the documented example");
        assertTrue(ShortCode.problem(ShortCode.format(code).toLowerCase()).isEmpty(), "case and hyphens do not matter");
        assertTrue(ShortCode.problem(code.substring(0, 8) + "O").isPresent());
    }

    @Test
    void theShortCodeAdmitsAtTheDoorAndATypoIsAFieldError() {
        Door d = door(2);
        String url = "/api/events/" + d.s().eventId() + "/check-ins";
        String typed = ShortCode.format(d.codes()[0]).toLowerCase().replace("-", " ");
        as("congan").body(Map.of("code", typed)).post(url).then().statusCode(201).body("outcome", equalTo("CHECKED_IN"))
                .body("attendeeId", equalTo((int) d.ids()[0]));
        as("congan").body(Map.of("code", d.codes()[0])).post(url).then().statusCode(200).body("outcome", equalTo("ALREADY_CHECKED_IN"));
        String c = d.codes()[1];
        char wrong = c.charAt(3) == 'A' ? 'B' : 'A';
        raw("congan").body(Map.of("code", c.substring(0, 3) + wrong + c.substring(4))).post(url).then().statusCode(400)
                .body("errors[0].field", equalTo("code")).body("errors[0].message", containsString("ký tự kiểm tra"));
        raw("congan").body(Map.of("code", c, "token", d.tokens()[1])).post(url).then().statusCode(400);
        as("congan").get("/api/attendees/" + d.ids()[1]).then().statusCode(200).body("shortCode", equalTo(ShortCode.format(c)));
    }

    @Test
    void theDoorListCarriesWhatADoorNeedsAndNoContactOrGuardian() throws Exception {
        Door d = door(3);
        String url = "/api/events/" + d.s().eventId() + "/door-list";
        var r = as("congan").queryParam("venueId", d.s().hallId()).get(url).then().statusCode(200)
                .body("entries.size()", equalTo(3)).body("venueId", equalTo((int) d.s().hallId()))
                .body("entries", everyItem(not(hasKey("phone")))).body("entries", everyItem(not(hasKey("guardianName"))))
                .body("entries", everyItem(not(hasKey("school")))).extract();
        String body = r.asString();
        assertFalse(body.contains("0918 000 111") || body.contains("Phụ huynh") || body.contains("Châu Văn Liêm") || body.contains(d.tokens()[0]));
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(d.tokens()[0].getBytes(StandardCharsets.UTF_8)));
        r.response().then().body("entries.tokenHash", hasItem(hash)).body("entries.shortCode", hasItem(ShortCode.format(d.codes()[0])))
                .body("entries.nameKey", hasItem("ho gia linh 0"));
        assertEquals(OffsetDateTime.parse("2027-05-29T11:30:00+07:00").toInstant(), OffsetDateTime.parse(r.path("wipeAfter")).toInstant(),
                "the list is wiped when the event ends");
        String etag = r.header("ETag");
        raw("congan").header("If-None-Match", etag).queryParam("venueId", d.s().hallId()).get(url).then().statusCode(304);
        as("congan").body(Map.of("attendeeId", d.ids()[1])).post("/api/events/" + d.s().eventId() + "/check-ins").then().statusCode(201);
        raw("congan").header("If-None-Match", etag).queryParam("venueId", d.s().hallId()).get(url).then().statusCode(200)
                .body("entries.find { it.attendeeId == " + d.ids()[1] + " }.checkedInAt", notNullValue());
        // only those who run the door
        raw("sogddt").get(url).then().statusCode(403);
        raw("congan").queryParam("venueId", 999999).get(url).then().statusCode(422);
    }

    @Test
    void queuedScansAreRecordedOnceWithTheirTimesAndAReplayChangesNothing() {
        Door d = door(3);
        String url = "/api/events/" + d.s().eventId() + "/check-ins";
        OffsetDateTime t = clock.now().minusMinutes(30).truncatedTo(ChronoUnit.SECONDS);
        String n1 = UUID.randomUUID().toString();
        String n2 = UUID.randomUUID().toString();
        String n3 = UUID.randomUUID().toString();
        String n4 = UUID.randomUUID().toString();
        var batch = Map.of("venueId", d.s().hallId(), "doorLabel", "Cửa A · 1111", "scans", List.of(
                scan(n1, "token", d.tokens()[0], t, "QR"),
                scan(n2, "code", ShortCode.format(d.codes()[1]), t.plusMinutes(1), "CODE"),
                scan(n3, "attendeeId", d.ids()[2], t.plusMinutes(2), "SEARCH"),
                scan(n4, "token", d.tokens()[0], t.plusMinutes(3), "QR")));
        var first = as("congan").body(batch).post(url + "/sync").then().statusCode(200)
                .body("results.nonce", equalTo(List.of(n1, n2, n3, n4)))
                .body("results.verdict", equalTo(List.of("CHECKED_IN", "CHECKED_IN", "CHECKED_IN", "ALREADY_CHECKED_IN")))
                .body("results.conflict", equalTo(List.of(false, false, false, false))).extract().asString();
        as("congan").get(url + "/counts").then().body("checkedIn", equalTo(3));
        List<?> times = as("congan").get(url).then().statusCode(200).body("total", equalTo(3)).extract().path("items.checkedInAt");
        assertEquals(List.of(t.toInstant(), t.plusMinutes(1).toInstant(), t.plusMinutes(2).toInstant()),
                times.stream().map(x -> OffsetDateTime.parse((String) x).toInstant()).toList(),
                "the offline scan times stand");
        String again = as("congan").body(batch).post(url + "/sync").then().statusCode(200).extract().asString();
        assertEquals(first, again, "a replayed batch answers the same");
        as("congan").get(url).then().body("total", equalTo(3));
        assertEquals(4L, ((Number) em.createNativeQuery("select count(*) from door_scan where event_id = ?1").setParameter(1, d.s().eventId())
                .getSingleResult()).longValue());
    }

    @Test
    void aBatchThatCannotBeReadIsRefusedWholeAndRecordsNothing() {
        Door d = door(2);
        String url = "/api/events/" + d.s().eventId() + "/check-ins/sync";
        OffsetDateTime now = clock.now();
        raw("congan").body(Map.of("scans", List.of(scan(UUID.randomUUID().toString(), "token", d.tokens()[0], now.minusMinutes(1), "QR"),
                        scan("not-a-uuid", "token", d.tokens()[1], now.minusMinutes(1), "QR"))))
                .post(url).then().statusCode(400).body("errors[0].field", equalTo("scans[1].nonce"));
        raw("congan").body(Map.of("scans", List.of(scan(UUID.randomUUID().toString(), "token", d.tokens()[0], now.plusHours(1), "QR"))))
                .post(url).then().statusCode(400).body("errors[0].field", equalTo("scans[0].scannedAt"));
        String c = d.codes()[1];
        raw("congan").body(Map.of("scans", List.of(scan(UUID.randomUUID().toString(), "code", c.substring(0, 8) + (c.charAt(8) == 'A' ? 'B' : 'A'), now, "CODE"))))
                .post(url).then().statusCode(400).body("errors[0].field", equalTo("scans[0].code"));
        raw("congan").body(Map.of("scans", List.of())).post(url).then().statusCode(400);
        as("congan").get("/api/events/" + d.s().eventId() + "/check-ins").then().body("total", equalTo(0));
        // an agency cannot run the organisers' door
        raw("sogddt").body(Map.of("scans", List.of(scan(UUID.randomUUID().toString(), "token", d.tokens()[0], now, "QR")))).post(url)
                .then().statusCode(403);
    }

    @Test
    void twoDoorsOfflineAdmittingTheSameDelegateMakeOneCheckInAndOneConflict() {
        Door d = door(1);
        String url = "/api/events/" + d.s().eventId() + "/check-ins";
        OffsetDateTime t = clock.now().minusMinutes(20).truncatedTo(ChronoUnit.SECONDS);
        // door B syncs first, with the later scan
        as("congan").body(Map.of("venueId", d.s().relayId(), "doorLabel", "Cửa B · 2222",
                        "scans", List.of(scan(UUID.randomUUID().toString(), "token", d.tokens()[0], t.plusMinutes(4), "QR"))))
                .post(url + "/sync").then().statusCode(200).body("results[0].verdict", equalTo("CHECKED_IN"))
                .body("results[0].conflict", equalTo(false));
        // door A, offline too, scanned the same card earlier: its time wins, and the pair is listed
        String kept = as("congan").body(Map.of("venueId", d.s().hallId(), "doorLabel", "Cửa A · 1111",
                        "scans", List.of(scan(UUID.randomUUID().toString(), "token", d.tokens()[0], t, "QR"))))
                .post(url + "/sync").then().statusCode(200).body("results[0].verdict", equalTo("CHECKED_IN"))
                .body("results[0].conflict", equalTo(true)).extract().path("results[0].checkedInAt");
        assertEquals(t.toInstant(), OffsetDateTime.parse(kept).toInstant(), "the first scan's time stands");
        as("congan").get(url).then().body("total", equalTo(1)).body("items[0].venueId", equalTo((int) d.s().hallId()));
        as("congan").get(url + "/conflicts").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].attendeeId", equalTo((int) d.ids()[0])).body("items[0].keptDoorLabel", equalTo("Cửa A · 1111"))
                .body("items[0].otherDoorLabel", equalTo("Cửa B · 2222")).body("items[0].keptVenueName", equalTo("Hội trường Công an thành phố"));
        // the same door scanning again later is no conflict
        as("congan").body(Map.of("venueId", d.s().hallId(), "doorLabel", "Cửa A · 1111",
                        "scans", List.of(scan(UUID.randomUUID().toString(), "token", d.tokens()[0], t.plusMinutes(9), "QR"))))
                .post(url + "/sync").then().statusCode(200).body("results[0].verdict", equalTo("ALREADY_CHECKED_IN"))
                .body("results[0].conflict", equalTo(false));
        as("congan").get(url + "/conflicts").then().body("total", equalTo(1));
    }

    @Test
    void lateArrivalsAreThoseAfterTheStart() {
        CeremonyTest.Setup s = CeremonyTest.setup(1);
        OffsetDateTime start = clock.now().minusHours(1).truncatedTo(ChronoUnit.HOURS);
        var created = as("congan").body(Map.of("title", "Hội nghị sáng nay", "startsAt", start.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                        "endsAt", start.plusHours(4).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME), "format", "IN_PERSON",
                        "venues", List.of(Map.of("name", "Hội trường A", "capacity", 100, "main", true))))
                .post("/api/plans/" + s.planId() + "/events").then().statusCode(201).extract();
        long eventId = ((Number) created.path("id")).longValue();
        long q = ((Number) as("congan").body(Map.of("ownerOrganizationId", vn.safeonline.support.Api.orgId("SO-GDDT"),
                        "categoryId", ((Number) as("congan").get("/api/plans/" + s.planId() + "/invitee-categories").then()
                                .extract().path("items.find { it.code == 'STUDENT' }.id")).longValue(), "count", 3,
                        "deadline", clock.now().plusDays(1).toString()))
                .post("/api/events/" + eventId + "/quotas").then().statusCode(201).extract().path("id")).longValue();
        long early = ((Number) as("sogddt").body(CeremonyTest.student("Ngô Thanh Tâm", null)).post("/api/quotas/" + q + "/attendees").then()
                .statusCode(201).extract().path("id")).longValue();
        long late = ((Number) as("sogddt").body(CeremonyTest.student("Đặng Hoài An", null)).post("/api/quotas/" + q + "/attendees").then()
                .statusCode(201).extract().path("id")).longValue();
        String url = "/api/events/" + eventId + "/check-ins";
        as("congan").body(Map.of("scans", List.of(scan(UUID.randomUUID().toString(), "attendeeId", early, start.minusMinutes(10), "SEARCH"),
                scan(UUID.randomUUID().toString(), "attendeeId", late, start.plusMinutes(17), "SEARCH")))).post(url + "/sync").then().statusCode(200);
        as("congan").get(url + "/late").then().statusCode(200).body("total", equalTo(1)).body("items[0].attendeeId", equalTo((int) late))
                .body("items[0].minutesLate", equalTo(17)).body("items[0].venueName", equalTo("Hội trường A"));
    }

    @Test
    void theLiveCountersMoveWhenSomeoneComesIn() throws Exception {
        Door d = door(2);
        String url = "/api/events/" + d.s().eventId() + "/check-ins";
        BlockingQueue<String> events = new ArrayBlockingQueue<>(100);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + url + "/stream"))
                .header("Authorization", "Bearer " + token("congan")).header("Accept", "text/event-stream").build();
        var response = http.sendAsync(req, HttpResponse.BodyHandlers.ofInputStream()).get(20, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) if (line.startsWith("data:")) events.add(line.substring(5).trim());
            } catch (java.io.IOException ignored) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        String first = events.poll(20, TimeUnit.SECONDS);
        assertTrue(first != null && first.contains("\"checkedIn\":0"), "the counters at once: " + first);
        as("congan").body(Map.of("token", d.tokens()[0])).post(url).then().statusCode(201);
        String next = events.poll(20, TimeUnit.SECONDS);
        assertTrue(next != null && next.contains("\"checkedIn\":1") && next.contains("\"expected\":2"), "after the check-in: " + next);
        response.body().close();
        // the stream follows the counters' rule
        HttpRequest other = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + url + "/stream"))
                .header("Authorization", "Bearer " + token("sogddt")).header("Accept", "text/event-stream").timeout(Duration.ofSeconds(20)).build();
        assertEquals(403, http.send(other, HttpResponse.BodyHandlers.discarding()).statusCode());
        // what the fuzzer leaves to this test: a malformed or unknown event, and no token, are answered at once
        for (String bad : List.of("abc", "999999999")) {
            HttpRequest r = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/events/" + bad + "/check-ins/stream"))
                    .header("Authorization", "Bearer " + token("congan")).timeout(Duration.ofSeconds(20)).build();
            int status = http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(status == 400 || status == 404, bad + " → " + status);
        }
        HttpRequest anonymous = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + url + "/stream"))
                .timeout(Duration.ofSeconds(20)).build();
        assertEquals(401, http.send(anonymous, HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void cardsPrintEightToASheetWithTheShortCodeForTheOrganisersOrTheAgencysOwn() throws Exception {
        Door d = door(5);
        String url = "/api/events/" + d.s().eventId() + "/invitations.pdf";
        byte[] pdf = as("congan").get(url).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            for (String c : d.codes()) assertTrue(text.contains(ShortCode.format(c)), c);
            assertTrue(text.contains("THẺ ĐẠI BIỂU"));
            assertFalse(text.contains("0907") || text.contains("Phụ huynh"), "no contact or guardian on a card");
        }
        as("sogddt").queryParam("venue", d.s().hallId()).get(url).then().statusCode(200);
        raw("sonoivu").get(url).then().statusCode(422); // none of its own
        raw("congan").queryParam("venue", d.s().relayId()).get(url).then().statusCode(422).body("errors[0].field", notNullValue());
    }
}
