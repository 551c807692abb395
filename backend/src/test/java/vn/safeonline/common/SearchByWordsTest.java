package vn.safeonline.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.safeonline.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.safeonline.attendee.CeremonyTest;

/** One search for every list: words folded, in any order, small words ignored. */
@QuarkusTest
class SearchByWordsTest {

    @Test
    void aQueryBecomesItsFoldedWordsWithoutTheSmallOnes() {
        assertEquals(List.of("%so%", "%giao%", "%duc%", "%dao%", "%tao%"), Search.words("Sở Giáo dục và Đào tạo").patterns());
        assertEquals(List.of("%va%"), Search.words("và").patterns(), "a query of small words only is searched as typed");
        assertEquals(List.of("%50\\%%"), Search.words("50%").patterns(), "wildcards stay literal");
        assertEquals(List.of(), Search.words("   ").patterns());
        Map<String, Object> params = new HashMap<>();
        assertEquals("(o.nameSearch like :q0 escape '\\' and o.nameSearch like :q1 escape '\\')", Search.words("cong an").where("o.nameSearch", "q", params));
        assertEquals(Map.of("q0", "%cong%", "q1", "%an%"), params);
    }

    @Test
    void plansAreFoundByWordsNotByAPhrase() {
        as("congan").queryParam("q", "bao ve tre em").get("/api/plans").then().statusCode(200)
                .body("items.title", hasItem(containsString("Bảo vệ và hỗ trợ trẻ em")));
        as("congan").queryParam("q", "tre em bao ve").get("/api/plans").then().statusCode(200)
                .body("items.title", hasItem(containsString("Bảo vệ và hỗ trợ trẻ em")));
        as("congan").queryParam("q", "khong mot minh can tho").get("/api/plans").then().statusCode(200)
                .body("items.title", hasItem(containsString("Không một mình")));
    }

    @Test
    void organisationsAreFoundWhateverTheOrderAndTheSmallWords() {
        for (String q : List.of("so giao duc dao tao", "Sở GIÁO DỤC và đào tạo", "dao tao giao duc")) {
            as("admin").queryParam("q", q).get("/api/organizations").then().statusCode(200)
                    .body("items.code", hasItem("SO-GDDT"));
        }
        as("admin").queryParam("q", "%").get("/api/organizations").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void delegatesAndTasksToo() {
        CeremonyTest.Setup s = CeremonyTest.setup(2);
        as("sogddt").body(CeremonyTest.student("Nguyễn Văn Ánh", null)).post("/api/quotas/" + s.studentQuota() + "/attendees").then().statusCode(201);
        as("congan").queryParam("q", "anh nguyen").get("/api/events/" + s.eventId() + "/attendees").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].fullName", equalTo("Nguyễn Văn Ánh"));
        as("congan").queryParam("q", "ho gia dinh tuyen truyen").get("/api/tasks").then().statusCode(200).body("total", greaterThan(0));
    }
}
