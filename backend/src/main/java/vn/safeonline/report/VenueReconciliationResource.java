package vn.safeonline.report;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.checkin.CheckInResource.Counts;
import vn.safeonline.checkin.CheckInService;
import vn.safeonline.event.Event;

/** The per-venue reconciliation of a ceremony as XLSX; as JSON it is GET /api/events/{id}/check-ins/counts. */
@Path("/api/events/{eventId}/check-ins/reconciliation.xlsx")
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@Authenticated
public class VenueReconciliationResource {
    @Inject
    CheckInService checkIns;

    @GET
    @Produces(vn.safeonline.common.Documents.XLSX)
    @Operation(operationId = "exportVenueReconciliationXlsx", summary = "Per venue: expected, arrived, arrived elsewhere, absent, as XLSX",
            description = "The same figures as the door's counters (GET …/check-ins/counts), for the organisers. Counts only, never a person.")
    @APIResponse(responseCode = "200", description = "The spreadsheet",
            content = @Content(mediaType = vn.safeonline.common.Documents.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@Parameter(example = "7") @PathParam("eventId") long eventId) {
        Event e = checkIns.doorEvent(eventId);
        Counts c = checkIns.counts(e.id);
        String title = e.title;
        return ReportFiles.attachment(out -> VenueReconciliationXlsx.write(title, c, out), vn.safeonline.common.Documents.XLSX, "doi-soat-dia-diem-" + e.id + ".xlsx");
    }
}
