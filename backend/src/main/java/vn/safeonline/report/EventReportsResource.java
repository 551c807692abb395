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
import vn.safeonline.event.Event;
import vn.safeonline.event.EventService;
import vn.safeonline.quota.QuotaDtos.Matrix;
import vn.safeonline.quota.QuotaService;

/** The quota matrix of a ceremony as XLSX (the list of delegates already exports: GET /api/events/{id}/attendees/export). */
@Path("/api/events/{eventId}/quota-matrix.xlsx")
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@Authenticated
public class EventReportsResource {
    @Inject
    EventService events;
    @Inject
    QuotaService quotas;

    @GET
    @Produces(vn.safeonline.common.Documents.XLSX)
    @Operation(operationId = "exportQuotaMatrixXlsx", summary = "Organisations × categories: quota, registered, confirmed, checked in, as XLSX",
            description = "For the organisers and the receiving agency, like the matrix itself. Counts only, never a person.")
    @APIResponse(responseCode = "200", description = "The spreadsheet",
            content = @Content(mediaType = vn.safeonline.common.Documents.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@Parameter(example = "7") @PathParam("eventId") long eventId) {
        Event e = events.find(eventId);
        Matrix m = quotas.matrix(e);
        String title = e.title;
        return ReportFiles.attachment(out -> QuotaMatrixXlsx.write(title, m, out), vn.safeonline.common.Documents.XLSX, "chi-tieu-moi-" + e.id + ".xlsx");
    }
}
