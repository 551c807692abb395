package vn.safeonline.task;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Role;
import vn.safeonline.common.Scopes;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.Etags;
import vn.safeonline.common.Idempotency;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Params;
import vn.safeonline.common.Text;
import vn.safeonline.plan.PlanAccess;
import vn.safeonline.task.TaskDtos.ProgressReportInput;
import vn.safeonline.task.TaskDtos.ProgressReportView;
import vn.safeonline.task.TaskDtos.TaskInput;
import vn.safeonline.task.TaskDtos.TaskView;

@Path("/api/tasks")
@Tag(name = "Tasks", description = "Nhiệm vụ: what each agency must do, and its progress reports")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TaskResource {
    @Inject
    PlanAccess planAccess;
    @Inject
    TaskService service;

    @GET
    @Extension(name = Scopes.EXTENSION, value = Scopes.PLANS_READ)
    @Operation(operationId = "listTasks", summary = "Tasks across the plans the caller may see",
            description = "organization: tasks it leads or cooperates on; status: the derived status.")
    public PageResponse<TaskView> list(@QueryParam("organization") @Parameter(example = "12", description = "organisation id") Long organization,
                                       @QueryParam("status") @Parameter(schema = @Schema(implementation = TaskStatus.class)) String status,
                                       @Parameter(example = "120") @QueryParam("planId") Long planId,
                                       @Parameter(example = "so giao duc") @QueryParam("q") @Size(max = 200) String q,
                                       @QueryParam(Params.UPDATED_SINCE) @Parameter(example = "2026-05-29T08:00:00+07:00", description = Params.UPDATED_SINCE_DOC, schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 40)) String updatedSince,
                                       @Valid @BeanParam PageParams page) {
        java.time.OffsetDateTime since = Params.instant(updatedSince, Params.UPDATED_SINCE);
        TaskStatus st = Params.enumValue(TaskStatus.class, status, "status");
        return service.list(new TaskService.Query(organization, st, planId, q, since, false), page);
    }

    @GET
    @Path("{id}")
    @Extension(name = Scopes.EXTENSION, value = Scopes.PLANS_READ)
    @Operation(operationId = "getTask", summary = "A task with its derived status and progress",
            description = "Whoever may see the plan: the task with its status derived from reports, due date and today (never stored) and its progress. "
                    + "Answers an ETag (If-Match to edit). System clients need plans:read.")
    @APIResponse(responseCode = "200", description = "The task", content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response get(@Parameter(example = "42") @PathParam("id") long id) {
        Task t = service.find(id);
        return Response.ok(service.views(List.of(t)).get(0)).tag(Etags.of(t.version)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "updateTask", summary = "Edit a task of a draft plan (If-Match required)",
            description = "Coordinators of the issuing organisation edit a task of a draft plan. If-Match is required (428/412); 409 plan-frozen once the "
                    + "plan is issued; 422 with errors[] for invalid fields.")
    @APIResponse(responseCode = "200", description = "The task", content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response update(@Parameter(example = "42") @PathParam("id") long id,
                           @HeaderParam("If-Match") @Parameter(example = "\"3\"", required = true, schema = @Schema(type = SchemaType.STRING)) String ifMatch,
                           @Valid @NotNull TaskInput input) {
        Task t = service.update(id, ifMatch, input);
        return Response.ok(service.views(List.of(t)).get(0)).tag(Etags.of(t.version)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "deleteTask", summary = "Remove a task from a draft plan",
            description = "Coordinators of the issuing organisation remove a task from a draft plan. 409 plan-frozen once the plan is issued; a second call "
                    + "is 404.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@Parameter(example = "42") @PathParam("id") long id) {
        service.delete(id);
    }

    @GET
    @Path("{id}/progress-reports")
    @Extension(name = Scopes.EXTENSION, value = Scopes.PLANS_READ)
    @Operation(operationId = "listProgressReports", summary = "A task's progress reports, newest first",
            description = "The task's history: the lead agency's reports and the cooperating agencies' contributions (contribution: true), each with "
                    + "the organisation that reported. The task's lead and cooperating organisations and the plan's managers see them, newest first; "
                    + "other parties of the plan get 404. Paged; answers an ETag. System clients need plans:read.")
    public PageResponse<ProgressReportView> reports(@Parameter(example = "42") @PathParam("id") long id, @Valid @BeanParam PageParams page) {
        Task t = service.find(id);
        if (!service.seesReports(t)) throw ApiException.notFound("Báo cáo của nhiệm vụ", id);
        long total = ProgressReport.count("task", t);
        List<ProgressReportView> items = ProgressReport.<ProgressReport>find(
                        "from ProgressReport r join fetch r.reportedBy join fetch r.organization where r.task = ?1 order by r.reportDate desc, r.id desc", t)
                .range(page.offset(), page.offset() + page.size - 1).list().stream().map(ProgressReportView::of).toList();
        return new PageResponse<>(items, page.page, page.size, total);
    }

    @POST
    @Path("{id}/progress-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_})
    @Extension(name = Scopes.EXTENSION, value = Scopes.PROGRESS_WRITE)
    @Operation(operationId = "createProgressReport", summary = "Report progress on a task (its lead agency) or a contribution (a cooperating agency)",
            description = "Officers and coordinators of the task's lead agency report its progress: the lead's reports alone set the task's figure and "
                    + "status. Those of a cooperating agency (phối hợp) report their contribution (text, their own figure, evidence): it is kept with "
                    + "contribution: true, shown in the task's history and the official report, and changes neither the figure nor the status; "
                    + "done is refused on a contribution (422). System clients need progress:write and report for their own organisation. Any "
                    + "other party of the plan gets 403, others 404. With Idempotency-Key, a replay returns the first response and the same key "
                    + "with another body is refused (422).")
    @APIResponse(responseCode = "201", description = "The report", content = @Content(schema = @Schema(implementation = ProgressReportView.class)))
    public Response report(@Parameter(example = "42") @PathParam("id") long id,
                           @HeaderParam(Idempotency.HEADER) @Parameter(description = "unique per report you mean once", example = "thpt-cvl-2026-05-27-001",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String key,
                           @Valid @NotNull ProgressReportInput input) {
        return service.report(id, key, input,
                r -> Response.created(URI.create("/api/tasks/" + id + "/progress-reports/" + r.id)).entity(ProgressReportView.of(r)).build());
    }
}
