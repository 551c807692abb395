package vn.safeonline.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static vn.safeonline.support.Api.raw;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import vn.safeonline.support.Api;

/** Every error is RFC 9457, in the caller's language, in our words: no framework or parser text. */
@QuarkusTest
class ProblemLanguageTest {

    @Test
    void validationMessagesAreVietnameseByDefaultAndEnglishOnRequest() {
        Map<String, Object> empty = Map.of("title", "");
        raw("ubnd").body(empty).post("/api/plans").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("detail", containsString("trường không hợp lệ"))
                .body("errors.message", hasItem("không được để trống"))
                .body("errors.message", everyItem(not(matchesPattern("(?s).*\\b(must|size|required)\\b.*"))));
        raw("ubnd").header("Accept-Language", "en").body(empty).post("/api/plans").then().statusCode(400)
                .body("title", equalTo("Validation failed"))
                .body("detail", containsString("fields are invalid"))
                .body("errors.message", hasItem("must not be blank"))
                .body("errors.message", everyItem(not(matchesPattern("(?s).*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỷỹỵ].*"))));
        Map<String, Object> badPhone = new HashMap<>(Api.planInput("Số điện thoại sai"));
        badPhone.put("title", "x".repeat(2000));
        raw("ubnd").header("Accept-Language", "en-GB,en;q=0.9,vi;q=0.5").body(badPhone).post("/api/plans").then().statusCode(400)
                .body("errors.message", everyItem(startsWith("size must be between")));
    }

    /** English words no Vietnamese word is spelled as, and the words of Bean Validation's own English messages. */
    static final Pattern ENGLISH = Pattern.compile("(?i)\\b(the|and|of|is|are|must|not|please|with|your|you|this|that|from|will|be|cannot|should"
            + "|has|have|for|or|between|size|blank|required|invalid|null|empty|greater|less|exist|may)\\b");
    static final Pattern VIETNAMESE = Pattern.compile("(?i)[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]");

    /** Every text of a problem a person reads: its title, its detail and its field messages. */
    static List<String> texts(JsonPath problem) {
        List<String> texts = new ArrayList<>();
        texts.add(problem.getString("title"));
        if (problem.getString("detail") != null) texts.add(problem.getString("detail"));
        List<String> messages = problem.getList("errors.message");
        if (messages != null) texts.addAll(messages);
        return texts;
    }

    record Bad(String what, Function<RequestSpecification, io.restassured.response.Response> send) {
    }

    @Test
    void badInputIsAnsweredInVietnameseByDefaultAndInEnglishOnRequestWithNoWordOfTheOther() {
        Map<String, Object> tooLong = new HashMap<>(Api.planInput("Quá dài"));
        tooLong.put("title", "x".repeat(2000));
        Map<String, Object> badDate = new HashMap<>(Api.planInput("Ngày sai"));
        badDate.put("startDate", "ngày mai");
        List<Bad> bad = List.of(
                new Bad("a blank title (Bean Validation)", r -> r.body(Map.of("title", "")).post("/api/plans")),
                new Bad("a title too long (Bean Validation)", r -> r.body(tooLong).post("/api/plans")),
                new Bad("a date that does not parse", r -> r.body(badDate).post("/api/plans")),
                new Bad("a sort by an unknown field", r -> r.queryParam("sort", "nosuch").get("/api/plans")),
                new Bad("a sort of the wrong form", r -> r.queryParam("sort", "a;b").get("/api/plans")),
                new Bad("a plan that does not exist", r -> r.get("/api/plans/987654321")),
                new Bad("a role that may not", r -> r.body(Api.planInput("Không được phép")).post("/api/plans")));
        for (Bad b : bad) {
            for (boolean english : new boolean[]{false, true}) {
                RequestSpecification r = given().contentType("application/json")
                        .header("Authorization", "Bearer " + Api.token(b.what().startsWith("a role") ? "xem" : "ubnd"));
                if (english) r = r.header("Accept-Language", "en-US,en;q=0.9");
                io.restassured.response.Response res = b.send().apply(r);
                Assertions.assertTrue(res.statusCode() >= 400 && res.statusCode() < 500, b.what() + ": " + res.statusCode());
                for (String text : texts(res.jsonPath())) {
                    if (english) {
                        Assertions.assertFalse(VIETNAMESE.matcher(text).find(), b.what() + ", in English: " + text);
                    } else {
                        Assertions.assertFalse(ENGLISH.matcher(text).find(), b.what() + ", in Vietnamese: " + text);
                    }
                }
            }
        }
        // and without a token at all
        Assertions.assertFalse(VIETNAMESE.matcher(String.join(" ", texts(given().header("Accept-Language", "en").get("/api/plans").jsonPath()))).find());
        Assertions.assertFalse(ENGLISH.matcher(String.join(" ", texts(given().get("/api/plans").jsonPath()))).find());
    }

    @Test
    void frameworkTextNeverReachesTheDetail() {
        raw("ubnd").contentType("text/plain").body("x").post("/api/plans").then().statusCode(415)
                .contentType(startsWith("application/problem+json")).body("detail", not(containsString("@Consumes")));
        raw("ubnd").get("/api/no-such-thing").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("detail", not(containsString("Unable to find")));
        raw("ubnd").body("{\"title\": ").post("/api/plans").then().statusCode(400)
                .body("detail", equalTo("Nội dung JSON không đọc được"));
        raw("ubnd").delete("/api/plans").then().statusCode(405).body("detail", not(containsString("HTTP 405")));
        raw("ubnd").queryParam("page", "abc").get("/api/plans").then().statusCode(org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(400)).and(org.hamcrest.Matchers.lessThan(500)))
                .body("detail", not(containsString("HTTP 4")));
    }

    @Test
    void datesOutsideWhatTheDatabaseStoresAreFieldErrors() {
        for (Object date : new Object[]{"+999999999-12-31", "10000-01-01", "0000-12-31", "-0001-01-01", 20260101, 99999999999L, java.util.List.of(2026, 1, 1)}) {
            Map<String, Object> in = new HashMap<>(Api.planInput("Ngày ngoài khoảng"));
            in.put("startDate", date);
            raw("ubnd").body(in).post("/api/plans").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("startDate"))
                    .body("detail", not(containsString("java.")));
        }
        Map<String, Object> in = new HashMap<>(Api.planInput("Ngày trong khoảng"));
        in.put("startDate", "9999-12-31");
        raw("ubnd").body(in).post("/api/plans").then().statusCode(201);
    }

    @Test
    void aDateTimeOutsideTheRangeIsAFieldErrorToo() {
        Map<String, Object> in = Map.of("title", "Cuộc thi ngày xa", "categories", java.util.List.of("DRAWING"),
                "opensAt", "+999999999-12-31T00:00:00Z", "closesAt", "2030-01-01T00:00:00+07:00", "judgesPerEntry", 1,
                "criteria", java.util.List.of(Map.of("name", "Nội dung", "weight", 100, "maxScore", 10)));
        given().contentType("application/json").header("Authorization", "Bearer " + Api.token("congan")).body(in)
                .post("/api/campaigns/" + vn.safeonline.campaign.CampaignTest.demoCampaign() + "/contests").then()
                .statusCode(400).body("errors.field", hasItem("opensAt"));
    }
}
