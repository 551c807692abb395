package vn.safeonline.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.safeonline.campaign.CampaignTest;
import vn.safeonline.common.BusinessClock;

/** The demo is alive on the day it is loaded (the test run's day): plan A's lists are due in four days, plan B's campaign is in its 4th week. */
@QuarkusTest
class DemoTest {
    static final LocalDate TODAY = LocalDate.now(BusinessClock.ZONE);

    static long plan(String search, String reference) {
        Number id = as("congan").queryParam("q", search).queryParam("size", 100).get("/api/plans").then().statusCode(200)
                .extract().path("items.find { it.reference == '" + reference + "' && it.status == 'ISSUED' }.id");
        assertNotNull(id, reference);
        return id.longValue();
    }

    @Test
    void planAsListsAreDueInFourDaysTheCeremonyTheDayAfterAndTheTextSaysSo() {
        long planId = plan("le phat dong chuong trinh", "135/KH-UBND");
        List<Map<String, Object>> tasks = as("congan").queryParam("size", 100).get("/api/plans/" + planId + "/tasks").then().statusCode(200)
                .extract().path("items");
        LocalDate lists = TODAY.plusDays(DemoCalendar.LISTS_DUE_IN_DAYS);
        LocalDate ceremony = lists.plusDays(1);
        for (Map<String, Object> t : tasks) {
            assertEquals((t.get("label").equals("III.1.a") ? ceremony : lists).toString(), t.get("dueDate"), (String) t.get("label"));
            assertEquals(0, ((Number) t.get("reportCount")).intValue(), "nothing reported before its day: " + t.get("label"));
        }
        var plan = as("congan").get("/api/plans/" + planId).then().statusCode(200).extract();
        assertEquals(lists.minusDays(3).toString(), plan.path("issueDate"), "issued three days before the lists are due, as the real plan was");
        assertEquals(ceremony.toString(), plan.path("endDate"));
        String time = plan.path("contentSections[0].body");
        String weekday = new String[]{"thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"}[ceremony.getDayOfWeek().getValue() - 1];
        String day = String.format("%02d/%d/%d", ceremony.getDayOfMonth(), ceremony.getMonthValue(), ceremony.getYear());
        assertTrue(time.contains("từ 8h00 đến 11h30, " + weekday + ", " + day + "."), time);

        var event = as("congan").get("/api/plans/" + planId + "/events").then().statusCode(200).extract();
        OffsetDateTime starts = OffsetDateTime.parse(event.path("items[0].startsAt"));
        assertEquals(ceremony.atTime(8, 0), starts.atZoneSameInstant(BusinessClock.ZONE).toLocalDateTime());
        long eventId = ((Number) event.path("items[0].id")).longValue();
        List<String> deadlines = as("congan").get("/api/events/" + eventId + "/quotas").then().statusCode(200).extract().path("items.deadline");
        assertEquals(7, deadlines.size());
        for (String d : deadlines) assertEquals(lists.atTime(23, 59, 59), OffsetDateTime.parse(d).atZoneSameInstant(BusinessClock.ZONE).toLocalDateTime());
    }

    @Test
    void planBsCampaignIsInItsFourthWeekWithNothingReportedAfterToday() {
        long campaignId = CampaignTest.demoCampaign();
        var campaign = as("congan").get("/api/campaigns/" + campaignId).then().statusCode(200).extract();
        LocalDate start = LocalDate.parse(campaign.path("startsOn"));
        assertEquals(TODAY.minusDays(DemoCalendar.CAMPAIGN_DAY), start);
        assertEquals(start.plusDays(55).toString(), campaign.path("endsOn"), "eight weeks");
        long planId = ((Number) campaign.path("planId")).longValue();
        var plan = as("congan").get("/api/plans/" + planId).then().statusCode(200).extract();
        assertEquals(start.plusDays(11).toString(), plan.path("issueDate"), "issued on the campaign's 12th day, as the real plan was");

        // no activity report after today (the newest comes first), no typed report either
        String newest = as("congan").queryParam("size", 1).get("/api/campaigns/" + campaignId + "/reports").then().statusCode(200).extract().path("items[0].date");
        assertFalse(LocalDate.parse(newest).isAfter(TODAY), newest);
        List<Map<String, Object>> tasks = as("congan").queryParam("size", 100).get("/api/plans/" + planId + "/tasks").then().statusCode(200).extract().path("items");
        for (Map<String, Object> t : tasks) {
            Object last = t.get("lastReportDate");
            if (last != null) assertFalse(LocalDate.parse((String) last).isAfter(TODAY), t.get("label") + " " + last);
        }
        // the workshops of the plan's text, target and task agree with the shifted week
        String from = String.format("%02d", start.plusDays(1).getDayOfMonth());
        Map<String, Object> lead = tasks.stream().filter(t -> t.get("label").equals("1.a")).findFirst().orElseThrow();
        assertEquals(start.plusDays(6).toString(), lead.get("dueDate"));
        assertTrue(((String) lead.get("text")).contains("từ " + from), (String) lead.get("text"));

        // the drawing contest closed before today and is published; the writing contest is open
        List<Map<String, Object>> contests = as("congan").get("/api/campaigns/" + campaignId + "/contests").then().statusCode(200).extract().path("items");
        Map<String, Object> drawing = contests.stream().filter(c -> ((String) c.get("title")).startsWith("Cuộc thi vẽ tranh")).findFirst().orElseThrow();
        Map<String, Object> writing = contests.stream().filter(c -> ((String) c.get("title")).startsWith("Cuộc thi viết")).findFirst().orElseThrow();
        assertTrue(OffsetDateTime.parse((String) drawing.get("closesAt")).atZoneSameInstant(BusinessClock.ZONE).toLocalDate().isBefore(TODAY));
        assertNotNull(drawing.get("publishedAt"));
        assertEquals(true, writing.get("open"));
    }
}
