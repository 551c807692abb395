package vn.safeonline.security;

import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.draftWithTask;
import static vn.safeonline.support.Api.issue;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.unique;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fresh objects of the demo deployment, made as its users make them (after attendee/CeremonyTest). */
final class Fixtures {
    private Fixtures() {
    }

    record Ceremony(long planId, long taskId, long eventId, long quotaId) {
    }

    /** An issued plan with an event and a student quota of the given size for Sở GD&ĐT (congan organises). */
    static Ceremony ceremony(int places) {
        long[] plan = draftWithTask("Lễ thử an ninh " + unique(), "SO-GDDT", LocalDate.now().plusDays(20), null);
        issue(plan[0]);
        var event = Map.of("title", "Lễ phát động", "startsAt", "2027-05-29T08:00:00+07:00", "endsAt", "2027-05-29T11:30:00+07:00",
                "format", "LIVE_RELAY", "expectedAttendance", 275, "chair", "Lãnh đạo UBND thành phố",
                "venues", List.of(Map.of("name", "Hội trường Công an thành phố", "address", "Số 9A Trần Phú", "capacity", 300, "main", true)));
        long eventId = ((Number) as("congan").body(event).post("/api/plans/" + plan[0] + "/events").then().statusCode(201).extract().path("id")).longValue();
        long category = ((Number) as("congan").get("/api/plans/" + plan[0] + "/invitee-categories").then().statusCode(200)
                .extract().path("items.find { it.code == 'STUDENT' }.id")).longValue();
        var quota = new HashMap<String, Object>(Map.of("ownerOrganizationId", orgId("SO-GDDT"), "categoryId", category, "count", places,
                "deadline", OffsetDateTime.now().plusDays(5).toString()));
        long quotaId = ((Number) as("congan").body(quota).post("/api/events/" + eventId + "/quotas").then().statusCode(201).extract().path("id")).longValue();
        return new Ceremony(plan[0], plan[1], eventId, quotaId);
    }

    static Map<String, Object> student(String name) {
        return new HashMap<>(Map.of("fullName", name, "school", "Trường THPT Châu Văn Liêm", "grade", "10A1",
                "guardianName", "Phụ huynh " + name, "guardianPhone", "0918 000 111", "difficultCircumstances", true));
    }

    static long submit(long quotaId, String name) {
        return ((Number) as("sogddt").body(student(name)).post("/api/quotas/" + quotaId + "/attendees").then().statusCode(201).extract().path("id")).longValue();
    }
}
