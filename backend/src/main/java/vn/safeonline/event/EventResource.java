package vn.safeonline.event;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import vn.safeonline.event.EventDtos.EventInput;
import vn.safeonline.event.EventDtos.EventView;

@Path("/api/events")
@Tag(name = "Events", description = "Sự kiện: ceremonies of a plan, their venue and relay points")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class EventResource {
    @Inject
    EventService service;

    @GET
    @Path("{id}")
    @Extension(name = Scopes.EXTENSION, value = Scopes.PLANS_READ)
    @Operation(operationId = "getEvent", summary = "An event with its venues",
            description = "Whoever may see the plan (404 otherwise): the event with its time, format, main venue and relay points (điểm cầu) and their "
                    + "capacities. Answers an ETag of its version (If-Match to update). System clients need plans:read.")
    @APIResponse(responseCode = "200", description = "The event", content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response get(@Parameter(example = "42") @PathParam("id") long id) {
        Event e = service.find(id);
        return Response.ok(service.view(e)).tag(Etags.of(e.version)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "updateEvent", summary = "Change an event and its venues (If-Match required)",
            description = "Venues with an id are kept and updated, without one are added, left out are removed.")
    @APIResponse(responseCode = "200", description = "The event", content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response update(@Parameter(example = "42") @PathParam("id") long id,
                           @HeaderParam("If-Match") @Parameter(example = "\"3\"", required = true, schema = @Schema(type = SchemaType.STRING)) String ifMatch,
                           @Valid @NotNull EventInput input) {
        Event e = service.update(id, ifMatch, input);
        return Response.ok(service.view(e)).tag(Etags.of(e.version)).build();
    }
}
