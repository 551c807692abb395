package vn.safeonline.campaign;

import vn.safeonline.common.Idempotency;
import jakarta.ws.rs.HeaderParam;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Role;
import vn.safeonline.common.Scopes;
import vn.safeonline.campaign.TargetDtos.TargetInput;
import vn.safeonline.campaign.TargetDtos.TargetView;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.task.Task;

@Path("/api/campaigns/{campaignId}/targets")
@Tag(name = "Campaign targets", description = "Chỉ tiêu: targets computed from the units' reports")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CampaignTargetsResource {
    @Inject
    Idempotency idempotency;
    @Inject
    CampaignAccess access;
    @Inject
    TargetService targets;

    static TargetView view(Campaign c, CampaignTarget t) {
        return new TargetView(t.id, t.campaignId, t.taskId, t.name, t.kind, t.activityType, t.audience, t.unitTypes(),
                Rollup.from(c, t), Rollup.to(c, t), t.minReports, t.goalPercent);
    }

    @GET
    @Extension(name = Scopes.EXTENSION, value = Scopes.INDICATORS_READ)
    @Operation(operationId = "listCampaignTargets", summary = "The campaign's targets",
            description = "Whoever may see the campaign. Every target with its indicator, scope, window, goal and current value. Answers an ETag. System "
                    + "clients need indicators:read.")
    public PageResponse<TargetView> list(@Parameter(example = "3") @PathParam("campaignId") long campaignId) {
        Campaign c = access.find(campaignId);
        List<TargetView> items = CampaignTarget.<CampaignTarget>list("campaignId = ?1 order by id", c.id).stream().map(t -> view(c, t)).toList();
        return PageResponse.whole(items);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "createCampaignTarget", summary = "Add a target: an indicator over a scope of units and a window",
            description = "The campaign's managers. An indicator (a count, a share of units, a reach…) over a scope of units and a window inside the "
                    + "campaign; taskId ties it to a task of the same plan. 422 with errors[] for a task of another plan, a window outside the campaign, "
                    + "or a goal that does not fit the indicator. For people only. With Idempotency-Key, a replay answers the first response.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TargetView.class)))
    public Response create(@Parameter(example = "3") @PathParam("campaignId") long campaignId,
                           @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.DOC, example = "ubnd-chi-tieu-khung-anh-001") String key,
                           @Valid @NotNull TargetInput in) {
        Campaign c = access.find(campaignId);
        access.requireManager(c);
        return idempotency.once(key, Map.of("campaign", campaignId, "target", in), () -> {
            CampaignTarget t = targets.create(c, in);
            return Response.created(URI.create("/api/campaign-targets/" + t.id)).entity(view(c, t)).build();
        });
    }
}
