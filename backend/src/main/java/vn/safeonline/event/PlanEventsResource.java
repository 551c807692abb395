package vn.safeonline.event;

import java.util.Map;
import vn.safeonline.common.Idempotency;
import jakarta.ws.rs.HeaderParam;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.net.URI;
import java.util.List;
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
import vn.safeonline.common.Etags;
import vn.safeonline.common.PageResponse;
import vn.safeonline.event.EventDtos.EventInput;
import vn.safeonline.event.EventDtos.EventView;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanAccess;

@Path("/api/plans/{planId}/events")
@Tag(name = "Events")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PlanEventsResource {
    @Inject
    Idempotency idempotency;
    @Inject
    PlanAccess planAccess;
    @Inject
    EventService service;

    @GET
    @Extension(name = Scopes.EXTENSION, value = Scopes.PLANS_READ)
    @Operation(operationId = "listPlanEvents", summary = "The events of a plan, earliest first",
            description = "Whoever may see the plan (404 otherwise): its events with venues, earliest first. Answers an ETag. System clients need plans:read.")
    public PageResponse<EventView> list(@Parameter(example = "120") @PathParam("planId") long planId) {
        Plan plan = planAccess.find(planId);
        List<EventView> items = Event.<Event>list("plan = ?1 order by startsAt, id", plan).stream().map(service::view).toList();
        return PageResponse.whole(items);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "createPlanEvent", summary = "Add an event to a plan (the issuer's or the standing agency's coordinators)",
            description = "The coordinators of the plan's issuer or standing agency (or ADMIN) add an event with its venues: a ceremony, a conference, relay "
                    + "points with capacities. 409 when the plan is cancelled or closed; 422 with errors[] for an end before the start or a venue without"
                    + " a name. The answer carries the ETag. For people only. With Idempotency-Key, a replay answers the first response.")
    @APIResponse(responseCode = "201", description = "The event", content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response create(@Parameter(example = "120") @PathParam("planId") long planId,
                           @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.DOC, example = "congan-le-phat-dong-001") String key,
                           @Valid @NotNull EventInput input) {
        return idempotency.once(key, Map.of("plan", planId, "event", input), () -> {
            Event e = service.create(planId, input);
            return Response.created(URI.create("/api/events/" + e.id)).entity(service.view(e)).tag(Etags.of(e.version)).build();
        });
    }
}
