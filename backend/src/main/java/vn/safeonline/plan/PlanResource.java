package vn.safeonline.plan;

import java.util.Map;
import vn.safeonline.common.Idempotency;
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
    Idempotency idempotency;
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
    @Operation(operationId = "createPlan", summary = "Draft a plan issued by the caller's organisation",
            description = "Coordinators (or ADMIN) draft a plan issued by their own organisation: the document's fields, its legal bases, content sections "
                    + "and recipients. A draft is seen only by the issuer's side and the standing agency. 422 with errors[] for an unknown standing "
                    + "agency or recipient. The answer carries the ETag. For people only. With Idempotency-Key, a replay answers the first response.")
    @APIResponse(responseCode = "201", description = "The draft", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response create(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.DOC, example = "ubnd-ke-hoach-2026-05-001") String key,
                           @Valid @NotNull PlanInput input) {
        return idempotency.once(key, Map.of("plan", input), () -> {
            Plan p = service.create(input);
            return Response.created(URI.create("/api/plans/" + p.id)).entity(service.view(p)).tag(Etags.of(p.version)).build();
        });
    }

    @GET
    @Path("{id}")
    @Extension(name = Scopes.EXTENSION, value = Scopes.PLANS_READ)
    @Operation(operationId = "getPlan", summary = "A plan with its document fields and what the caller may do with it",
            description = "Whoever's organisation (or one below it) is party to the plan: issuer, standing agency, lead or cooperating agency of a task, or "
                    + "recipient; a draft only for the issuer's side and the standing agency. 404 for anyone else. The answer says what the caller may do"
                    + " with it. Answers an ETag of its version (If-Match to edit). System clients need plans:read.")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response get(@Parameter(example = "42") @PathParam("id") long id) {
        Plan p = access.find(id);
        return Response.ok(service.view(p)).tag(Etags.of(p.version)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "updatePlan", summary = "Edit a draft plan (If-Match required; an issued plan is frozen)",
            description = "Coordinators of the issuing organisation edit a draft. If-Match is required (428 without it, 412 when it changed since). An issued"
                    + " plan's document is frozen: 409 plan-frozen. 422 with errors[] for invalid fields. The answer carries the new ETag. For people "
                    + "only.")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response update(@Parameter(example = "42") @PathParam("id") long id,
                           @HeaderParam("If-Match") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING), example = "\"3\"") String ifMatch,
                           @Valid @NotNull PlanInput input) {
        Plan p = service.update(id, ifMatch, input);
        return Response.ok(service.view(p)).tag(Etags.of(p.version)).build();
    }

    @POST
    @Path("{id}/issue")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "issuePlan", summary = "Issue a draft: it gets its number and date, and its document is frozen",
            description = "Coordinators of the issuing organisation issue a draft: it takes its number and date (from the body or the draft) and its document"
                    + " is frozen; its parties can now see it and report, and the plan.issued webhook event is sent. 409 invalid-transition unless it is "
                    + "a draft, 409 conflict when the number is already used by another plan of the issuer; 422 with errors[] (number, issueDate, "
                    + "signerName, tasks) when the draft is not complete.")
    @APIResponse(responseCode = "200", description = "The issued plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response issue(@Parameter(example = "42") @PathParam("id") long id,
                          @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = false) @Valid PlanDtos.IssueRequest request) {
        Plan p = service.issue(id, request);
        return Response.ok(service.view(p)).tag(Etags.of(p.version)).build();
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "closePlan", summary = "Close an issued plan (its summary report is done)",
            description = "Coordinators of the issuer or the standing agency close an issued plan once its summary report is done; progress can no longer be "
                    + "reported and children's data retention starts counting. 409 invalid-transition unless it is ISSUED.")
    @APIResponse(responseCode = "200", description = "The closed plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response close(@Parameter(example = "42") @PathParam("id") long id) {
        Plan p = service.close(id);
        return Response.ok(service.view(p)).tag(Etags.of(p.version)).build();
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "cancelPlan", summary = "Cancel a draft or an issued plan",
            description = "Coordinators of the issuing organisation cancel a draft or an issued plan, with an optional reason shown to its parties. 409 "
                    + "invalid-transition for a plan already closed or cancelled.")
    @APIResponse(responseCode = "200", description = "The cancelled plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response cancel(@Parameter(example = "42") @PathParam("id") long id,
                           @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = false) @Valid PlanDtos.CancelRequest request) {
        Plan p = service.cancel(id, request == null ? null : request.reason());
        return Response.ok(service.view(p)).tag(Etags.of(p.version)).build();
    }
}
