package vn.safeonline.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.anonymous;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.orgId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.safeonline.support.SecondCity;

/**
 * Each role's home with the demo data: the sections that concern it, figures equal to those of the pages that own them (the
 * progress roll-up, the quota matrix, the campaign indicators, the judging list), every link one the user may open, and
 * nothing of another deployment or another organisation.
 */
@QuarkusTest
class HomeTest {

    @BeforeAll
    static void twoCities() {
        SecondCity.ensure();
    }

    static JsonPath home(String user) {
        return as(user).get("/api/me/home").then().statusCode(200).extract().jsonPath();
    }

    /** Every link of a home, from every section. */
    static List<String> links(JsonPath h) {
        List<String> links = new ArrayList<>();
        for (String path : List.of("plansByStatus.link", "laggards.link", "deadlinesThisWeek.link", "quotaFill.link", "targetsBehind.link", "myTasks.link",
                "myQuotas.link", "reminders.link", "myCampaigns.link", "myCampaigns.share.flatten().link", "myCampaigns.consent.flatten().link",
                "toScore.link")) {
            List<String> found = h.getList(path);
            if (found != null) found.stream().filter(l -> l != null).forEach(links::add);
        }
        if (h.get("referrals") != null) {
            links.add(h.getString("referrals.link"));
            links.addAll(h.getList("referrals.items.link"));
        }
        h.getList("recentPlans.id", Number.class).forEach(id -> links.add("/plans/" + id));
        return links;
    }

    /** Opens the API read behind a page of the web app as the user (public pages without an account): it must answer 200. */
    static void assertReadable(String user, String link) {
        assertTrue(link.startsWith("/"), link);
        String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
        String[] parts = path.split("/");
        String api;
        boolean pub = true;
        switch (parts[1]) {
            case "khung-anh" -> api = "/api/public/campaigns/" + parts[2];
            case "buc-tuong" -> api = "/api/public/campaigns/" + parts[2] + "/wall";
            case "trac-nghiem" -> api = "/api/public/quizzes/" + parts[2];
            case "cuoc-thi" -> api = "/api/public/contests/" + parts[2];
            default -> {
                pub = false;
                api = "/api" + (path.endsWith("/my-quotas") ? path.replace("/my-quotas", "/quotas") : path);
            }
        }
        int status = (pub ? anonymous() : as(user)).get(api).then().extract().statusCode();
        assertEquals(200, status, user + " opens " + link + " (" + api + ")");
    }

    static void assertAllReadable(String user, JsonPath h) {
        List<String> links = links(h);
        assertFalse(links.isEmpty(), user + " has something to open");
        links.forEach(l -> assertReadable(user, l));
    }

    @Test
    void coordinatorOfTheIssuerSeesItsPlansLaggardsAndListsToUrge() {
        JsonPath h = home("ubnd");
        List<String> sections = h.getList("sections");
        assertTrue(sections.containsAll(List.of("PLANS_BY_STATUS", "LAGGARDS", "DEADLINES_THIS_WEEK", "QUOTA_FILL", "RECENT_PLANS")), sections.toString());
        assertFalse(sections.contains("TO_SCORE"));

        // its plans by state: the plans list's count of the plans its organisation issued
        long ubnd = orgId("UBND-CT");
        for (Map<String, Object> c : h.<Map<String, Object>>getList("plansByStatus")) {
            List<Number> issuers = as("ubnd").queryParam("status", c.get("status")).queryParam("size", 100).get("/api/plans").then().statusCode(200)
                    .extract().path("items.issuingOrganization.id");
            assertEquals(issuers.stream().filter(id -> id.longValue() == ubnd).count(), ((Number) c.get("count")).longValue(), c.toString());
        }
        assertTrue(h.getList("plansByStatus.status").contains("ISSUED"));

        // laggards: the progress page's rule, per plan
        assertFalse(h.getList("laggards").isEmpty(), "plan A's agencies have reported nothing yet");
        for (Map<String, Object> p : h.<Map<String, Object>>getList("laggards")) {
            List<Boolean> lagging = as("ubnd").get("/api/plans/" + p.get("planId") + "/progress").then().statusCode(200).extract().path("organizations.lagging");
            assertEquals(lagging.stream().filter(b -> b).count(), ((Number) p.get("laggingCount")).longValue(), p.toString());
            assertEquals(lagging.size(), ((Number) p.get("agencyCount")).intValue());
            assertEquals(true, p.get("canRemind"));
        }

        // the coming ceremony's lists: the quota matrix's own figures, the urge count the same as the matrix's
        assertFalse(h.getList("quotaFill").isEmpty(), "plan A's ceremony is tomorrow");
        for (Map<String, Object> e : h.<Map<String, Object>>getList("quotaFill")) {
            JsonPath m = as("ubnd").get("/api/events/" + e.get("eventId") + "/quota-matrix").then().statusCode(200).extract().jsonPath();
            assertEquals(m.getLong("total.submitted"), ((Number) e.get("submitted")).longValue());
            assertEquals(m.getLong("total.quota"), ((Number) e.get("quota")).longValue());
            assertEquals(m.getList("toUrge").size(), ((Number) e.get("toUrge")).intValue());
            assertEquals(m.getList("pastDeadline").size(), ((Number) e.get("pastDeadline")).intValue());
            // the button's count agrees with the cells: an organisation is to urge exactly when one of its cells says so
            List<Map<String, Object>> rows = m.getList("rows");
            long urgedRows = rows.stream().filter(r -> ((Map<String, Map<String, Object>>) r.get("cells")).values().stream()
                    .anyMatch(c -> Boolean.TRUE.equals(c.get("toUrge")))).count();
            assertEquals(m.getList("toUrge").size(), urgedRows);
        }

        // this week's deadlines fall in the week and are not done
        for (Map<String, Object> t : h.<Map<String, Object>>getList("deadlinesThisWeek")) {
            long days = ((Number) t.get("daysLeft")).longValue();
            assertTrue(days >= 0 && days < 7, t.toString());
            assertFalse(List.of("DONE_ON_TIME", "DONE_LATE").contains(t.get("status")));
        }
        assertAllReadable("ubnd", h);
    }

    @Test
    void standingAgencySeesLaggardsAcrossPlansAndCampaignTargetsBehind() {
        JsonPath h = home("congan");
        List<String> sections = h.getList("sections");
        assertTrue(sections.containsAll(List.of("LAGGARDS", "TARGETS_BEHIND")), sections.toString());
        assertFalse(sections.contains("PLANS_BY_STATUS"), "the standing agency issues no plan");
        assertFalse(h.getList("targetsBehind").isEmpty());
        for (Map<String, Object> c : h.<Map<String, Object>>getList("targetsBehind")) {
            JsonPath ind = as("congan").get("/api/campaigns/" + c.get("campaignId") + "/indicators").then().statusCode(200).extract().jsonPath();
            assertTrue(ind.getBoolean("campaignWide"));
            List<Boolean> reached = ind.getList("items.reached");
            assertEquals(reached.size(), ((Number) c.get("targetCount")).intValue());
            assertEquals(reached.stream().filter(r -> !r).count(), ((List<?>) c.get("behind")).size());
        }
        assertAllReadable("congan", h);
    }

    @Test
    void officerSeesItsOwnTasksQuotasAndReminders() {
        JsonPath h = home("sogddt");
        List<String> sections = h.getList("sections");
        assertTrue(sections.containsAll(List.of("MY_TASKS", "MY_REMINDERS", "RECENT_PLANS")), sections.toString());
        assertFalse(sections.contains("LAGGARDS"));
        assertFalse(sections.contains("PLANS_BY_STATUS"));
        long org = orgId("SO-GDDT");
        List<Number> ours = as("sogddt").queryParam("organization", org).queryParam("size", 100).get("/api/tasks").then().statusCode(200).extract().path("items.id");
        Set<Long> ourIds = new HashSet<>();
        ours.forEach(n -> ourIds.add(n.longValue()));
        List<Map<String, Object>> tasks = h.getList("myTasks");
        assertFalse(tasks.isEmpty(), "the department leads tasks of both plans");
        Object previous = null;
        for (Map<String, Object> t : tasks) {
            assertTrue(ourIds.contains(((Number) t.get("taskId")).longValue()), "only its organisation's tasks: " + t);
            assertFalse(List.of("DONE_ON_TIME", "DONE_LATE").contains(t.get("status")));
            if (previous != null && t.get("dueDate") != null) assertTrue(previous.toString().compareTo(t.get("dueDate").toString()) <= 0, "by due date");
            if (t.get("dueDate") != null) previous = t.get("dueDate");
        }
        for (Map<String, Object> q : h.<Map<String, Object>>getList("myQuotas")) {
            JsonPath quota = as("sogddt").get("/api/quotas/" + q.get("quotaId")).then().statusCode(200).extract().jsonPath();
            assertEquals(org, quota.getLong("owner.id"));
            assertEquals(quota.getLong("filled"), ((Number) q.get("filled")).longValue());
        }
        assertAllReadable("sogddt", h);
    }

    @Test
    void schoolSeesItsOwnFiguresAndLinksToShare() {
        JsonPath h = home("thptcvl");
        List<String> sections = h.getList("sections");
        assertTrue(sections.contains("MY_CAMPAIGNS"), sections.toString());
        assertFalse(sections.contains("TARGETS_BEHIND"));
        List<Map<String, Object>> campaigns = h.getList("myCampaigns");
        assertFalse(campaigns.isEmpty(), "the school is a unit of plan B's campaign");
        boolean quiz = false;
        for (Map<String, Object> c : campaigns) {
            assertEquals("THPT-CHAUVANLIEM", ((Map<?, ?>) c.get("unit")).get("code"));
            JsonPath ind = as("thptcvl").get("/api/campaigns/" + c.get("campaignId") + "/indicators").then().statusCode(200).extract().jsonPath();
            assertFalse(ind.getBoolean("campaignWide"), "the school's own figures");
            assertEquals(ind.getList("items.value").toString(), ((List<Map<String, Object>>) c.get("indicators")).stream().map(i -> i.get("value")).toList().toString());
            List<Map<String, Object>> share = (List<Map<String, Object>>) c.get("share");
            assertTrue(share.stream().anyMatch(s -> "WALL".equals(s.get("kind"))));
            quiz |= share.stream().anyMatch(s -> "QUIZ".equals(s.get("kind")));
            share.stream().filter(s -> !"CONTEST".equals(s.get("kind"))).forEach(s -> assertTrue(s.get("link").toString().endsWith("?unit=THPT-CHAUVANLIEM"), s.toString()));
        }
        assertTrue(quiz, "the demo campaign's quiz");
        Map<String, Object> c = campaigns.get(0);
        // the campaigns list says whether the plan may be opened: the link the list shows is one the school may follow
        long planId = as("thptcvl").get("/api/campaigns/" + c.get("campaignId")).then().statusCode(200).extract().jsonPath().getLong("planId");
        boolean planVisible = as("thptcvl").get("/api/campaigns/" + c.get("campaignId")).then().extract().path("planVisible");
        assertEquals(planVisible ? 200 : 404, as("thptcvl").get("/api/plans/" + planId).then().extract().statusCode());
        assertAllReadable("thptcvl", h);
    }

    @Test
    void judgeSeesEntriesToScore() {
        JsonPath h = home("giamkhao");
        assertTrue(h.getList("sections").contains("TO_SCORE"));
        List<Map<String, Object>> contests = h.getList("toScore");
        assertFalse(contests.isEmpty(), "the open writing contest");
        for (Map<String, Object> c : contests) {
            List<Boolean> complete = as("giamkhao").get("/api/contests/" + c.get("contestId") + "/judging").then().statusCode(200).extract().path("items.complete");
            assertEquals(complete.size(), ((Number) c.get("assigned")).intValue());
            assertEquals(complete.stream().filter(b -> b).count(), ((Number) c.get("scored")).longValue());
        }
        assertAllReadable("giamkhao", h);
    }

    @Test
    void viewerSeesThePlansOnly() {
        JsonPath h = home("xem");
        assertEquals(List.of("RECENT_PLANS"), h.getList("sections"));
        assertTrue(h.getList("laggards").isEmpty());
        assertTrue(h.getList("myTasks").isEmpty());
        assertAllReadable("xem", h);
    }

    @Test
    void anotherDeploymentSeesNothingOfThisOne() {
        JsonPath ours = home("ubnd");
        JsonPath theirs = home("hp-coordinator");
        Set<Object> ourPlans = new HashSet<>(ours.getList("recentPlans.id"));
        ourPlans.addAll(ours.getList("laggards.planId"));
        theirs.getList("recentPlans.id").forEach(id -> assertFalse(ourPlans.contains(id), "plan " + id));
        assertTrue(theirs.getList("laggards").isEmpty());
        assertTrue(theirs.getList("quotaFill").isEmpty());
        assertTrue(theirs.getList("targetsBehind").isEmpty());
        assertTrue(theirs.getList("myTasks").isEmpty());
        assertNotNull(theirs.getList("sections"));
        io.restassured.RestAssured.given().get("/api/me/home").then().statusCode(401); // not in the contract: no contract check
    }
}
