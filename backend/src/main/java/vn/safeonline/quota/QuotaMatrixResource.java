package vn.safeonline.quota;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.event.EventService;
import vn.safeonline.quota.QuotaDtos.Matrix;

@Path("/api/events/{eventId}/quota-matrix")
@Tag(name = "Quotas")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class QuotaMatrixResource {
    @Inject
    EventService events;
    @Inject
    QuotaService service;

    @GET
    @Operation(operationId = "getQuotaMatrix", summary = "Organisations × categories: quota, submitted, confirmed, declined, checked in",
            description = "The fill-rate view of the organisers and the receiving agency, with row, column and grand totals.")
    public Matrix get(@Parameter(example = "7") @PathParam("eventId") long eventId) {
        return service.matrix(events.find(eventId));
    }
}
