package vn.safeonline.attendee;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/events/{eventId}/invitations.pdf")
@Tag(name = "Attendees")
@SecurityRequirement(name = "bearer")
@Authenticated
public class EventInvitationsResource {
    @Inject
    AttendeeService service;

    @GET
    @Produces("application/pdf")
    @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = vn.safeonline.common.Scopes.EXTENSION, value = vn.safeonline.common.Scopes.ATTENDEES_WRITE)
    @Operation(operationId = "getInvitationSheets", summary = "Delegate cards in batches: A4 sheets of eight cards with cut marks",
            description = "Every active delegate the caller may see (the organisers all, an agency its own), filtered like the list, in protocol "
                    + "order. Each card: name, title, organisation, category, time, venue, the QR of the invitation and the short code under it. "
                    + "Content-Length is set, for a progress bar. 422 when the filters leave no delegate; 404 for an event the caller may not see.")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 200_000_000)))
    public Response sheets(@PathParam("eventId") long eventId,
                           @QueryParam("organization") @Parameter(description = "the agency whose delegates (its quotas)", example = "12") Long organization,
                           @QueryParam("category") @Parameter(description = "the invitee category", example = "4") Long category,
                           @QueryParam("venue") @Parameter(description = "the venue the delegates are seated at", example = "3") Long venue) {
        byte[] pdf = service.invitationSheets(eventId, new AttendeeService.EventFilter(organization, category, venue, null, null));
        return Response.ok(pdf).header("Content-Length", pdf.length)
                .header("Content-Disposition", "attachment; filename=\"the-dai-bieu-su-kien-" + eventId + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
