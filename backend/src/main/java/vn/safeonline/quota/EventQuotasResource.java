package vn.safeonline.quota;

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
import vn.safeonline.event.EventService;
import vn.safeonline.quota.QuotaDtos.QuotaInput;
import vn.safeonline.quota.QuotaDtos.QuotaView;

@Path("/api/events/{eventId}/quotas")
@Tag(name = "Quotas")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class EventQuotasResource {
    @Inject
    Idempotency idempotency;
    @Inject
    EventService events;
    @Inject
    QuotaService service;

    @GET
    @Extension(name = Scopes.EXTENSION, value = Scopes.ATTENDEES_WRITE)
    @Operation(operationId = "listEventQuotas", summary = "An event's quotas: all for its organisers and receivers, its own for an agency",
            description = "The event's organisers and receivers see every quota; an agency sees its own. Each with its category, count, deadline (and "
                    + "extension) and how far it is filled. Answers an ETag. System clients need attendees:write and see their organisation's quotas.")
    public PageResponse<QuotaView> list(@Parameter(example = "7") @PathParam("eventId") long eventId) {
        List<QuotaView> items = service.views(service.forEvent(events.find(eventId)));
        return PageResponse.whole(items);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "createEventQuota", summary = "Give an organisation a quota of invitees of a category",
            description = "The event's organisers (coordinators, ADMIN; 403 otherwise) give an organisation a quota of a category of invitees, with a count "
                    + "(or none, for 'as many as come'), a deadline and the receiving organisation. 409 when that organisation already has a quota of "
                    + "that category; 422 with errors[] for unknown organisations or categories. With Idempotency-Key, a replay answers the first response.")
    @APIResponse(responseCode = "201", description = "The quota", content = @Content(schema = @Schema(implementation = QuotaView.class)))
    public Response create(@Parameter(example = "7") @PathParam("eventId") long eventId,
                           @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.DOC, example = "congan-chi-tieu-sogddt-001") String key,
                           @Valid @NotNull QuotaInput input) {
        return idempotency.once(key, Map.of("event", eventId, "quota", input), () -> {
            Quota q = service.create(eventId, input);
            return Response.created(URI.create("/api/quotas/" + q.id)).entity(service.views(List.of(q)).get(0)).tag(Etags.of(q.version)).build();
        });
    }
}
