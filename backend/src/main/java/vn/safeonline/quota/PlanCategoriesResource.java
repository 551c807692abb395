package vn.safeonline.quota;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Scopes;
import vn.safeonline.common.Role;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Text;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanAccess;
import vn.safeonline.quota.QuotaDtos.CategoryInput;
import vn.safeonline.quota.QuotaDtos.CategoryView;

@Path("/api/plans/{planId}/invitee-categories")
@Tag(name = "Quotas")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PlanCategoriesResource {
    @Inject
    PlanAccess planAccess;
    @Inject
    CurrentUser me;
    @Inject
    AuditLog audit;

    @GET
    @Extension(name = Scopes.EXTENSION, value = Scopes.ATTENDEES_WRITE)
    @Operation(operationId = "listInviteeCategories", summary = "The invitee categories a plan may use: the deployment's and its own",
            description = "Whoever may see the plan: the deployment's categories of invitees and the plan's own, in protocol order, each saying whether it is"
                    + " of minors (then children's fields are asked and protected). Answers an ETag. System clients need attendees:write.")
    public PageResponse<CategoryView> list(@Parameter(example = "120") @PathParam("planId") long planId) {
        Plan plan = planAccess.find(planId);
        List<CategoryView> items = InviteeCategory.forPlan(me.tenant(), plan.id).stream().map(CategoryView::of).toList();
        return PageResponse.whole(items);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "createInviteeCategory", summary = "Add a category of invitees of the plan's own",
            description = "The plan's managers add a category of the plan's own (e.g. Nghệ sĩ), with its protocol rank and whether it is of minors. 422 when "
                    + "the code is already used by the deployment or the plan.")
    @APIResponse(responseCode = "201", description = "The category", content = @Content(schema = @Schema(implementation = CategoryView.class)))
    public Response create(@Parameter(example = "120") @PathParam("planId") long planId, @Valid @NotNull CategoryInput in) {
        Plan plan = planAccess.find(planId);
        planAccess.requireManager(plan);
        if (InviteeCategory.count("tenantId = ?1 and (planId is null or planId = ?2) and code = ?3", me.tenant(), plan.id, in.code()) > 0) {
            throw ApiException.unprocessable("code", "Duplicate", "Mã thành phần đã có");
        }
        InviteeCategory c = InviteeCategory.create(me.tenant(), plan.id, in.code(), Text.clean(in.name()), in.minors(),
                in.protocolRank() == null ? 100 : in.protocolRank());
        InviteeCategory.flush();
        CategoryView view = CategoryView.of(c);
        audit.record("CREATE", "invitee_category", c.id, null, view);
        return Response.status(201).entity(view).build();
    }
}
