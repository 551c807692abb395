package vn.safeonline.task;

import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.Scopes;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.ApiException;
import vn.safeonline.org.OrgRef;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanAccess;
import vn.safeonline.task.PlanProgressService.PlanProgress;

@Path("/api/plans/{planId}/progress")
@Tag(name = "Progress", description = "Theo dõi tiến độ: the standing agency's roll-up")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PlanProgressResource {

    @Inject
    PlanAccess planAccess;
    @Inject
    PlanProgressService progress;
    @Inject
    BusinessClock clock;

    @GET
    @Extension(name = Scopes.EXTENSION, value = Scopes.PLANS_READ)
    @Operation(operationId = "getPlanProgress", summary = "Per lead organisation: tasks by status and share of targets reached",
            description = "For the issuing organisation's and the standing agency's people. Organisations with an overdue task come first.")
    public PlanProgress get(@Parameter(example = "120") @PathParam("planId") long planId) {
        Plan plan = planAccess.find(planId);
        if (!planAccess.seesAllProgress(plan)) {
            throw ApiException.forbidden("Chỉ cơ quan ban hành và cơ quan thường trực xem tiến độ của mọi đơn vị");
        }
        return progress.of(plan, clock.today());
    }
}
