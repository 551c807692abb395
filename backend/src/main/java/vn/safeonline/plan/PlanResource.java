package vn.safeonline.plan;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import vn.safeonline.common.Etags;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Params;
import vn.safeonline.plan.PlanDtos.PlanInput;
import vn.safeonline.plan.PlanDtos.PlanSummary;
import vn.safeonline.plan.PlanDtos.PlanView;

@Path("/api/plans")
@Tag(name = "Plans", description = "Kế hoạch: the official plans, from draft to close")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PlanResource {
    @Inject
    PlanAccess access;
    @Inject
    PlanService service;

    @GET
    @Extension(name = Scopes.EXTENSION, value = Scopes.PLANS_READ)
    @Operation(operationId = "listPlans", summary = "The plans the caller's organisation is party to",
            description = "q searches the number and title without diacritics.")
    public PageResponse<PlanSummary> list(@QueryParam("q") @Size(max = 200) @Parameter(example = "khong mot minh") String q,
                                          @QueryParam("status") @Parameter(schema = @Schema(implementation = PlanStatus.class)) String status,
                                          @Valid @BeanParam PageParams page) {
        return service.list(q, Params.enumValue(PlanStatus.class, status, "status"), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "createPlan", summary = "Draft a plan issued by the caller's organisation")
    @APIResponse(responseCode = "201", description = "The draft", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response create(@Valid @NotNull PlanInput input) {
        Plan p = service.create(input);
        return Response.created(URI.create("/api/plans/" + p.id)).entity(service.view(p)).tag(Etags.of(p.version)).build();
    }

    @GET
    @Path("{id}")
    @Extension(name = Scopes.EXTENSION, value = Scopes.PLANS_READ)
    @Operation(operationId = "getPlan", summary = "A plan with its document fields and what the caller may do with it")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response get(@PathParam("id") long id) {
        Plan p = access.find(id);
        return Response.ok(service.view(p)).tag(Etags.of(p.version)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "updatePlan", summary = "Edit a draft plan (If-Match required; an issued plan is frozen)")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response update(@PathParam("id") long id,
                           @HeaderParam("If-Match") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") String ifMatch,
                           @Valid @NotNull PlanInput input) {
        Plan p = service.update(id, ifMatch, input);
        return Response.ok(service.view(p)).tag(Etags.of(p.version)).build();
    }

    @POST
    @Path("{id}/issue")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "issuePlan", summary = "Issue a draft: it gets its number and date, and its document is frozen")
    @APIResponse(responseCode = "200", description = "The issued plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response issue(@PathParam("id") long id,
                          @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = false) @Valid PlanDtos.IssueRequest request) {
        Plan p = service.issue(id, request);
        return Response.ok(service.view(p)).tag(Etags.of(p.version)).build();
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "closePlan", summary = "Close an issued plan (its summary report is done)")
    @APIResponse(responseCode = "200", description = "The closed plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response close(@PathParam("id") long id) {
        Plan p = service.close(id);
        return Response.ok(service.view(p)).tag(Etags.of(p.version)).build();
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "cancelPlan", summary = "Cancel a draft or an issued plan")
    @APIResponse(responseCode = "200", description = "The cancelled plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response cancel(@PathParam("id") long id,
                           @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = false) @Valid PlanDtos.CancelRequest request) {
        Plan p = service.cancel(id, request == null ? null : request.reason());
        return Response.ok(service.view(p)).tag(Etags.of(p.version)).build();
    }
}
