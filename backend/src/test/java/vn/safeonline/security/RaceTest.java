package vn.safeonline.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.safeonline.attendee.Attendee;
import vn.safeonline.support.Api;

/**
 * The races of attendee/CeremonyTest, each run 20 times: a race that holds once in a while is not
 * held. Each round starts all requests behind one latch so they really overlap.
 */
@QuarkusTest
@Tag("security")
class RaceTest {
    static final int ROUNDS = 20;
    static ExecutorService pool;

    @BeforeAll
    static void threads() {
        pool = Executors.newFixedThreadPool(20);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    /** One event per round under one issued plan, with a fresh student quota of the given size for Sở GD&ĐT. */
    static final class Ceremony {
        final Fixtures.Ceremony base = Fixtures.ceremony(1);
        final long category = ((Number) as("congan").get("/api/plans/" + base.planId() + "/invitee-categories").then().statusCode(200)
                .extract().path("items.find { it.code == 'STUDENT' }.id")).longValue();

        long quota(int places) {
            var event = Map.of("title", "Vòng " + unique(), "startsAt", "2027-05-29T08:00:00+07:00", "endsAt", "2027-05-29T11:30:00+07:00",
                    "format", "IN_PERSON", "venues", List.of(Map.of("name", "Hội trường", "capacity", 300, "main", true)));
            long eventId = ((Number) as("congan").body(event).post("/api/plans/" + base.planId() + "/events").then().statusCode(201).extract().path("id")).longValue();
            var q = new HashMap<String, Object>(Map.of("ownerOrganizationId", Api.orgId("SO-GDDT"), "categoryId", category, "count", places,
                    "deadline", OffsetDateTime.now().plusDays(5).toString()));
            return ((Number) as("congan").body(q).post("/api/events/" + eventId + "/quotas").then().statusCode(201).extract().path("id")).longValue();
        }

        long eventOf(long quota) {
            return ((Number) as("congan").get("/api/quotas/" + quota).then().statusCode(200).extract().path("eventId")).longValue();
        }
    }

    /** Runs the calls together (behind one latch) and returns their answers in order. */
    static List<Response> together(List<Callable<Response>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (Callable<Response> c : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return c.call();
            }));
        }
        start.countDown();
        List<Response> out = new ArrayList<>();
        for (Future<Response> f : futures) out.add(f.get());
        return out;
    }

    static Map<Integer, Integer> histogram(List<Response> answers) {
        Map<Integer, Integer> h = new TreeMap<>();
        answers.forEach(r -> h.merge(r.statusCode(), 1, Integer::sum));
        return h;
    }

    @Test
    void fiftySubmissionsForTenPlacesStoreTenEveryTime() throws Exception {
        Ceremony c = new Ceremony();
        String token = Api.token("sogddt");
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long quota = c.quota(10);
            String url = "/api/quotas/" + quota + "/attendees";
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                var body = Fixtures.student("Học sinh " + unique());
                calls.add(() -> given().contentType("application/json").header("Authorization", "Bearer " + token).body(body).post(url));
            }
            Map<Integer, Integer> h = histogram(together(calls));
            int stored = ((Number) as("congan").get(url).then().statusCode(200).extract().path("total")).intValue();
            if (stored != 10 || h.getOrDefault(201, 0) != 10 || h.getOrDefault(409, 0) != 40) {
                failures.add("round " + round + ": answers " + h + ", stored " + stored);
            }
        }
        System.out.println("[security] races: 50 submissions for 10 places × " + ROUNDS + ", " + failures.size() + " rounds wrong");
        assertTrue(failures.isEmpty(), "the quota did not hold:\n" + String.join("\n", failures));
    }

    @Test
    void twentyScansOfOneInvitationCheckInOnceEveryTime() throws Exception {
        Ceremony c = new Ceremony();
        long quota = c.quota(ROUNDS);
        long event = c.eventOf(quota);
        String door = "/api/events/" + event + "/check-ins";
        String token = Api.token("congan");
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long attendee = Fixtures.submit(quota, "Đại biểu " + unique());
            String invitation = Attendee.<Attendee>findByIdOptional(attendee).map(a -> a.invitationToken).orElseThrow();
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> given().contentType("application/json").header("Authorization", "Bearer " + token)
                        .body(Map.of("token", invitation)).post(door));
            }
            Map<Integer, Integer> h = histogram(together(calls));
            if (h.getOrDefault(201, 0) != 1 || h.getOrDefault(200, 0) != 19) failures.add("round " + round + ": answers " + h);
        }
        int checkedIn = ((Number) as("congan").get(door + "/counts").then().statusCode(200).extract().path("checkedIn")).intValue();
        if (checkedIn != ROUNDS) failures.add("counted " + checkedIn + " check-ins for " + ROUNDS + " delegates");
        System.out.println("[security] races: 20 scans of one invitation × " + ROUNDS + ", " + failures.size() + " wrong");
        assertTrue(failures.isEmpty(), "the door let a delegate in twice (or not at all):\n" + String.join("\n", failures));
    }

    @Test
    void twentyRequestsWithOneIdempotencyKeyMakeOneObjectEveryTime() throws Exception {
        Ceremony c = new Ceremony();
        long quota = c.quota(ROUNDS + 5);
        String url = "/api/quotas/" + quota + "/attendees";
        String token = Api.token("sogddt");
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String key = "secc-" + round + "-" + unique();
            var body = Fixtures.student("Học sinh khóa " + unique());
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> given().contentType("application/json").header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", key).body(body).post(url));
            }
            List<Response> answers = together(calls);
            Map<Integer, Integer> h = histogram(answers);
            java.util.Set<Object> ids = new java.util.HashSet<>();
            for (Response r : answers) if (r.statusCode() == 201) ids.add(r.jsonPath().get("id"));
            if (h.getOrDefault(201, 0) != 20 || ids.size() != 1) failures.add("round " + round + ": answers " + h + ", ids " + ids);
        }
        int stored = ((Number) as("sogddt").get(url).then().statusCode(200).extract().path("total")).intValue();
        if (stored != ROUNDS) failures.add("stored " + stored + " delegates for " + ROUNDS + " keys");
        System.out.println("[security] races: 20 requests with one Idempotency-Key × " + ROUNDS + ", " + failures.size() + " wrong");
        assertTrue(failures.isEmpty(), "one key did not make one object with one answer:\n" + String.join("\n", failures));
    }
}
