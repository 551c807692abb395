package vn.safeonline.participation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Role;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.campaign.CampaignAccess;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.participation.PledgeModerationResource.PledgeView;
import vn.safeonline.participation.PublicDtos.PledgeStatus;

@Path("/api/campaigns/{campaignId}/pledges")
@Tag(name = "Wall moderation")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CampaignPledgesResource {
    @Inject
    CampaignAccess access;

    @GET
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "listPledges", summary = "The moderation queue (default: pending and held, oldest first)")
    public PageResponse<PledgeView> list(@PathParam("campaignId") long campaignId, @QueryParam("status") PledgeStatus status,
                                         @Valid @BeanParam PageParams page) {
        Campaign c = access.find(campaignId);
        access.requireManager(c);
        Map<String, Object> params = new HashMap<>();
        params.put("c", c.id);
        params.put("statuses", status != null ? List.of(status) : List.of(PledgeStatus.PENDING, PledgeStatus.HELD));
        String where = "p.campaignId = :c and p.status in :statuses";
        long total = Pledge.count("select count(p) from Pledge p where " + where, params);
        String order = status == PledgeStatus.APPROVED || status == PledgeStatus.REJECTED ? "p.moderatedAt desc, p.id desc" : "p.id asc";
        List<Pledge> items = Pledge.<Pledge>find("select p from Pledge p left join fetch p.organization where " + where + " order by " + order, params)
                .page(page.page - 1, page.size).list();
        return new PageResponse<>(items.stream().map(PledgeView::of).toList(), page.page, page.size, total);
    }

}
