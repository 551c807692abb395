package vn.safeonline.attendee;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.draftWithTask;
import static vn.safeonline.support.Api.issue;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.raw;
import static vn.safeonline.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class CeremonyTest {

    public record Setup(long planId, long eventId, long hallId, long relayId, long studentQuota, long associationQuota) {
    }

    static long categoryId(long planId, String code) {
        return ((Number) as("congan").get("/api/plans/" + planId + "/invitee-categories").then().statusCode(200)
                .extract().path("items.find { it.code == '" + code + "' }.id")).longValue();
    }

    /** A fresh issued plan with an event (hall + relay point), 10 student places for Sở GD&ĐT, 2 past-deadline places for Sở Nội vụ. */
    public static Setup setup(int students) {
        long planId = draftWithTask("Lễ phát động thử " + unique(), "SO-GDDT", null, null)[0];
        issue(planId);
        var event = Map.of("title", "Lễ phát động", "startsAt", "2027-05-29T08:00:00+07:00", "endsAt", "2027-05-29T11:30:00+07:00",
                "format", "LIVE_RELAY", "expectedAttendance", 275, "chair", "Lãnh đạo UBND thành phố",
                "venues", List.of(Map.of("name", "Hội trường Công an thành phố", "address", "Số 9A Trần Phú", "capacity", 300, "main", true),
                        Map.of("name", "Điểm cầu phường Ninh Kiều", "capacity", 50, "main", false)));
        var created = as("congan").body(event).post("/api/plans/" + planId + "/events").then().statusCode(201)
                .body("venues[0].main", equalTo(true)).body("canManage", equalTo(true)).extract();
        long eventId = ((Number) created.path("id")).longValue();
        long hall = ((Number) created.path("venues[0].id")).longValue();
        long relay = ((Number) created.path("venues[1].id")).longValue();
        long studentQuota = quota(eventId, "SO-GDDT", categoryId(planId, "STUDENT"), students, OffsetDateTime.now().plusDays(5));
        long associations = quota(eventId, "SO-NOIVU", categoryId(planId, "ASSOCIATION"), 2, OffsetDateTime.now().minusHours(1));
        return new Setup(planId, eventId, hall, relay, studentQuota, associations);
    }

    static long quota(long eventId, String owner, long category, Integer count, OffsetDateTime deadline) {
        var body = new HashMap<String, Object>(Map.of("ownerOrganizationId", orgId(owner), "categoryId", category, "deadline", deadline.toString()));
        if (count != null) body.put("count", count);
        return ((Number) as("congan").body(body).post("/api/events/" + eventId + "/quotas").then().statusCode(201)
                .body("receiver.code", equalTo("CA-TP")).extract().path("id")).longValue();
    }

    public static Map<String, Object> student(String name, String phone) {
        var m = new HashMap<String, Object>(Map.of("fullName", name, "school", "Trường THPT Châu Văn Liêm", "grade", "10A1",
                "guardianName", "Phụ huynh " + name, "guardianPhone", "0918 000 111", "difficultCircumstances", true));
        if (phone != null) m.put("phone", phone);
        return m;
    }

    @Test
    void theDemoCeremonyHasPlanAsQuotasAndTheMatrixAddsUp() {
        long planId = ((Number) as("congan").queryParam("q", "le phat dong chuong trinh").get("/api/plans").then().extract().path("items[0].id")).longValue();
        long eventId = ((Number) as("congan").get("/api/plans/" + planId + "/events").then().statusCode(200)
                .body("items[0].expectedAttendance", equalTo(275)).extract().path("items[0].id")).longValue();
        long students = categoryId(planId, "STUDENT");
        as("congan").get("/api/events/" + eventId + "/quota-matrix").then().statusCode(200)
                .body("expectedAttendance", equalTo(275))
                .body("total.quota", equalTo(135))
                .body("rows.find { it.organization.code == 'SO-GDDT' }.cells['" + students + "'].quota", equalTo(50))
                .body("rows.find { it.organization.code == 'SO-GDDT' }.cells['" + students + "'].submitted", equalTo(31))
                .body("rows.find { it.organization.code == 'SO-GDDT' }.totals.submitted", equalTo(43))
                .body("rows.find { it.organization.code == 'CA-TP' }.totals.confirmed", equalTo(1));
        // the demo's dates follow the day it was loaded: the lists are due with the Department's task (III.2), still open
        String due = as("sogddt").queryParam("size", 100).get("/api/plans/" + planId + "/tasks").then().statusCode(200)
                .extract().path("items.find { it.label == 'III.2' }.dueDate");
        java.util.List<String> deadlines = as("sogddt").get("/api/events/" + eventId + "/quotas").then().statusCode(200)
                .body("total", equalTo(2)).body("items.owner.code", everyItem(equalTo("SO-GDDT")))
                .body("items.locked", everyItem(equalTo(false))).extract().path("items.deadline");
        for (String d : deadlines) {
            var local = OffsetDateTime.parse(d).atZoneSameInstant(vn.safeonline.common.BusinessClock.ZONE).toLocalDateTime();
            org.junit.jupiter.api.Assertions.assertEquals(due + "T23:59:59", local.toString(), "the lists are due at the end of the task's due day");
        }
        as("sogddt").get("/api/events/" + eventId + "/quota-matrix").then().statusCode(403);
    }

    @Test
    void anAgencySubmitsWithinItsQuotaAndDeadlineOnly() {
        Setup s = setup(2);
        String url = "/api/quotas/" + s.studentQuota() + "/attendees";
        as("sogddt").body(Map.of("fullName", "Lê Thị Thu")).post(url).then().statusCode(422)
                .body("errors.field", hasItem("school")).body("errors.field", hasItem("grade"));
        as("sogddt").body(student("Lê Thị Thu", null)).post(url).then().statusCode(201)
                .body("venueId", equalTo((int) s.hallId())).body("status", equalTo("SUBMITTED"));
        var relay = new HashMap<>(student("Trần Minh Khoa", null));
        relay.put("venueId", s.relayId());
        as("sogddt").body(relay).post(url).then().statusCode(201).body("venueName", equalTo("Điểm cầu phường Ninh Kiều"));
        as("sogddt").body(student("Phạm Gia Bảo", null)).post(url).then().statusCode(409)
                .body("code", equalTo("quota-exceeded")).body("detail", org.hamcrest.Matchers.containsString("là 2, đã gửi 2"));
        as("sonoivu").body(student("Người ngoài", null)).post(url).then().statusCode(404); // not its quota: it cannot even see it
        as("congan").body(student("Người ngoài", null)).post(url).then().statusCode(403); // organisers do not fill an agency's list

        String late = "/api/quotas/" + s.associationQuota() + "/attendees";
        as("sonoivu").body(Map.of("fullName", "Võ Văn Hội", "unit", "Hội Luật gia thành phố")).post(late).then().statusCode(409)
                .body("code", equalTo("deadline-passed"));
        as("sonoivu").body(Map.of("until", OffsetDateTime.now().plusDays(1).toString())).post("/api/quotas/" + s.associationQuota() + "/extensions")
                .then().statusCode(403);
        as("congan").body(Map.of("until", OffsetDateTime.now().plusDays(1).toString())).post("/api/quotas/" + s.associationQuota() + "/extensions")
                .then().statusCode(200).body("locked", equalTo(false)).body("extendedUntil", notNullValue());
        as("sonoivu").body(Map.of("fullName", "Võ Văn Hội", "unit", "Hội Luật gia thành phố")).post(late).then().statusCode(201);
    }

    @Test
    void fiftySimultaneousSubmissionsAgainstTenPlacesAcceptExactlyTen() throws Exception {
        Setup s = setup(10);
        String url = "/api/quotas/" + s.studentQuota() + "/attendees";
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            results.add(pool.submit((Callable<Integer>) () -> raw("sogddt").body(student("Học sinh số " + n, null)).post(url).statusCode()));
        }
        int created = 0;
        int refused = 0;
        for (Future<Integer> f : results) {
            int status = f.get();
            if (status == 201) created++;
            else if (status == 409) refused++;
        }
        pool.shutdown();
        assertEquals(10, created, "accepted");
        assertEquals(40, refused, "refused with 409");
        as("congan").get(url).then().body("total", equalTo(10));
    }

    @Test
    void anIdempotencyKeyMakesARetrySafe() {
        Setup s = setup(5);
        String url = "/api/quotas/" + s.studentQuota() + "/attendees";
        String key = "he-thong-truong-" + unique();
        int first = ((Number) as("sogddt").header("Idempotency-Key", key).body(student("Đỗ Ngọc Mai", null)).post(url).then().statusCode(201)
                .extract().path("id")).intValue();
        as("sogddt").header("Idempotency-Key", key).body(student("Đỗ Ngọc Mai", null)).post(url).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as("sogddt").header("Idempotency-Key", key).body(student("Người khác", null)).post(url).then().statusCode(422)
                .body("code", equalTo("idempotency-key-reused"));
        as("sogddt").get(url).then().body("total", equalTo(1));
    }

    @Test
    void thePersonSubmittedTwiceIsFlaggedAcrossAgencies() {
        Setup s = setup(5);
        long ngo = s.associationQuota();
        as("congan").body(Map.of("until", OffsetDateTime.now().plusDays(1).toString())).post("/api/quotas/" + ngo + "/extensions").then().statusCode(200);
        int first = ((Number) as("sogddt").body(student("Nguyễn Văn A", "0939.111.222")).post("/api/quotas/" + s.studentQuota() + "/attendees")
                .then().statusCode(201).body("duplicateOfId", nullValue()).extract().path("id")).intValue();
        int second = ((Number) as("sonoivu").body(Map.of("fullName", "Nguyen Van A", "phone", "+84 939 111 222", "unit", "Hội Khuyến học"))
                .post("/api/quotas/" + ngo + "/attendees").then().statusCode(201).body("duplicateOfId", equalTo(first)).extract().path("id")).intValue();
        // both rows of the pair are flagged, for the receiving agency and in the consolidated list's pair filter
        as("congan").get("/api/attendees/" + first).then().statusCode(200).body("duplicateOfId", equalTo(second))
                .body("duplicates[0].attendeeId", equalTo(second)).body("duplicates[0].keptBoth", equalTo(false));
        as("congan").queryParam("duplicates", true).get("/api/events/" + s.eventId() + "/attendees").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", org.hamcrest.Matchers.containsInAnyOrder(first, second));
        // the same name and unit without diacritics, by the spreadsheet's key, is the same pair rule (folded, with the agency's name)
        as("sogddt").body(student("Nguyen Van A", null)).post("/api/quotas/" + s.studentQuota() + "/attendees").then().statusCode(201)
                .body("duplicateOfId", equalTo(first));
        // exports mark the pairs
        List<String> marks = exportColumn(s.eventId(), "congan", "", 10);
        assertTrue(marks.stream().filter(m -> m.startsWith("Trùng với mã")).count() >= 3, marks.toString());
        // the organisers keep both: no longer an open pair; an agency cannot decide it
        as("sonoivu").post("/api/attendees/" + second + "/duplicates/" + first + "/keep-both").then().statusCode(403);
        as("congan").post("/api/attendees/" + second + "/duplicates/" + first + "/keep-both").then().statusCode(200)
                .body("duplicates.find { it.attendeeId == " + first + " }.keptBoth", equalTo(true));
        as("congan").post("/api/attendees/" + second + "/duplicates/" + 987654321 + "/keep-both").then().statusCode(404);
        // cancelling one ends its pairs and leaves it out of the export unless asked
        as("sonoivu").post("/api/attendees/" + second + "/cancel").then().statusCode(200);
        as("congan").get("/api/attendees/" + first).then().body("duplicates.attendeeId", org.hamcrest.Matchers.not(hasItem(second)));
        assertFalse(exportColumn(s.eventId(), "congan", "", 4).contains("Sở Nội vụ"), "the cancelled delegate is left out");
        assertTrue(exportColumn(s.eventId(), "congan", "&includeInactive=true", 4).contains("Sở Nội vụ"), "unless asked");
    }

    /** One column of the consolidated list's XLSX export, from the header row on. */
    static List<String> exportColumn(long eventId, String user, String query, int column) {
        byte[] xlsx = as(user).get("/api/events/" + eventId + "/attendees/export?format=xlsx" + query).then().statusCode(200).extract().asByteArray();
        List<String> out = new ArrayList<>();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx)); var rows = wb.getFirstSheet().openStream()) {
            rows.filter(r -> r.getCellText(0).matches("\\d+")) // the delegates' rows: numbered, below the title and the header
                    .forEach(r -> out.add(r.getCellAsString(column).orElse("")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void childrensPersonalDataReachesOnlyTheSubmitterAndTheReceiver() {
        Setup s = setup(5);
        int id = ((Number) as("sogddt").body(student("Bùi Thùy Vy", "0907 123 456")).post("/api/quotas/" + s.studentQuota() + "/attendees")
                .then().statusCode(201).body("guardianPhone", equalTo("0918 000 111")).extract().path("id")).intValue();
        as("congan").get("/api/attendees/" + id).then().statusCode(200) // the receiving agency
                .body("personalDataMasked", equalTo(false)).body("difficultCircumstances", equalTo(true));
        as("ubnd").get("/api/attendees/" + id).then().statusCode(200) // the issuer organises, but does not receive the list
                .body("personalDataMasked", equalTo(true)).body("phone", equalTo("********56"))
                .body("guardianName", nullValue()).body("difficultCircumstances", nullValue()).body("fullName", equalTo("Bùi Thùy Vy"));
        as("sonoivu").get("/api/attendees/" + id).then().statusCode(404);
        as("admin").queryParam("entityType", "attendee").get("/api/audit-events").then().statusCode(200)
                .body("items.action", hasItem("READ_PERSONAL_DATA"))
                .body("items.find { it.action == 'READ_PERSONAL_DATA' }.after.ids", hasItem(id));
    }

    @Test
    void theConsolidatedListSearchesWithoutDiacriticsInProtocolOrder() {
        Setup s = setup(5);
        as("sogddt").body(student("Nguyễn Văn Ánh", null)).post("/api/quotas/" + s.studentQuota() + "/attendees").then().statusCode(201);
        as("congan").queryParam("q", "nguyen van anh").get("/api/events/" + s.eventId() + "/attendees").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].fullName", equalTo("Nguyễn Văn Ánh"));
        as("sonoivu").get("/api/events/" + s.eventId() + "/attendees").then().statusCode(200).body("total", equalTo(0));
        raw("congan").queryParam("status", "LOST").get("/api/events/" + s.eventId() + "/attendees").then().statusCode(400);
    }

    @Test
    void atTheDoorTheFirstScanCountsAndARepeatSaysWhen() throws Exception {
        Setup s = setup(5);
        String url = "/api/quotas/" + s.studentQuota() + "/attendees";
        int id = ((Number) as("sogddt").body(student("Hồ Gia Linh", null)).post(url).then().statusCode(201).extract().path("id")).intValue();
        String token = Attendee.<Attendee>findByIdOptional((long) id).map(a -> a.invitationToken).orElseThrow();
        String door = "/api/events/" + s.eventId() + "/check-ins";

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> scans = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            scans.add(pool.submit((Callable<Integer>) () -> raw("congan").body(Map.of("token", token)).post(door).statusCode()));
        }
        int firsts = 0;
        int repeats = 0;
        for (Future<Integer> f : scans) {
            int status = f.get();
            if (status == 201) firsts++;
            else if (status == 200) repeats++;
        }
        pool.shutdown();
        assertEquals(1, firsts, "one check-in");
        assertEquals(19, repeats, "the others are told it is done");
        as("congan").body(Map.of("token", token)).post(door).then().statusCode(200)
                .body("outcome", equalTo("ALREADY_CHECKED_IN")).body("message", startsWith("Đã điểm danh lúc "));
        as("congan").get(door + "/counts").then().statusCode(200).body("checkedIn", equalTo(1)).body("expected", equalTo(1))
                .body("venues[0].checkedIn", equalTo(1)).body("venues[1].checkedIn", equalTo(0));
        as("sogddt").body(Map.of("token", token)).post(door).then().statusCode(403);
    }

    /** Venues reconcile: capacity holds on seating, a scan at the wrong venue warns, per-venue counts equal per-venue lists. */
    @Test
    void venuesHoldTheirCapacityWarnAtTheWrongDoorAndReconcile() throws Exception {
        Setup s = setup(1);
        var event = Map.of("title", "Lễ phát động (điểm cầu nhỏ)", "startsAt", "2027-05-29T08:00:00+07:00", "endsAt", "2027-05-29T11:30:00+07:00",
                "format", "LIVE_RELAY", "venues", List.of(Map.of("name", "Hội trường chính", "capacity", 300, "main", true),
                        Map.of("name", "Điểm cầu phường An Bình", "capacity", 1, "main", false)));
        var created = as("congan").body(event).post("/api/plans/" + s.planId() + "/events").then().statusCode(201).extract();
        long eventId = ((Number) created.path("id")).longValue();
        long hall = ((Number) created.path("venues[0].id")).longValue();
        long relay = ((Number) created.path("venues[1].id")).longValue();
        long q = quota(eventId, "SO-GDDT", categoryId(s.planId(), "STUDENT"), 5, OffsetDateTime.now().plusDays(5));
        String url = "/api/quotas/" + q + "/attendees";
        var a = new HashMap<>(student("Lâm Thảo Vy", null));
        a.put("venueId", relay);
        long atRelay = ((Number) as("sogddt").body(a).post(url).then().statusCode(201).extract().path("id")).longValue();
        var b = new HashMap<>(student("Đỗ Minh Khang", null));
        b.put("venueId", relay);
        as("sogddt").body(b).post(url).then().statusCode(409).body("code", equalTo("venue-full")).body("errors[0].field", equalTo("venueId"));
        long atHall = ((Number) as("sogddt").body(student("Đỗ Minh Khang", null)).post(url).then().statusCode(201).extract().path("id")).longValue();
        as("sogddt").body(student("Phan Ngọc Hân", null)).post(url).then().statusCode(201);

        String door = "/api/events/" + eventId + "/check-ins";
        as("congan").body(Map.of("attendeeId", atRelay, "venueId", hall)).post(door).then().statusCode(201)
                .body("warning", equalTo("Đại biểu ngồi tại Điểm cầu phường An Bình")).body("venueName", equalTo("Hội trường chính"))
                .body("seatVenueName", equalTo("Điểm cầu phường An Bình"));
        as("congan").body(Map.of("attendeeId", atHall, "venueId", hall)).post(door).then().statusCode(201).body("warning", equalTo(null));
        as("congan").body(Map.of("attendeeId", atRelay, "venueId", relay)).post(door).then().statusCode(200)
                .body("message", containsString("tại Hội trường chính"));

        var counts = as("congan").get(door + "/counts").then().statusCode(200).body("expected", equalTo(3)).body("checkedIn", equalTo(2)).extract();
        assertEquals(List.of(2, 1, 0, 1, 1), List.of((int) counts.path("venues[0].expected"), (int) counts.path("venues[0].checkedIn"),
                (int) counts.path("venues[0].arrivedElsewhere"), (int) counts.path("venues[0].absent"), (int) counts.path("venues[0].cameInFromElsewhere")));
        assertEquals(List.of(1, 1, 1, 0, 0), List.of((int) counts.path("venues[1].expected"), (int) counts.path("venues[1].checkedIn"),
                (int) counts.path("venues[1].arrivedElsewhere"), (int) counts.path("venues[1].absent"), (int) counts.path("venues[1].cameInFromElsewhere")));
        // each venue's counter equals its list: delegates seated there, and of them those checked in
        for (int i = 0; i < 2; i++) {
            long venue = i == 0 ? hall : relay;
            var list = as("congan").queryParam("venue", venue).get("/api/events/" + eventId + "/attendees").then().statusCode(200).extract();
            assertEquals((int) counts.path("venues[" + i + "].expected"), (int) list.path("total"));
            assertEquals((int) counts.path("venues[" + i + "].checkedIn"), ((List<?>) list.path("items.findAll { it.checkedInAt != null }")).size());
        }
        byte[] xlsx = as("congan").get(door + "/reconciliation.xlsx").then().statusCode(200).extract().asByteArray();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx)); var rows = wb.getFirstSheet().openStream()) {
            var relayRow = rows.filter(r -> "Điểm cầu phường An Bình".equals(r.getCellAsString(1).orElse(null))).findFirst().orElseThrow();
            assertEquals(List.of(1, 1, 1, 0), List.of(relayRow.getCellAsNumber(3).orElseThrow().intValue(), relayRow.getCellAsNumber(4).orElseThrow().intValue(),
                    relayRow.getCellAsNumber(5).orElseThrow().intValue(), relayRow.getCellAsNumber(6).orElseThrow().intValue()));
        }
        as("sogddt").get(door + "/reconciliation.xlsx").then().statusCode(403);
    }

    @Test
    void theDoorRefusesWhatIsNotAValidInvitation() {
        Setup s = setup(5);
        Setup other = setup(5);
        String url = "/api/quotas/" + s.studentQuota() + "/attendees";
        int cancelled = ((Number) as("sogddt").body(student("Ngô Bảo Châu", null)).post(url).then().statusCode(201).extract().path("id")).intValue();
        as("sogddt").post("/api/attendees/" + cancelled + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        String cancelledToken = Attendee.<Attendee>findByIdOptional((long) cancelled).map(a -> a.invitationToken).orElseThrow();
        as("congan").body(Map.of("token", cancelledToken)).post("/api/events/" + s.eventId() + "/check-ins").then().statusCode(409)
                .body("code", equalTo("not-admissible")).body("detail", org.hamcrest.Matchers.containsString("hủy"));
        int elsewhere = ((Number) as("sogddt").body(student("Dương Quốc Nam", null)).post("/api/quotas/" + other.studentQuota() + "/attendees")
                .then().statusCode(201).extract().path("id")).intValue();
        String otherToken = Attendee.<Attendee>findByIdOptional((long) elsewhere).map(a -> a.invitationToken).orElseThrow();
        as("congan").body(Map.of("token", otherToken)).post("/api/events/" + s.eventId() + "/check-ins").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("sự kiện khác"));
        as("congan").body(Map.of("token", "khong-co-that")).post("/api/events/" + s.eventId() + "/check-ins").then().statusCode(404);
        as("congan").body(Map.of()).post("/api/events/" + s.eventId() + "/check-ins").then().statusCode(400);
        // found by name at the door
        as("congan").body(Map.of("attendeeId", elsewhere)).post("/api/events/" + other.eventId() + "/check-ins").then().statusCode(201)
                .body("outcome", equalTo("CHECKED_IN"));
    }

    @Test
    void aDelegateWhoCannotComeIsReplacedOrDeclines() {
        Setup s = setup(1);
        String url = "/api/quotas/" + s.studentQuota() + "/attendees";
        int id = ((Number) as("sogddt").body(student("Lý Minh Tâm", null)).post(url).then().statusCode(201).extract().path("id")).intValue();
        as("sogddt").body(student("Lý Thanh Hà", null)).post("/api/attendees/" + id + "/replacement").then().statusCode(201)
                .body("replacesId", equalTo(id));
        as("sogddt").get("/api/attendees/" + id).then().body("status", equalTo("REPLACED"));
        int current = ((Number) as("sogddt").get(url).then().extract().path("items.find { it.status == 'SUBMITTED' }.id")).intValue();
        as("sogddt").post("/api/attendees/" + current + "/decline").then().statusCode(200).body("status", equalTo("DECLINED"));
        as("sogddt").body(student("Người thay", null)).post(url).then().statusCode(201); // the place is free again
        as("sogddt").post("/api/attendees/" + current + "/confirm").then().statusCode(409).body("code", equalTo("quota-exceeded"));
        // the matrix reads tallies kept by the database: after replace, decline and a new submission they equal the list
        String cell = "rows.find { it.organization.code == 'SO-GDDT' }.cells['" + categoryId(s.planId(), "STUDENT") + "']";
        as("congan").get("/api/events/" + s.eventId() + "/quota-matrix").then().statusCode(200)
                .body(cell + ".submitted", equalTo(1)).body(cell + ".confirmed", equalTo(0)).body(cell + ".declined", equalTo(1));
        int newest = ((Number) as("sogddt").get(url).then().extract().path("items.find { it.status == 'SUBMITTED' }.id")).intValue();
        as("sogddt").post("/api/attendees/" + newest + "/confirm").then().statusCode(200);
        as("congan").get("/api/events/" + s.eventId() + "/quota-matrix").then()
                .body(cell + ".submitted", equalTo(1)).body(cell + ".confirmed", equalTo(1)).body(cell + ".declined", equalTo(1));
    }

    @Test
    void quotasAreValidated() {
        Setup s = setup(3);
        long cat = categoryId(s.planId(), "STUDENT");
        as("congan").body(Map.of("ownerOrganizationId", orgId("SO-GDDT"), "categoryId", cat, "deadline", OffsetDateTime.now().plusDays(1).toString()))
                .post("/api/events/" + s.eventId() + "/quotas").then().statusCode(409).body("errors[0].field", equalTo("categoryId"));
        as("congan").body(Map.of("ownerOrganizationId", orgId("SO-GDDT"), "categoryId", 987654321, "deadline", OffsetDateTime.now().plusDays(1).toString()))
                .post("/api/events/" + s.eventId() + "/quotas").then().statusCode(422).body("errors[0].field", equalTo("categoryId"));
        as("sogddt").body(Map.of("ownerOrganizationId", orgId("SO-GDDT"), "categoryId", cat, "deadline", OffsetDateTime.now().plusDays(1).toString()))
                .post("/api/events/" + s.eventId() + "/quotas").then().statusCode(403);
        as("sogddt").body(student("A", null)).post("/api/quotas/" + s.studentQuota() + "/attendees").then().statusCode(201);
        as("sogddt").body(student("B", null)).post("/api/quotas/" + s.studentQuota() + "/attendees").then().statusCode(201);
        as("congan").header("If-Match", "\"0\"").body(Map.of("ownerOrganizationId", orgId("SO-GDDT"), "categoryId", cat, "count", 1,
                "deadline", OffsetDateTime.now().plusDays(1).toString())).put("/api/quotas/" + s.studentQuota()).then().statusCode(409)
                .body("errors[0].field", equalTo("count"));
        as("congan").body(Map.of("code", "ARTIST", "name", "Nghệ sĩ")).post("/api/plans/" + s.planId() + "/invitee-categories").then().statusCode(201);
        as("congan").get("/api/plans/" + s.planId() + "/invitee-categories").then().body("items.code", hasItem("ARTIST"));
        as("sogddt").get("/api/plans/" + s.planId() + "/invitee-categories").then().statusCode(200);
        long otherPlan = draftWithTask("Khác " + unique(), "SO-NOIVU", null, null)[0];
        as("congan").get("/api/plans/" + otherPlan + "/invitee-categories").then().body("items.code", not(hasItem("ARTIST")));
    }

    @Test
    void theOrganisersRemindAgenciesWhoseListsAreNotFilled() {
        Setup s = setup(3);
        as("sogddt").body(student("Mai Anh Thư", null)).post("/api/quotas/" + s.studentQuota() + "/attendees").then().statusCode(201);
        as("congan").post("/api/events/" + s.eventId() + "/quota-reminders").then().statusCode(200)
                .body("organizations", equalTo(1)).body("notified", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        as("sogddt").queryParam("unread", true).get("/api/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("QUOTA_REMINDER")).body("items[0].body", org.hamcrest.Matchers.containsString("Học sinh, trẻ em: 1/3"));
        as("sogddt").post("/api/events/" + s.eventId() + "/quota-reminders").then().statusCode(403);
    }
}
