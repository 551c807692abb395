package vn.safeonline.task;

import vn.safeonline.common.Idempotency;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import vn.safeonline.common.Params;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.util.HashMap;
import java.util.Map;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Role;
import vn.safeonline.common.Scopes;
import vn.safeonline.common.Etags;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanAccess;
import vn.safeonline.task.TaskDtos.TaskInput;
import vn.safeonline.task.TaskDtos.TaskView;

@Path("/api/plans/{planId}/tasks")
@Tag(name = "Tasks")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PlanTasksResource {
    @Inject
    Idempotency idempotency;
    @Inject
    PlanAccess planAccess;
    @Inject
    TaskService service;

    @GET
    @Extension(name = Scopes.EXTENSION, value = Scopes.PLANS_READ)
    @Operation(operationId = "listPlanTasks", summary = "The tasks of a plan, in the document's order",
            description = "Whoever may see the plan: its tasks in the document's order, each with its derived status (NOT_STARTED, IN_PROGRESS, OVERDUE, "
                    + "DONE_ON_TIME, DONE_LATE) and progress. updatedSince keeps tasks changed since that instant (a report counts as a change), for an "
                    + "incremental sync. Paged; answers an ETag. System clients need plans:read.")
    public PageResponse<TaskView> list(@Parameter(example = "120") @PathParam("planId") long planId,
                                       @QueryParam(Params.UPDATED_SINCE) @Parameter(example = "2026-05-29T08:00:00+07:00", description = Params.UPDATED_SINCE_DOC, schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 40)) String updatedSince,
                                       @Valid @BeanParam PageParams page) {
        java.time.OffsetDateTime since = Params.instant(updatedSince, Params.UPDATED_SINCE);
        Plan plan = planAccess.find(planId);
        Map<String, Object> params = new HashMap<>();
        params.put("plan", plan);
        String where = "plan = :plan";
        if (since != null) {
            where += " and updatedAt >= :since";
            params.put("since", since);
        }
        long total = Task.count(where, params);
        List<Task> tasks = Task.<Task>find(where + (since == null ? " order by position, id" : " order by updatedAt, id"), params)
                .range(page.offset(), page.offset() + page.size - 1).list();
        return new PageResponse<>(service.views(tasks), page.page, page.size, total);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "createPlanTask", summary = "Assign a task in a draft plan",
            description = "Coordinators of the issuing organisation assign a task in a draft plan: a lead organisation, cooperating ones, a due date and an "
                    + "optional target. 409 plan-frozen once the plan is issued; 422 with errors[] for unknown organisations. The answer carries the "
                    + "ETag. With Idempotency-Key, a replay answers the first response.")
    @APIResponse(responseCode = "201", description = "The task", content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response create(@Parameter(example = "120") @PathParam("planId") long planId,
                           @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.DOC, example = "ubnd-nhiem-vu-2026-05-003") String key,
                           @Valid @NotNull TaskInput input) {
        return idempotency.once(key, Map.of("plan", planId, "task", input), () -> {
            Task t = service.create(planId, input);
            return Response.created(URI.create("/api/tasks/" + t.id)).entity(service.views(List.of(t)).get(0)).tag(Etags.of(t.version)).build();
        });
    }
}
