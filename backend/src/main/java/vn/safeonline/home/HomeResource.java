package vn.safeonline.home;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.home.HomeDtos.HomeView;

@Path("/api/me/home")
@Tag(name = "Home", description = "Trang chủ: what the caller has to do today")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class HomeResource {
    @Inject
    HomeService service;

    @GET
    @Operation(operationId = "getMyHome", summary = "What the caller has to do today, by the sections that concern its roles",
            description = "The issuer's coordinator: its plans by state, the agencies lagging and this week's deadlines on the plans it monitors, the fill of "
                    + "coming events' invitation lists; the standing agency: the same across every plan it monitors, the campaign targets behind and the "
                    + "child-support cases waiting; an officer: its organisation's open tasks by due date, its quotas with the days left, its unread "
                    + "reminders; a school (a campaign unit): its own figures per target, the public links to give pupils, its entries awaiting a "
                    + "guardian's consent; a judge: the entries to score; everyone: the latest plans. `sections` lists the parts that concern the caller; "
                    + "each item's `link` is a page of the web app the caller may open. Figures come from the services that own them (the progress "
                    + "roll-up, the quota matrix, the campaign indicators), as the caller may see them.")
    @APIResponse(responseCode = "200", description = "The caller's home", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HomeView.class),
            examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "officer", value = """
                    {"today": "2026-05-25", "sections": ["MY_TASKS", "MY_QUOTAS", "MY_REMINDERS", "RECENT_PLANS"], "plansByStatus": [], "laggards": [],
                     "deadlinesThisWeek": [], "quotaFill": [], "targetsBehind": [], "myTasks": [{"taskId": 310, "label": "III.2",
                     "text": "Tổ chức tuyên truyền trong trường học", "planReference": "120/KH-UBND",
                     "leadOrganization": {"id": 12, "code": "SO-GDDT", "name": "Sở Giáo dục và Đào tạo", "type": "DEPARTMENT"},
                     "dueDate": "2026-05-28", "status": "IN_PROGRESS", "daysLeft": 3, "link": "/tasks/310"}], "myQuotas": [], "reminders": [],
                     "myCampaigns": [], "toScore": [], "recentPlans": []}""")))
    public HomeView get() {
        return service.home();
    }
}
