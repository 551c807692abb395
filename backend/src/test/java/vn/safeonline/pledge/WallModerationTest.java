package vn.safeonline.pledge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.safeonline.support.Api.anonymous;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.safeonline.campaign.CampaignTest;
import vn.safeonline.common.PublicRateLimit;

/** The wall through its API: what the screen holds, "approve anyway", and who moderates. */
@QuarkusTest
class WallModerationTest {
    @jakarta.inject.Inject
    PublicRateLimit rateLimit;

    @BeforeEach
    void freshBuckets() {
        rateLimit.reset();
    }

    private static int pledgeId(long campaign, String text) {
        return as("congan").queryParam("size", 100).get("/api/campaigns/" + campaign + "/pledges").then().statusCode(200)
                .extract().path("items.find { it.text == '" + text + "' }.id");
    }

    @Test
    void thePublicWallHoldsInsultsAndContactsInWordsWithTheirReason() {
        long id = CampaignTest.runningCampaign();
        String url = vn.safeonline.support.Api.publicCampaign(id) + "/pledges";
        String ordinary = "Con chó nhà em rất ngoan, em sẽ không đăng ảnh nó kèm địa chỉ.";
        anonymous().body(Map.of("displayName", "Minh Thư", "text", ordinary)).post(url).then().statusCode(202).body("status", equalTo("PENDING"));
        anonymous().body(Map.of("displayName", "Minh", "text", "0c ch0 thì mới tin")).post(url).then().statusCode(202)
                .body("status", equalTo("HELD")).body("message", containsString("xúc phạm"));
        anonymous().body(Map.of("displayName", "Lan", "text", "zalo: không chín một hai ba bốn năm sáu bảy tám")).post(url).then().statusCode(202)
                .body("status", equalTo("HELD")).body("message", containsString("số điện thoại"));
        anonymous().body(Map.of("displayName", "An", "text", "em là Nguyễn Văn An lớp 7A2 nhà ở số 12 ngõ 5 phố Huế")).post(url).then()
                .statusCode(202).body("status", equalTo("HELD"));

        as("congan").queryParam("size", 100).get("/api/campaigns/" + id + "/pledges").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.find { it.text == '" + ordinary + "' }.hold", equalTo(null))
                .body("items.find { it.text.startsWith('0c') }.hold.code", equalTo("ABUSE"))
                .body("items.find { it.text.startsWith('zalo') }.hold.code", equalTo("PHONE"))
                .body("items.find { it.text.startsWith('zalo') }.hold.en", containsString("phone number"))
                .body("items.find { it.text.startsWith('em là') }.hold.code", equalTo("PERSONAL_DETAILS"))
                .body("items.find { it.text.startsWith('em là') }.hold.vi", equalTo("Có họ tên kèm lớp học hoặc địa chỉ nhà"));
    }

    @Test
    void aHeldPledgeIsApprovedOnlyAnywayAndThatIsAudited() {
        long id = CampaignTest.runningCampaign();
        String url = vn.safeonline.support.Api.publicCampaign(id) + "/pledges";
        String held = "Gọi mình 0912 345 678 nhé";
        String pending = "Em hứa không chia sẻ mật khẩu với bất kỳ ai.";
        anonymous().body(Map.of("displayName", "Lan", "text", held)).post(url).then().statusCode(202).body("status", equalTo("HELD"));
        anonymous().body(Map.of("displayName", "Lan", "text", pending)).post(url).then().statusCode(202).body("status", equalTo("PENDING"));
        int heldId = pledgeId(id, held);
        int pendingId = pledgeId(id, pending);

        // one click is not enough: 409 with the reason, in the detail and as errors[0]
        as("congan").post("/api/pledges/" + heldId + "/approve").then().statusCode(409)
                .body("code", equalTo("pledge-held")).body("type", equalTo("/problems/pledge-held"))
                .body("detail", containsString("Có số điện thoại")).body("errors[0].field", equalTo("override")).body("errors[0].code", equalTo("PHONE"));
        as("congan").header("Accept-Language", "en").post("/api/pledges/" + heldId + "/approve").then().statusCode(409)
                .body("title", equalTo("The pledge is held; approve it only with “approve anyway”"));
        as("congan").queryParam("override", false).post("/api/pledges/" + heldId + "/approve").then().statusCode(409);
        anonymous().get(vn.safeonline.support.Api.publicCampaign(id) + "/wall").then().statusCode(200).body("total", equalTo(0));

        // a pending one approves as before
        as("congan").post("/api/pledges/" + pendingId + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedAnyway", equalTo(false));
        // approve anyway
        as("congan").queryParam("override", true).post("/api/pledges/" + heldId + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedAnyway", equalTo(true)).body("hold.code", equalTo("PHONE"));
        as("congan").post("/api/pledges/" + heldId + "/approve").then().statusCode(200); // a repeat changes nothing
        anonymous().get(vn.safeonline.support.Api.publicCampaign(id) + "/wall").then().statusCode(200).body("total", equalTo(2));
        as("admin").queryParam("entityType", "pledge").queryParam("entityId", heldId).get("/api/audit-events").then().statusCode(200)
                .body("items.action", hasItem("APPROVE_ANYWAY"))
                .body("items.find { it.action == 'APPROVE_ANYWAY' }.before.heldCode", equalTo("PHONE"))
                .body("items.find { it.action == 'APPROVE_ANYWAY' }.toString()", not(containsString("0912")));
        // rejecting a held one needs nothing more
        anonymous().body(Map.of("displayName", "Minh", "text", "đồ ngu")).post(url).then().statusCode(202).body("status", equalTo("HELD"));
        as("congan").post("/api/pledges/" + pledgeId(id, "đồ ngu") + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"));
    }

    @Test
    void theYouthUnionModeratesTheWallThePlanGivesItAndAnUnrelatedSchoolDoesNot() {
        long id = CampaignTest.runningCampaign();
        long youthUnion = orgId("THANHDOAN-CT");
        String coordinator = "doan" + unique();
        as("admin").body(Map.of("username", coordinator, "fullName", "Lê Thanh Tùng", "organizationId", youthUnion,
                "roles", List.of("COORDINATOR"), "password", "mat-khau-dai")).post("/api/users").then().statusCode(201);
        String text = "Em hứa dùng mạng văn minh " + unique();
        anonymous().body(Map.of("displayName", "Hải", "text", text)).post(vn.safeonline.support.Api.publicCampaign(id) + "/pledges").then().statusCode(202);
        String queue = "/api/campaigns/" + id + "/pledges";

        // the plan's manager: yes; the Youth Union before the campaign gives it the wall: no (it sees the campaign: 403)
        as("congan").get(queue).then().statusCode(200);
        as("congan").get("/api/campaigns/" + id).then().statusCode(200).body("canModerateWall", equalTo(true));
        as(coordinator).get(queue).then().statusCode(403);
        as(coordinator).get("/api/campaigns/" + id).then().statusCode(200).body("canModerateWall", equalTo(false));
        as(coordinator).body(Map.of("organizationId", youthUnion)).post("/api/campaigns/" + id + "/wall-moderators").then().statusCode(403);
        as("thanhdoan").body(Map.of("organizationId", youthUnion)).post("/api/campaigns/" + id + "/wall-moderators").then().statusCode(403);

        // the campaign's manager gives the wall to the Youth Union (twice changes nothing)
        as("congan").body(Map.of("organizationId", youthUnion)).post("/api/campaigns/" + id + "/wall-moderators").then().statusCode(200)
                .body("organizations.code", equalTo(List.of("THANHDOAN-CT")));
        as("congan").body(Map.of("organizationId", youthUnion)).post("/api/campaigns/" + id + "/wall-moderators").then().statusCode(200)
                .body("organizations.size()", equalTo(1));
        as("congan").body(Map.of("organizationId", 987654321)).post("/api/campaigns/" + id + "/wall-moderators").then().statusCode(422)
                .body("errors[0].field", equalTo("organizationId"));
        as(coordinator).get("/api/campaigns/" + id + "/wall-moderators").then().statusCode(200).body("organizations.code", hasItem("THANHDOAN-CT"));

        // now its coordinator and its officer see the queue and decide
        as(coordinator).get("/api/campaigns/" + id).then().statusCode(200).body("canModerateWall", equalTo(true));
        int pledge = as(coordinator).get(queue).then().statusCode(200).extract().path("items.find { it.text == '" + text + "' }.id");
        as("thanhdoan").get(queue).then().statusCode(200);
        as(coordinator).post("/api/pledges/" + pledge + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));

        // a school of the campaign (it sees the campaign) may not: 403; someone who does not see it: 404; a viewer: 403
        as("thptcvl").get("/api/campaigns/" + id).then().statusCode(200).body("canModerateWall", equalTo(false));
        as("thptcvl").get(queue).then().statusCode(403);
        as("thptcvl").post("/api/pledges/" + pledge + "/reject").then().statusCode(403);
        as("thptcvl").body(Map.of("organizationId", orgId("THPT-CHAUVANLIEM"))).post("/api/campaigns/" + id + "/wall-moderators").then().statusCode(403);
        as("xem").get(queue).then().statusCode(403);

        // the manager takes it back
        as("congan").delete("/api/campaigns/" + id + "/wall-moderators/" + youthUnion).then().statusCode(204);
        as(coordinator).get(queue).then().statusCode(403);
        as("congan").get("/api/campaigns/" + id + "/wall-moderators").then().statusCode(200).body("organizations.size()", equalTo(0));
    }

    @Test
    void theDemoGivesItsWallToTheYouthUnionAndTheWomensUnion() {
        long id = CampaignTest.demoCampaign();
        as("congan").get("/api/campaigns/" + id + "/wall-moderators").then().statusCode(200)
                .body("organizations.code", hasItem("THANHDOAN-CT")).body("organizations.code", hasItem("HLHPN-TP"));
        as("hoiphunu").get("/api/campaigns/" + id + "/pledges").then().statusCode(200)
                .body("items.find { it.status == 'HELD' && it.hold.code == 'PERSONAL_DETAILS' }", org.hamcrest.Matchers.notNullValue());
        as("thanhdoan").get("/api/campaigns/" + id).then().statusCode(200).body("canModerateWall", equalTo(true));
        as("sogddt").get("/api/campaigns/" + id + "/pledges").then().statusCode(403);
    }
}
