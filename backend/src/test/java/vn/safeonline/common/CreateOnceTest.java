package vn.safeonline.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.planInput;
import static vn.safeonline.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.safeonline.support.Api;

/**
 * Every create the SPA's dialogs call honours Idempotency-Key through {@link Idempotency#once}: the same key and body answer the first
 * creation (one record), the same key with another body is 422 idempotency-key-reused, and a refused creation releases its key.
 */
@QuarkusTest
class CreateOnceTest {

    /** Posts twice with one key (one record, the second answer replayed), then another body with that key (422); returns the id. */
    private static long once(String user, String path, Map<String, Object> body, Map<String, Object> other) {
        String key = "once-" + unique();
        Number first = as(user).header(Idempotency.HEADER, key).body(body).post(path).then().statusCode(201).extract().path("id");
        Number again = as(user).header(Idempotency.HEADER, key).body(body).post(path).then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first.longValue(), again.longValue(), path + ": a replay answers the first creation");
        as(user).header(Idempotency.HEADER, key).body(other).post(path).then().statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"))
                .body("errors[0].field", equalTo(Idempotency.HEADER));
        return first.longValue();
    }

    private static Map<String, Object> with(Map<String, Object> m, String field, Object value) {
        var copy = new HashMap<>(m);
        copy.put(field, value);
        return copy;
    }

    @Test
    void everyCreateOfTheDialogsHappensOncePerKey() {
        String title = "Kế hoạch một lần " + unique();
        long plan = once("ubnd", "/api/plans", planInput(title), planInput(title + " khác"));
        as("ubnd").queryParam("q", title).get("/api/plans").then().statusCode(200).body("items.findAll { it.title == '" + title + "' }", hasSize(1));

        var task = Map.<String, Object>of("leadOrganizationId", orgId("SO-GDDT"), "text", "Nhiệm vụ một lần", "dueDate", LocalDate.now().plusDays(30).toString());
        once("ubnd", "/api/plans/" + plan + "/tasks", task, with(task, "text", "Nhiệm vụ khác"));
        as("ubnd").get("/api/plans/" + plan + "/tasks").then().statusCode(200).body("items", hasSize(1));

        var event = Map.<String, Object>of("title", "Lễ phát động một lần", "startsAt", "2027-05-29T08:00:00+07:00", "endsAt", "2027-05-29T11:30:00+07:00",
                "format", "LIVE_RELAY", "expectedAttendance", 100, "chair", "Lãnh đạo",
                "venues", List.of(Map.of("name", "Hội trường", "address", "Số 1", "capacity", 100, "main", true)));
        // a refused creation (422, the end before the start) releases the key: the corrected event is made with it
        String key = "once-" + unique();
        as("ubnd").header(Idempotency.HEADER, key).body(with(event, "endsAt", "2027-05-29T07:00:00+07:00")).post("/api/plans/" + plan + "/events")
                .then().statusCode(422);
        long eventId = ((Number) as("ubnd").header(Idempotency.HEADER, key).body(event).post("/api/plans/" + plan + "/events").then().statusCode(201)
                .extract().path("id")).longValue();
        once("ubnd", "/api/plans/" + plan + "/events", with(event, "title", "Hội nghị một lần"), with(event, "title", "Hội nghị khác"));

        Object category = as("ubnd").get("/api/plans/" + plan + "/invitee-categories").then().statusCode(200)
                .extract().path("items.find { it.code == 'ASSOCIATION' }.id");
        var quota = Map.<String, Object>of("ownerOrganizationId", orgId("SO-GDDT"), "categoryId", category, "count", 5,
                "deadline", OffsetDateTime.now().plusDays(5).toString());
        long quotaId = once("ubnd", "/api/events/" + eventId + "/quotas", quota, with(quota, "count", 6));
        Api.issue(plan);
        var person = Map.<String, Object>of("fullName", "Nguyễn Văn Một", "unit", "Hội Khuyến học");
        long attendee = ((Number) as("sogddt").body(person).post("/api/quotas/" + quotaId + "/attendees").then().statusCode(201).extract().path("id")).longValue();
        once("sogddt", "/api/attendees/" + attendee + "/replacement", with(person, "fullName", "Trần Thị Hai"), with(person, "fullName", "Lê Văn Ba"));

        var campaign = Map.<String, Object>of("name", "Chiến dịch một lần", "startsOn", LocalDate.now().minusDays(7).toString(),
                "endsOn", LocalDate.now().plusDays(40).toString(), "hashtags", List.of("#motlan"), "pledgeTemplates", List.of("Tôi cam kết an toàn trên mạng."));
        long campaignId = once("ubnd", "/api/plans/" + plan + "/campaigns", campaign, with(campaign, "name", "Chiến dịch khác"));
        var target = Map.<String, Object>of("name", "Mục tiêu một lần", "kind", "UNITS_WITH_ACTIVITY", "activityType", "ANNOUNCEMENT_POST");
        once("ubnd", "/api/campaigns/" + campaignId + "/targets", target, with(target, "name", "Mục tiêu khác"));
        var contest = Map.<String, Object>of("title", "Cuộc thi một lần", "categories", List.of("DRAWING"),
                "opensAt", OffsetDateTime.now().minusDays(1).toString(), "closesAt", OffsetDateTime.now().plusDays(10).toString(),
                "criteria", List.of(Map.of("name", "Nội dung", "weight", 100, "maxScore", 10)));
        once("ubnd", "/api/campaigns/" + campaignId + "/contests", contest, with(contest, "title", "Cuộc thi khác"));
        var question = Map.<String, Object>of("text", "Mật khẩu an toàn là gì?", "options", List.of("123456", "Một cụm từ dài, riêng"), "correctIndex", 1,
                "explanation", "Cụm từ dài khó đoán.");
        long questionId = once("ubnd", "/api/campaigns/" + campaignId + "/quiz/questions", question, with(question, "text", "Câu hỏi khác?"));
        var quiz = Map.<String, Object>of("title", "Đố vui một lần", "questionIds", List.of(questionId));
        once("ubnd", "/api/campaigns/" + campaignId + "/quiz/quizzes", quiz, with(quiz, "title", "Đố vui khác"));
        as("ubnd").get("/api/campaigns/" + campaignId + "/quiz/quizzes").then().statusCode(200).body("items", hasSize(1));
    }
}
