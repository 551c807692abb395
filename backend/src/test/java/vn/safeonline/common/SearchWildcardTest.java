package vn.safeonline.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.safeonline.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.safeonline.campaign.CampaignTest;

/** What a user types into a search box is text: %, _ and \ match themselves, never "anything". */
@QuarkusTest
class SearchWildcardTest {

    @Test
    void likeWildcardsInATermAreEscaped() {
        assertEquals("%a\\%b\\_c\\\\d%", Text.likePattern("A%b_c\\d"));
        assertEquals("%nguyễn\\%%", Text.likeLower(" Nguyễn% "));
        assertEquals("ubnd\\_%", Text.likePrefix("UBND_"));
    }

    @Test
    void userSearchTakesWildcardsLiterally() {
        as("admin").queryParam("q", "a").get("/api/users").then().statusCode(200).body("total", greaterThan(0));
        for (String q : List.of("%", "_", "\\", "%%", "a%", "_%_")) {
            as("admin").queryParam("q", q).get("/api/users").then().statusCode(200).body("total", equalTo(0));
        }
    }

    @Test
    void judgeCandidatesTakeWildcardsLiterally() {
        long campaign = CampaignTest.demoCampaign();
        OffsetDateTime opens = OffsetDateTime.now().plusDays(1);
        long contest = ((Number) as("congan").body(Map.of("title", "Cuộc thi tìm giám khảo " + vn.safeonline.support.Api.unique(),
                        "categories", List.of("DRAWING"), "opensAt", opens.toString(), "closesAt", opens.plusDays(10).toString(), "judgesPerEntry", 1,
                        "criteria", List.of(Map.of("name", "Nội dung", "weight", 100, "maxScore", 10))))
                .post("/api/campaigns/" + campaign + "/contests").then().statusCode(201).extract().path("id")).longValue();
        as("congan").queryParam("q", "a").get("/api/contests/" + contest + "/judges/candidates").then().statusCode(200).body("items.size()", greaterThan(0));
        for (String q : List.of("%", "_", "\\")) {
            as("congan").queryParam("q", q).get("/api/contests/" + contest + "/judges/candidates").then().statusCode(200).body("items.size()", equalTo(0));
        }
    }
}
