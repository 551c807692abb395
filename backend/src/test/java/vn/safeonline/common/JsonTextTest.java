package vn.safeonline.common;

import static org.hamcrest.Matchers.equalTo;
import static vn.safeonline.support.Api.orgId;
import static vn.safeonline.support.Api.planInput;
import static vn.safeonline.support.Api.raw;
import static vn.safeonline.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.safeonline.campaign.CampaignTest;

/** A control character in any text of any JSON body is a 400 naming the field, never a 500 from the audit's jsonb. */
@QuarkusTest
class JsonTextTest {

    static void refused(String user, String path, Map<String, Object> body, String field) {
        raw(user).body(body).post(path).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].code", equalTo("ControlCharacter"));
    }

    @Test
    void aNulInAPlansTextIsRefusedWithItsField() {
        var plan = new HashMap<>(planInput("Kế hoạch\u0000 thử"));
        refused("ubnd", "/api/plans", plan, "title");
        plan = new HashMap<>(planInput("Kế hoạch thử " + unique()));
        plan.put("legalBases", List.of(Map.of("kind", "Quyết định", "number", "468/QĐ-TTg", "date", "2026-03-23", "issuer", "Thủ tướng\u0000")));
        refused("ubnd", "/api/plans", plan, "legalBases[0].issuer");
    }

    @Test
    void aNulOrAnotherControlInACampaignIsRefusedWithItsField() {
        String path = "/api/plans/" + CampaignTest.demoPlan() + "/campaigns";
        var campaign = new HashMap<>(CampaignTest.campaignInput("Chiến dịch " + unique()));
        campaign.put("organisers", "Công an\u0000 thành phố");
        refused("congan", path, campaign, "organisers");
        campaign.put("organisers", "Công an thành phố");
        campaign.put("slogans", List.of("An toàn", "Bấm\u0007 chuông"));
        refused("congan", path, campaign, "slogans[1]");
        // tab, line feed and carriage return are text
        campaign.put("slogans", List.of("An toàn", "Dòng một\r\nDòng\thai"));
        raw("congan").body(campaign).post(path).then().statusCode(201).body("slogans[1]", equalTo("Dòng một\r\nDòng\thai"));
    }

    @Test
    void aNulInAnAccountsNameIsRefused() {
        refused("admin", "/api/users", Map.of("username", "nul" + unique(), "fullName", "Trần\u0000", "organizationId", orgId("SO-GDDT"),
                "roles", List.of("OFFICER"), "password", "mat-khau-dai"), "fullName");
    }

    @Test
    void filesAreCleanedByTheSameRule() {
        org.junit.jupiter.api.Assertions.assertEquals("a\tb\nc", Text.clean("a\u0000\tb\n\u001Fc"));
    }
}
